namespace Posyandu.Reporting.Indicators;

/// <summary>
/// An age band counted from the registry's residents (the denominators by age: S = under-fives, children of PAUD
/// age…): everyone living in a region from the month they reach <see cref="FromMonths"/> of age until the month they
/// reach <see cref="UntilMonths"/>.
/// </summary>
public sealed record PopulationBand(string Metric, string Name, int FromMonths, int UntilMonths);

/// <summary>The age bands, read once from the embedded <c>populations.json</c>.</summary>
public sealed class PopulationBands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public PopulationBands()
    {
        using var stream = typeof(PopulationBands).Assembly.GetManifestResourceStream("Posyandu.Reporting.populations.json")!;
        All = JsonSerializer.Deserialize<List<PopulationBand>>(stream, Json)!;
    }

    public IReadOnlyList<PopulationBand> All { get; }
}
