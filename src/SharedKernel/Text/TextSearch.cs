using System.Globalization;
using System.Text;

namespace Posyandu.SharedKernel.Text;

/// <summary>
/// The one normal form for searching and comparing names: upper case, accents removed, apostrophes and
/// punctuation dropped, white space collapsed ("Long La'ai" → "LONG LAAI", "Déwi  Sartika" → "DEWI SARTIKA").
/// Stored beside the name so a prefix search is an index seek on every provider.
/// </summary>
public static class TextSearch
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToUpperInvariant(c));
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '.' or ',')
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
