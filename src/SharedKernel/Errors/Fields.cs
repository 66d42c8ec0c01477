using Posyandu.SharedKernel.Domain;

namespace Posyandu.SharedKernel.Errors;

/// <summary>Parses route and query values the way the JSON API names them, failing with a 400 field error.</summary>
public static class Fields
{
    /// <summary>A value object (region code, NIK, month…) from text, or a 400 with the value object's own message.</summary>
    public static T Parse<T>(string? value, string field)
        where T : struct, ITextValue<T> =>
        T.TryParse(value, out var parsed, out var error) ? parsed : throw RequestValidationException.For(field, error ?? $"{field} is not valid.");

    /// <summary>A camelCase enum name (case-insensitive), or null when absent; otherwise a 400 naming the allowed values.</summary>
    public static TEnum? Enum<TEnum>(string? value, string field)
        where TEnum : struct, System.Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // Enum.TryParse also takes "1" or "99": only names are accepted (as in JSON bodies).
        return !char.IsAsciiDigit(value[0]) && value[0] is not '-' and not '+' && !char.IsWhiteSpace(value[0])
               && System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            ? parsed
            : throw RequestValidationException.For(field, ApiNames.OneOf<TEnum>(field));
    }
}
