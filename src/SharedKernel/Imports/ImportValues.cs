using System.Globalization;

namespace Posyandu.SharedKernel.Imports;

/// <summary>How cells of Indonesian spreadsheets are read: dates, and headers matched loosely.</summary>
public static class ImportValues
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy",
        "yyyy-MM-dd HH:mm", "yyyy/MM/dd",
    ];

    /// <summary>A date in one of the formats people type (day first, as in Indonesia) or ISO; 1900..2199.</summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)
            || !DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = DateOnly.FromDateTime(parsed);
        return date.Year is >= 1900 and <= 2199;
    }

    /// <summary>A header as compared with the type's labels and aliases: lower case letters and digits only.</summary>
    public static string NormalizeHeader(string? header) =>
        new((header ?? "").ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
