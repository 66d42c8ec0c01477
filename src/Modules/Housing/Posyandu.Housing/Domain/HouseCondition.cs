namespace Posyandu.Housing.Domain;

/// <summary>
/// The state of a structural element, in the grades PUPR's building-damage assessment uses: <c>rusak ringan</c>
/// touches mainly non-structural parts (plaster, covering, finishes), <c>rusak sedang</c> part of the structure,
/// <c>rusak berat</c> most of it (Permen PUPR 22/PRT/M/2018, Lampiran II, tingkat kerusakan bangunan).
/// </summary>
public enum StructureCondition
{
    /// <summary>Baik.</summary>
    Good,

    /// <summary>Rusak ringan: repairable by maintenance; still safe.</summary>
    MinorDamage,

    /// <summary>Rusak sedang: part of the element no longer carries its load safely.</summary>
    ModerateDamage,

    /// <summary>Rusak berat: the element has failed or is about to.</summary>
    SevereDamage,
}

/// <summary>The main (largest) roof covering (atap terluas).</summary>
public enum RoofMaterial
{
    /// <summary>Beton.</summary>
    Concrete,

    /// <summary>Genteng (clay, concrete or metal tiles).</summary>
    ClayTile,

    /// <summary>Seng / metal sheet.</summary>
    Metal,

    /// <summary>Asbes.</summary>
    Asbestos,

    /// <summary>Kayu / sirap (ironwood shingles, common in Kalimantan).</summary>
    Wood,

    /// <summary>Ijuk, rumbia, daun (thatch or leaves): not durable.</summary>
    Thatch,
}

/// <summary>The main (largest) wall material (dinding terluas).</summary>
public enum WallMaterial
{
    /// <summary>Tembok: brick, concrete block, plastered masonry.</summary>
    Masonry,

    /// <summary>Kayu / papan (boards, logs).</summary>
    Wood,

    /// <summary>Bambu or anyaman bambu (woven bamboo): not durable.</summary>
    Bamboo,

    /// <summary>Rumbia, daun, or scrap material: not durable.</summary>
    Thatch,
}

/// <summary>The main (largest) floor material (lantai terluas).</summary>
public enum FloorMaterial
{
    /// <summary>Keramik, ubin, tegel, teraso, marmer, granit.</summary>
    Tiled,

    /// <summary>Semen / bata merah.</summary>
    Cement,

    /// <summary>Kayu / papan, including the raised floor of a rumah panggung.</summary>
    Wood,

    /// <summary>Bambu.</summary>
    Bamboo,

    /// <summary>Tanah (earth).</summary>
    Earth,
}

/// <summary>Where the household gets safe drinking water (a protected source: piped, protected well or spring, rainwater).</summary>
public enum WaterAccess
{
    /// <summary>A safe source of its own (house connection, own protected well).</summary>
    Own,

    /// <summary>A safe source shared with other households (public tap, communal protected well).</summary>
    Shared,

    /// <summary>No safe source (unprotected well or spring, river, water bought without a known source).</summary>
    None,
}

/// <summary>The household's latrine (jamban with a gooseneck toilet and septic tank or sewer).</summary>
public enum LatrineAccess
{
    /// <summary>Its own latrine.</summary>
    Own,

    /// <summary>A latrine shared with other households (MCK umum, a neighbour's).</summary>
    Shared,

    /// <summary>None: open defecation, river, or a pit without a septic tank.</summary>
    None,
}
