using System.Text.Json;
using System.Text.Json.Serialization;

namespace Posyandu.SharedKernel.Domain;

/// <summary>Sex as WHO codes it (1 male, 2 female) — the growth tables and the NIK (+40 on the day for women) depend on it.</summary>
[JsonConverter(typeof(SexJsonConverter))]
public enum Sex
{
    Male = 1,
    Female = 2,
}

public static class Sexes
{
    /// <summary>Accepts male/female, laki-laki/perempuan, L/P, 1/2 (case-insensitive).</summary>
    public static bool TryParse(string? text, out Sex sex)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "MALE" or "LAKI-LAKI" or "LAKI LAKI" or "L" or "M" or "1":
                sex = Sex.Male;
                return true;
            case "FEMALE" or "PEREMPUAN" or "P" or "F" or "2":
                sex = Sex.Female;
                return true;
            default:
                sex = default;
                return false;
        }
    }

    public static string ToApi(this Sex sex) => sex == Sex.Female ? "female" : "male";

    /// <summary>The Indonesian label for pages people read.</summary>
    public static string ToIndonesian(this Sex sex) => sex == Sex.Female ? "Perempuan" : "Laki-laki";
}

internal sealed class SexJsonConverter : JsonConverter<Sex>
{
    public override Sex Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Sexes.TryParse(reader.GetString(), out var sex)
            ? sex
            : throw new JsonException("Sex must be \"male\" or \"female\".");

    public override void Write(Utf8JsonWriter writer, Sex value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToApi());
}
