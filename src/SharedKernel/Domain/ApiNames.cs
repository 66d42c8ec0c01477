using System.Text.Json;

namespace Posyandu.SharedKernel.Domain;

/// <summary>
/// The one way to spell an enum member as the API and the events do: camelCase, like the JSON converter
/// (<c>RehabilitationStatus.InProgress</c> → <c>inProgress</c>). <see cref="Sexes.ToApi"/> is the one exception: a
/// sex is never guessed.
/// </summary>
public static class ApiNames
{
    public static string ToApi<TEnum>(this TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>"field is one of: a, b, c." for a missing or unknown enum value.</summary>
    public static string OneOf<TEnum>(string field)
        where TEnum : struct, Enum => $"{field} is one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(v => v.ToApi()))}.";
}
