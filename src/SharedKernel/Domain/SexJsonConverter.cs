using System.Text.Json;
using System.Text.Json.Serialization;

namespace Posyandu.SharedKernel.Domain;

/// <summary>
/// Writes "male"/"female" and reads the spellings <see cref="Sexes.TryParse(string?, out Sex)"/> accepts. JSON numbers
/// are refused: a bare 0/1/2 in a body is more likely a bug than a WHO code.
/// </summary>
internal sealed class SexJsonConverter : JsonConverter<Sex>
{
    public override Sex Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Sex must be the string \"male\" or \"female\".");
        }

        return Sexes.TryParse(reader.GetString(), out var sex, out var error) ? sex : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, Sex value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToApi());
    }
}
