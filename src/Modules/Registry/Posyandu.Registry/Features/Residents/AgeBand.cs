namespace Posyandu.Registry.Features.Residents;

/// <summary>The age groups the sectors' Posyandu-day lists are drawn up by (ages in completed years).</summary>
public enum AgeBand
{
    /// <summary><c>under5</c>: 0–4 years (balita): weighing, immunisation.</summary>
    Under5,

    /// <summary><c>3to6</c>: 3–6 years: PAUD age.</summary>
    From3To6,

    /// <summary><c>7to18</c>: 7–18 years: school age (wajib belajar 12 tahun).</summary>
    From7To18,

    /// <summary><c>60plus</c>: 60 and over (lansia).</summary>
    SixtyPlus,
}

public static class AgeBands
{
    /// <summary>The query values, as sector staff say them; enum names cannot start with a digit.</summary>
    private static readonly Dictionary<string, AgeBand> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["under5"] = AgeBand.Under5, ["3to6"] = AgeBand.From3To6, ["7to18"] = AgeBand.From7To18, ["60plus"] = AgeBand.SixtyPlus,
    };

    /// <summary>The band named by <paramref name="value"/>, null when absent, or a 400 on <paramref name="field"/>.</summary>
    public static AgeBand? Parse(string? value, string field) =>
        string.IsNullOrEmpty(value) ? null
        : Names.TryGetValue(value, out var band) ? band
        : throw RequestValidationException.For(field, $"{field} is one of: {string.Join(", ", Names.Keys)}.");

    /// <summary>
    /// The birth dates of the band on <paramref name="asOf"/>: born after <c>BornAfter</c> and on or before
    /// <c>BornOnOrBefore</c>. A range on the indexed birth date instead of an age computed per row.
    /// </summary>
    public static (DateOnly BornAfter, DateOnly BornOnOrBefore) BirthDates(this AgeBand band, DateOnly asOf) => band switch
    {
        AgeBand.Under5 => (asOf.AddYears(-5), asOf),
        AgeBand.From3To6 => (asOf.AddYears(-7), asOf.AddYears(-3)),
        AgeBand.From7To18 => (asOf.AddYears(-19), asOf.AddYears(-7)),
        AgeBand.SixtyPlus => (DateOnly.MinValue, asOf.AddYears(-60)),
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };
}
