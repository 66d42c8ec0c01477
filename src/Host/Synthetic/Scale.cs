namespace Posyandu.Host.Synthetic;

/// <summary>
/// How much of Kaltim to generate: the villages under <see cref="RegionPrefix"/> (every <see cref="VillageStep"/>-th
/// of them in code order) and <see cref="HouseholdsPerVillage"/> households in each. Density is the same at the
/// benchmark scales (≈ 282 households per village at Kaltim scale gives ≈ 1.2 M residents and ≈ 330 k under-fives over
/// 1,038 villages); smaller scales take fewer villages and fewer households so they finish in seconds or minutes.
/// </summary>
public sealed record Scale(string Name, string RegionPrefix, int HouseholdsPerVillage, int VillageStep = 1)
{
    public static IReadOnlyList<Scale> All { get; } =
    [
        new("small", "64.02.01", 60),     // Kec. Muara Muntai: 13 villages, ≈ 3 k residents
        new("regency", "64.02", 150),     // Kab. Kutai Kartanegara: 237 villages, ≈ 150 k residents
        new("kaltim", "64", 282),         // the province: 1,038 villages, ≈ 1.2 M residents
        Demo(new DemoOptions()),
    ];

    /// <summary>
    /// The demo dataset (<c>--seed-demo</c>): villages spread over every regency and city of Kaltim — by default every
    /// 10th in code order, 104 of them — with a few households each, so a newcomer's dashboard has figures at every
    /// level and the seeding takes about a minute.
    /// </summary>
    public static Scale Demo(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.VillageStep, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.HouseholdsPerVillage, 1);
        return new Scale("demo", "64", options.HouseholdsPerVillage, options.VillageStep);
    }

    public static Scale? Find(string name) => All.FirstOrDefault(s => s.Name == name);
}
