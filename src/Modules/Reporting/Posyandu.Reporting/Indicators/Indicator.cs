using System.Text.Json.Serialization;

namespace Posyandu.Reporting.Indicators;

public enum Direction
{
    /// <summary>Higher values are better (coverage, participation).</summary>
    Higher,

    /// <summary>Lower values are better (prevalence, overdue share).</summary>
    Lower,
}

/// <summary>
/// An indicator as data, DHIS2 style: value = numerator ÷ denominator × factor, from the metric totals. Without a
/// denominator it is a plain count. <see cref="Target"/> and <see cref="Direction"/> colour the dashboard.
/// </summary>
public sealed record Indicator(
    string Id, string Sector, string Name, string Numerator, string? Denominator, decimal Factor, string Unit,
    Direction Direction, decimal? Target)
{
    /// <summary>null when there is nothing to divide by (no data yet for this place and month).</summary>
    public decimal? Compute(long numerator, long denominator) =>
        Denominator is null ? numerator * Factor
        : denominator == 0 ? null
        : Math.Round(numerator * Factor / denominator, 1);

    /// <summary><c>good</c>, <c>bad</c> or <c>none</c> (no target or no value).</summary>
    public string Status(decimal? value) =>
        value is not { } v || Target is not { } t ? "none"
        : (Direction == Direction.Higher ? v >= t : v <= t) ? "good" : "bad";
}

/// <summary>The indicator list, read once from the embedded <c>indicators.json</c>.</summary>
public sealed class IndicatorCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public IndicatorCatalog()
    {
        using var stream = typeof(IndicatorCatalog).Assembly.GetManifestResourceStream("Posyandu.Reporting.indicators.json")!;
        All = JsonSerializer.Deserialize<List<Indicator>>(stream, Json)!;
    }

    public IReadOnlyList<Indicator> All { get; }

    /// <summary>The sectors in dashboard order.</summary>
    public static IReadOnlyList<string> Sectors { get; } =
        ["health", "education", "social", "housing", "publicworks", "generaleducation", "trantibumlinmas", "cross-sector"];

    public Indicator? Find(string id) => All.FirstOrDefault(i => i.Id == id);

    public static IEnumerable<string> Metrics(IEnumerable<Indicator> indicators) =>
        indicators.SelectMany(i => i.Denominator is null ? [i.Numerator] : new[] { i.Numerator, i.Denominator }).Distinct();
}
