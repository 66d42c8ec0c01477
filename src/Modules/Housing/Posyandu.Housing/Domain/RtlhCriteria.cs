namespace Posyandu.Housing.Domain;

/// <summary>What an assessor records of a house, and the number of people living in it.</summary>
public sealed record HouseCondition(
    StructureCondition Foundation, StructureCondition ColumnsAndBeams, StructureCondition RoofStructure,
    RoofMaterial RoofMaterial, WallMaterial WallMaterial, FloorMaterial FloorMaterial,
    decimal FloorAreaM2, int Occupants,
    bool AdequateNaturalLighting, bool AdequateVentilation, WaterAccess Water, LatrineAccess Latrine);

/// <summary>The outcome: RTLH or not, why, and the three requirements one by one.</summary>
public sealed record RtlhVerdict(
    bool IsRtlh, IReadOnlyList<string> Reasons, decimal AreaPerPersonM2, bool MeetsBuildingSafety, bool MeetsMinimumArea, bool MeetsOccupantHealth);

/// <summary>
/// Whether a house is rumah tidak layak huni (RTLH). A rumah layak huni meets three requirements — keselamatan
/// bangunan, kecukupan minimum luas bangunan and kesehatan penghuni (Permen PUPR 07/2018 on Bantuan Stimulan
/// Perumahan Swadaya, the RTLH criteria; the same three define "rumah layak huni" in the SPM perumahan rakyat,
/// Permen PUPR 29/2018). A house failing any one of them is RTLH; every failed criterion is listed as a reason
/// (<see cref="RtlhReasons"/>) so Dinas Perumahan can plan what the rehabilitation must fix.
/// </summary>
public static class RtlhCriteria
{
    /// <summary>
    /// Minimum floor area per occupant, m²: the "kecukupan luas minimum" of the SPM perumahan (Permen PUPR 29/2018,
    /// technical standard of rumah layak huni: 7.2 m² per person), also the threshold BPS uses for the SDG 11.1.1
    /// housing indicator. Exactly 7.2 m² meets it.
    /// </summary>
    public const decimal MinimumAreaPerPersonM2 = 7.2m;

    public static RtlhVerdict Judge(HouseCondition house)
    {
        ArgumentNullException.ThrowIfNull(house);
        if (house.Occupants < 1 || house.FloorAreaM2 <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(house), "A house has a floor area and at least one occupant.");
        }

        var reasons = new List<string>();

        // Keselamatan bangunan: the lower (pondasi), middle (kolom, balok) and upper (rangka atap) structure must be
        // sound. Minor damage is maintenance; from moderate damage on the element no longer carries its load safely.
        if (Unsafe(house.Foundation)) reasons.Add(RtlhReasons.FoundationDamaged);
        if (Unsafe(house.ColumnsAndBeams)) reasons.Add(RtlhReasons.ColumnsBeamsDamaged);
        if (Unsafe(house.RoofStructure)) reasons.Add(RtlhReasons.RoofStructureDamaged);
        // Durable main materials (BPS's "ketahanan bangunan" for SDG 11.1.1: roof of concrete, tile, metal, asbestos
        // or wood; walls of masonry or wood): thatch burns and leaks, bamboo and leaf walls do not last.
        if (house.RoofMaterial == RoofMaterial.Thatch) reasons.Add(RtlhReasons.NonDurableRoof);
        if (house.WallMaterial is WallMaterial.Bamboo or WallMaterial.Thatch) reasons.Add(RtlhReasons.NonDurableWall);
        var safe = reasons.Count == 0;

        // Kecukupan luas minimum, compared exactly (no rounding: 35.99 m² for five people is below 7.2 m² each).
        var roomy = house.FloorAreaM2 >= MinimumAreaPerPersonM2 * house.Occupants;
        if (!roomy) reasons.Add(RtlhReasons.Overcrowded);

        // Kesehatan penghuni: a floor that is not earth or bamboo (BPS's durable-floor criterion; an earth floor keeps
        // damp and worms), natural light and permanent ventilation (Kepmenkes 829/1999: openings of at least 10% of
        // the floor area), safe drinking water — own or shared, as "basic" water service counts a shared protected
        // source — and a latrine of the household's own: WHO/UNICEF JMP class a shared latrine as "limited", not basic.
        var healthBefore = reasons.Count;
        if (house.FloorMaterial is FloorMaterial.Earth or FloorMaterial.Bamboo) reasons.Add(RtlhReasons.EarthOrBambooFloor);
        if (!house.AdequateNaturalLighting) reasons.Add(RtlhReasons.InadequateLighting);
        if (!house.AdequateVentilation) reasons.Add(RtlhReasons.InadequateVentilation);
        if (house.Water == WaterAccess.None) reasons.Add(RtlhReasons.NoSafeWater);
        if (house.Latrine != LatrineAccess.Own) reasons.Add(RtlhReasons.NoOwnLatrine);
        var healthy = reasons.Count == healthBefore;

        return new RtlhVerdict(reasons.Count > 0, reasons, AreaPerPerson(house.FloorAreaM2, house.Occupants), safe, roomy, healthy);
    }

    /// <summary>
    /// For display, cut (not rounded) to two decimals, so a house just below the minimum never shows 7.20; the
    /// judgement above uses the exact figures.
    /// </summary>
    public static decimal AreaPerPerson(decimal floorAreaM2, int occupants) =>
        Math.Round(floorAreaM2 / occupants, 2, MidpointRounding.ToZero);

    private static bool Unsafe(StructureCondition condition) => condition >= StructureCondition.ModerateDamage;
}
