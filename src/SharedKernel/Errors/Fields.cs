using System.Text.Json;

namespace Posyandu.SharedKernel.Errors;

/// <summary>Parses query-string values the way the JSON API names them, failing with a field error.</summary>
public static class Fields
{
    /// <summary>A camelCase enum name (case-insensitive), or null when absent; otherwise a 400 naming the allowed values.</summary>
    public static TEnum? Enum<TEnum>(string? value, string field)
        where TEnum : struct, System.Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            ? parsed
            : throw RequestValidationException.For(field,
                $"{field} is one of: {string.Join(", ", System.Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName))}.");
    }
}
