namespace Posyandu.PublicWorks.Domain;

/// <summary>
/// The household's main source of drinking water, in the categories of Permen PUPR 29/2018 (SPM air minum: SPAM
/// jaringan perpipaan and bukan jaringan perpipaan) and BPS's Susenas.
/// </summary>
public enum WaterSource
{
    /// <summary>Ledeng / sambungan rumah (PDAM, SPAM desa, PAMSIMAS) into the dwelling or yard.</summary>
    Piped,

    /// <summary>Hidran umum / kran umum: a public tap of a piped network.</summary>
    PublicTap,

    /// <summary>Terminal air: a communal water tank filled from a safe source.</summary>
    WaterTerminal,

    /// <summary>Sumur bor / sumur pompa (tube well, borehole).</summary>
    BoreWellOrPump,

    /// <summary>Sumur gali terlindung (lined, covered, with an apron).</summary>
    ProtectedDugWell,

    /// <summary>Mata air terlindung (a spring with a protective capture box, bangunan penangkap mata air).</summary>
    ProtectedSpring,

    /// <summary>Penampungan air hujan (rainwater collected in a closed tank).</summary>
    Rainwater,

    /// <summary>Sumur gali tak terlindung.</summary>
    UnprotectedDugWell,

    /// <summary>Mata air tak terlindung.</summary>
    UnprotectedSpring,

    /// <summary>Air permukaan: river, lake, pond, canal.</summary>
    SurfaceWater,

    /// <summary>Air kemasan / isi ulang (bottled or refill water) bought as the main drinking water.</summary>
    Bottled,

    /// <summary>Water bought from a tanker truck or a cart vendor (air eceran).</summary>
    Vendor,
}

/// <summary>The household's toilet, by the JMP facility types (Susenas: jenis kloset and tempat pembuangan akhir tinja).</summary>
public enum ToiletFacility
{
    /// <summary>Leher angsa to a piped sewer (SPALD-T / IPAL komunal).</summary>
    FlushToSewer,

    /// <summary>Leher angsa to a septic tank (tangki septik).</summary>
    FlushToSepticTank,

    /// <summary>Leher angsa to a pit (cubluk).</summary>
    FlushToPit,

    /// <summary>Ventilated improved pit latrine.</summary>
    VentilatedPit,

    /// <summary>Pit latrine with a slab (plengsengan dengan tutup).</summary>
    PitWithSlab,

    /// <summary>Composting toilet.</summary>
    Composting,

    /// <summary>Pit latrine without a slab (cemplung terbuka).</summary>
    PitWithoutSlab,

    /// <summary>Hanging latrine over a river or pond (jamban helikopter / jamban apung).</summary>
    Hanging,

    /// <summary>Bucket or container emptied elsewhere.</summary>
    Bucket,

    /// <summary>Flush or pour-flush to an open drain, the ground, a river or elsewhere (no containment).</summary>
    FlushToOpen,

    /// <summary>No facility: open defecation (BABS) in a field, bush, river or beach.</summary>
    None,
}

/// <summary>The JMP service ladder for sanitation (WHO/UNICEF Joint Monitoring Programme, SDG 6.2.1).</summary>
public enum SanitationRung
{
    /// <summary>Improved, not shared, excreta safely disposed of in situ or treated off-site (in Indonesia: a sewer, or a septic tank emptied in the last five years).</summary>
    SafelyManaged,

    /// <summary>Improved and not shared.</summary>
    Basic,

    /// <summary>Improved but shared with other households.</summary>
    Limited,

    /// <summary>Pit without slab, hanging latrine, bucket, flush to the open.</summary>
    Unimproved,

    /// <summary>No facility.</summary>
    OpenDefecation,
}

/// <summary>Where the household's greywater (kitchen, bath, laundry) goes: STBM pillar 5, PLC-RT.</summary>
public enum WastewaterDisposal
{
    /// <summary>A sewer (SPALD-T).</summary>
    Sewer,

    /// <summary>A closed soak pit or absorption well (sumur resapan / SPAL tertutup).</summary>
    SoakPit,

    /// <summary>An open drain (selokan terbuka).</summary>
    OpenDrain,

    /// <summary>Onto the ground, a garden, a river or under a stilt house.</summary>
    GroundOrRiver,
}

/// <summary>How the household handles its solid waste: STBM pillar 4, PS-RT.</summary>
public enum WasteHandling
{
    /// <summary>Sorted and taken to a bank sampah.</summary>
    BankSampah,

    /// <summary>Collected by the village or city service (to a TPS/TPS3R).</summary>
    Collected,

    /// <summary>Composted or buried on the plot after sorting.</summary>
    Composted,

    /// <summary>Burned.</summary>
    Burned,

    /// <summary>Dumped in a river, a ditch or open land.</summary>
    Dumped,
}
