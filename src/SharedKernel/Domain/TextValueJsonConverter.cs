using System.Text.Json;
using System.Text.Json.Serialization;

namespace Posyandu.SharedKernel.Domain;

/// <summary>
/// JSON for every <see cref="ITextValue{TSelf}"/>: a string in, the canonical string out. A bad value becomes a
/// <see cref="JsonException"/> carrying the value object's own message, which the API returns as the field's error.
/// Numbers are refused rather than converted: a NIK or region code read as a number would lose its leading zeros.
/// </summary>
public sealed class TextValueJsonConverter<T> : JsonConverter<T>
    where T : struct, ITextValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null, // the value object's own "… is required" message
            var other => throw new JsonException($"{typeof(T).Name} must be a JSON string, not {Describe(other)}."),
        };
        return Parse(text);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <summary>Lets a value object key a dictionary (e.g. figures per region code).</summary>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString() ?? "");
    }

    private static T Parse(string? text) =>
        T.TryParse(text, out var value, out var error) ? value : throw new JsonException(error);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };
}
