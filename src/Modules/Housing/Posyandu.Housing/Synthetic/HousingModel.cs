using Bogus;
using Posyandu.Housing.Domain;

using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.Housing.Synthetic;

/// <summary>
/// Houses as a kader's RTLH survey would find them in Kaltim, where about a third of households lack adequate housing
/// (BPS, akses rumah layak huni ~ 65–70 %). One draw of the house's build quality drives its three structural elements,
/// so a weak house is weak throughout; materials, space, light, water and latrine are drawn around it.
/// </summary>
internal sealed class HousingModel(Faker faker)
{
    public sealed record Survey(DateOnly On, HouseCondition House);

    public sealed record Works(DateOnly StartedOn, RehabilitationProgramme Programme, long BudgetRupiah, DateOnly? CompletedOn, long FinalCostRupiah);

    /// <summary>About 70 % of households are surveyed in the window (the kader visit them on a Posyandu day or a house call).</summary>
    public Survey? Assessment(Dwelling household, DateOnly from, DateOnly today)
    {
        if (!faker.Random.Bool(0.7f))
        {
            return null;
        }

        var quality = faker.Random.Double();
        var structure = quality switch
        {
            < 0.05 => StructureCondition.SevereDamage,
            < 0.12 => StructureCondition.ModerateDamage,
            < 0.30 => StructureCondition.MinorDamage,
            _ => StructureCondition.Good,
        };
        // An element is as the house is, or one grade better or worse.
        StructureCondition Element() => (StructureCondition)Math.Clamp((int)structure + faker.Random.WeightedRandom([0, 1, -1], [0.8f, 0.1f, 0.1f]), 0, 3);
        var weak = quality < 0.12;
        var occupants = Math.Max(household.Members, 1);
        var area = Math.Round((decimal)Math.Clamp(faker.Normal(weak ? 36 : 60, 18), 12, 400), 1);
        var house = new HouseCondition(
            Element(), Element(), Element(),
            weak && faker.Random.Bool(0.2f) ? RoofMaterial.Thatch : faker.Random.WeightedRandom([RoofMaterial.Metal, RoofMaterial.ClayTile, RoofMaterial.Wood, RoofMaterial.Concrete, RoofMaterial.Asbestos], [0.7f, 0.1f, 0.1f, 0.05f, 0.05f]),
            weak && faker.Random.Bool(0.3f) ? WallMaterial.Bamboo : faker.Random.WeightedRandom([WallMaterial.Wood, WallMaterial.Masonry, WallMaterial.Bamboo], [0.5f, 0.47f, 0.03f]),
            weak && faker.Random.Bool(0.3f) ? FloorMaterial.Earth : faker.Random.WeightedRandom([FloorMaterial.Wood, FloorMaterial.Cement, FloorMaterial.Tiled, FloorMaterial.Earth], [0.35f, 0.38f, 0.25f, 0.02f]),
            area, occupants,
            faker.Random.Bool(weak ? 0.6f : 0.96f), faker.Random.Bool(weak ? 0.6f : 0.95f),
            faker.Random.WeightedRandom([WaterAccess.Own, WaterAccess.Shared, WaterAccess.None], [0.72f, 0.24f, 0.04f]),
            faker.Random.WeightedRandom([LatrineAccess.Own, LatrineAccess.Shared, LatrineAccess.None], [weak ? 0.6f : 0.93f, weak ? 0.25f : 0.05f, weak ? 0.15f : 0.02f]));
        return new Survey(faker.Day(from, today.AddDays(-30)), house);
    }

    /// <summary>About one RTLH house in eight gets a rehabilitation in the window; most of those are finished within 2–4 months.</summary>
    public Works? Rehabilitation(DateOnly assessedOn, DateOnly today)
    {
        if (!faker.Random.Bool(0.125f) || assessedOn.AddDays(30) >= today)
        {
            return null;
        }

        var started = faker.Day(assessedOn.AddDays(14), today);
        var programme = faker.Random.WeightedRandom(
            [RehabilitationProgramme.BspsApbn, RehabilitationProgramme.ApbdKabupaten, RehabilitationProgramme.ApbdProvinsi, RehabilitationProgramme.DanaDesa, RehabilitationProgramme.Csr],
            [0.35f, 0.25f, 0.15f, 0.2f, 0.05f]);
        var budget = programme == RehabilitationProgramme.BspsApbn ? 20_000_000L : faker.Random.Long(15, 35) * 1_000_000L;
        var completed = started.AddDays(faker.Random.Int(60, 120));
        return new Works(started, programme, budget, completed <= today ? completed : null, budget - (faker.Random.Long(0, 20) * 100_000L));
    }
}
