namespace Posyandu.Host.Synthetic;

/// <summary>
/// <c>Demo:*</c> settings: whether to seed the demo dataset at start-up (<c>--seed-demo</c> sets <see cref="Seed"/>)
/// and its size. The defaults spread 104 villages over all ten regencies and cities and finish in about a minute.
/// </summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Seed { get; init; }

    /// <summary>Every n-th village of the province in code order gets a Posyandu (10 → 104 of 1,038).</summary>
    public int VillageStep { get; init; } = 10;

    public int HouseholdsPerVillage { get; init; } = 6;
}
