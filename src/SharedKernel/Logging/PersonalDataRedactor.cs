using System.Text.RegularExpressions;

namespace Posyandu.SharedKernel.Logging;

/// <summary>
/// Removes what looks like a NIK or KK number (a run of exactly 16 digits) from text bound for the logs. Code
/// never logs names or bodies on purpose; this is the net under URLs, exception messages and third-party logs.
/// </summary>
public static partial class PersonalDataRedactor
{
    public const string Mask = "[redacted-16-digits]";

    public static string Redact(string? text) =>
        string.IsNullOrEmpty(text) ? text ?? "" : SixteenDigits().Replace(text, Mask);

    [GeneratedRegex(@"(?<!\d)\d{16}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SixteenDigits();
}
