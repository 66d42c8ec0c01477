namespace Posyandu.Generator;

/// <summary>
/// How much of Kaltim to generate. Density is the same at every scale (≈ 282 households per village at Kaltim
/// scale gives ≈ 1.2 M residents and ≈ 330 k under-fives over 1,038 villages); smaller scales take fewer villages
/// and fewer households so they finish in seconds or minutes.
/// </summary>
internal sealed record Scale(string Name, string RegionPrefix, int HouseholdsPerVillage)
{
    public static IReadOnlyList<Scale> All { get; } =
    [
        new("small", "64.02.01", 60),     // Kec. Muara Muntai: 13 villages, ≈ 3 k residents
        new("regency", "64.02", 150),     // Kab. Kutai Kartanegara: 237 villages, ≈ 150 k residents
        new("kaltim", "64", 282),         // the province: 1,038 villages, ≈ 1.2 M residents
    ];

    public static Scale? Find(string name) => All.FirstOrDefault(s => s.Name == name);
}
