using System.Text.Json;

namespace Posyandu.Health.LifeCycle;

internal static class ApiNames
{
    /// <summary>An enum member as the API and the events spell it (camelCase, like the JSON converter).</summary>
    public static string ToApi<TEnum>(this TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
