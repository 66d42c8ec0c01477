using System.Text.RegularExpressions;

namespace Posyandu.SharedKernel.Logging;

/// <summary>
/// The net under everything bound for the logs, the outbox's <c>LastError</c> and dead-letter reasons (UU 27/2022
/// art. 16: personal data is not processed beyond its purpose). Code never logs names or bodies on purpose; this catches
/// what arrives anyway in URLs, scopes, exception messages and third-party logs:
/// <list type="bullet">
/// <item>a NIK or KK number — any run of 16 or more digits, also written in groups with spaces, dots, dashes, a
///   <c>+</c> or <c>%20</c> between them (<c>6402 0112 3456 0001</c>, <c>64.02.01.123456.0001</c>, a query string);</item>
/// <item>values a database provider quotes in its error: SQL Server 2628/8152 <c>Truncated value: '…'</c>, 2601/2627
///   <c>The duplicate key value is (…)</c>, 245 <c>converting the nvarchar value '…'</c>. SQLite's constraint messages
///   name only the table and column (<c>UNIQUE constraint failed: residents.Nik</c>) and need nothing.</item>
/// </list>
/// Names cannot be recognised by shape: they are kept out by never logging bodies, and the test suite's log check
/// fails on any registered name.
/// </summary>
public static partial class PersonalDataRedactor
{
    public const string Mask = "[redacted-16-digits]";

    public const string ValueMask = "[redacted-value]";

    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var redacted = MayHoldIdentityNumber(text) ? IdentityNumber().Replace(text, Mask) : text;
        return redacted.Contains("value", StringComparison.OrdinalIgnoreCase) ? QuotedValue().Replace(redacted, m => m.Groups["lead"].Value + ValueMask + m.Groups["end"].Value) : redacted;
    }

    /// <summary>Cheap pre-check: most lines have fewer than 16 digits and skip the expression.</summary>
    private static bool MayHoldIdentityNumber(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) && ++digits >= 16)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![0-9])[0-9](?:(?:[ .\-+\u00A0]|%20)?[0-9]){15,}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityNumber();

    [GeneratedRegex(@"(?<lead>Truncated value: ')[^']*(?<end>'?)|(?<lead>duplicate key value is \()[^\r\n]*?(?<end>\)\.|\)?$)|(?<lead>converting the n?varchar value ')[^']*(?<end>'?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex QuotedValue();
}
