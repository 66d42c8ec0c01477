namespace Posyandu.SharedKernel.Domain;

/// <summary>Parsing and labels for <see cref="Sex"/>: forms arrive in English or Indonesian, from people and from exports.</summary>
public static class Sexes
{
    private const string Expected = "Sex must be male or female (also accepted: laki-laki/perempuan, L/P, 1/2).";

    /// <summary>Accepts male/female, laki-laki/perempuan, L/P, M/F, 1/2 (WHO codes), case-insensitive.</summary>
    public static bool TryParse(string? text, out Sex sex) => TryParse(text, out sex, out _);

    public static bool TryParse(string? text, out Sex sex, out string? error)
    {
        error = null;
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
                error = string.IsNullOrWhiteSpace(text) ? "Sex is required: male or female." : Expected;
                return false;
        }
    }

    /// <exception cref="FormatException">Not one of the accepted spellings.</exception>
    public static Sex Parse(string text) =>
        TryParse(text, out var sex, out var error) ? sex : throw new FormatException(error);

    /// <summary>The API and event form, "male" or "female".</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value (e.g. <c>default(Sex)</c>): never guess a sex.</exception>
    public static string ToApi(this Sex sex) => sex switch
    {
        Sex.Male => "male",
        Sex.Female => "female",
        _ => throw new ArgumentOutOfRangeException(nameof(sex), sex, "Sex must be Male (1) or Female (2)."),
    };

    /// <summary>The Indonesian label for pages people read.</summary>
    public static string ToIndonesian(this Sex sex) => sex switch
    {
        Sex.Male => "Laki-laki",
        Sex.Female => "Perempuan",
        _ => throw new ArgumentOutOfRangeException(nameof(sex), sex, "Sex must be Male (1) or Female (2)."),
    };
}
