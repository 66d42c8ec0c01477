namespace Posyandu.Housing.Contracts;

/// <summary>
/// Why a house is rumah tidak layak huni (RTLH), as <see cref="HouseAssessed.Reasons"/> carries it. Grouped by the
/// three requirements of a rumah layak huni in Permen PUPR 07/2018 (BSPS) — building safety, minimum floor area per
/// occupant, occupants' health — and the SPM perumahan (Permen PUPR 29/2018). A house failing any one is RTLH.
/// </summary>
public static class RtlhReasons
{
    // Keselamatan bangunan: the structure (bawah, tengah, atas) and durable main materials.

    /// <summary>Foundation (struktur bawah / pondasi) moderately or severely damaged.</summary>
    public const string FoundationDamaged = "foundationDamaged";

    /// <summary>Columns and beams (struktur tengah / kolom dan balok, incl. ring beam) moderately or severely damaged.</summary>
    public const string ColumnsBeamsDamaged = "columnsBeamsDamaged";

    /// <summary>Roof structure (struktur atas / rangka atap) moderately or severely damaged.</summary>
    public const string RoofStructureDamaged = "roofStructureDamaged";

    /// <summary>Roof covering of non-durable material (ijuk, rumbia, leaves, thatch).</summary>
    public const string NonDurableRoof = "nonDurableRoof";

    /// <summary>Walls of non-durable material (bamboo, woven bamboo, thatch, leaves).</summary>
    public const string NonDurableWall = "nonDurableWall";

    // Kecukupan luas minimum.

    /// <summary>Floor area per occupant below 7.2 m².</summary>
    public const string Overcrowded = "overcrowded";

    // Kesehatan penghuni.

    /// <summary>Floor of earth or bamboo.</summary>
    public const string EarthOrBambooFloor = "earthOrBambooFloor";

    /// <summary>Not enough natural light in the living rooms.</summary>
    public const string InadequateLighting = "inadequateLighting";

    /// <summary>Not enough natural ventilation (permanent openings).</summary>
    public const string InadequateVentilation = "inadequateVentilation";

    /// <summary>No access to a safe drinking-water source, own or shared.</summary>
    public const string NoSafeWater = "noSafeWater";

    /// <summary>No latrine of the household's own (none, or one shared with other households).</summary>
    public const string NoOwnLatrine = "noOwnLatrine";

    /// <summary>Every code, in the order assessments list them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        FoundationDamaged, ColumnsBeamsDamaged, RoofStructureDamaged, NonDurableRoof, NonDurableWall, Overcrowded,
        EarthOrBambooFloor, InadequateLighting, InadequateVentilation, NoSafeWater, NoOwnLatrine,
    ];
}
