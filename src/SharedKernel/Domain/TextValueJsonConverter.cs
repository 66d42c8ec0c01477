using System.Text.Json;
using System.Text.Json.Serialization;

namespace Posyandu.SharedKernel.Domain;

/// <summary>A value object written as its canonical text and parsed with a user-facing error message.</summary>
public interface ITextValue<TSelf>
    where TSelf : struct, ITextValue<TSelf>
{
    static abstract bool TryParse(string? text, out TSelf value, out string? error);
}

/// <summary>
/// JSON for every <see cref="ITextValue{TSelf}"/>: a string in, the canonical string out. A bad value becomes a
/// <see cref="JsonException"/> carrying the value object's own message, which the API returns as the field's error.
/// </summary>
public sealed class TextValueJsonConverter<T> : JsonConverter<T>
    where T : struct, ITextValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.TryParse(reader.TokenType == JsonTokenType.String ? reader.GetString() : null, out var value, out var error)
            ? value
            : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
