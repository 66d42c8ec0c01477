namespace Posyandu.PublicWorks.Contracts;

/// <summary>
/// Why a household's drinking water is not layak, as <see cref="HouseholdWaterSanitationSurveyed.WaterReasons"/> carries
/// it: the SPM air minum of Permen PUPR 29/2018 (a layak source, at least 60 litres per person per day) and the JMP's
/// limit on collection time for a basic service (30 minutes round trip).
/// </summary>
public static class WaterReasons
{
    /// <summary>Unprotected dug well or spring: not a layak source.</summary>
    public const string UnprotectedSource = "unprotectedSource";

    /// <summary>River, lake, pond, irrigation canal: surface water.</summary>
    public const string SurfaceWater = "surfaceWater";

    /// <summary>Bottled, refill or tanker water bought from a vendor: not a layak source under the SPM.</summary>
    public const string BoughtWater = "boughtWater";

    /// <summary>A well or spring 10 m or less from a septic tank, pit or other septic point.</summary>
    public const string SepticTooClose = "septicTooClose";

    /// <summary>Less than 60 litres per person per day.</summary>
    public const string InsufficientQuantity = "insufficientQuantity";

    /// <summary>Collecting water takes more than 30 minutes round trip (queueing included).</summary>
    public const string TooFar = "tooFar";

    public static IReadOnlyList<string> All { get; } = [UnprotectedSource, SurfaceWater, BoughtWater, SepticTooClose, InsufficientQuantity, TooFar];
}

/// <summary>Why a household's sanitation is not layak (below the JMP's basic service), as the events carry it.</summary>
public static class SanitationReasons
{
    /// <summary>No facility: open defecation (field, bush, river, beach) — buang air besar sembarangan (BABS).</summary>
    public const string OpenDefecation = "openDefecation";

    /// <summary>A facility that does not separate excreta from contact (pit without slab, hanging latrine, bucket, flush to the open).</summary>
    public const string UnimprovedFacility = "unimprovedFacility";

    /// <summary>An improved facility shared with other households (JMP: limited).</summary>
    public const string SharedFacility = "sharedFacility";

    public static IReadOnlyList<string> All { get; } = [OpenDefecation, UnimprovedFacility, SharedFacility];
}

/// <summary>The five pillars of Sanitasi Total Berbasis Masyarakat (STBM, Permenkes 3/2014), as codes.</summary>
public static class StbmPillars
{
    /// <summary>Pilar 1: stop buang air besar sembarangan (no open defecation).</summary>
    public const string StopBabs = "stopBabs";

    /// <summary>Pilar 2: cuci tangan pakai sabun (a handwashing place with soap and running water).</summary>
    public const string Ctps = "ctps";

    /// <summary>Pilar 3: pengelolaan air minum dan makanan rumah tangga (drinking water treated and stored safely).</summary>
    public const string PammRt = "pammRt";

    /// <summary>Pilar 4: pengamanan sampah rumah tangga (waste sorted to a bank sampah, collected or composted).</summary>
    public const string PsRt = "psrt";

    /// <summary>Pilar 5: pengamanan limbah cair rumah tangga (greywater to a sewer or a closed soak pit).</summary>
    public const string PlcRt = "plcRt";

    public static IReadOnlyList<string> All { get; } = [StopBabs, Ctps, PammRt, PsRt, PlcRt];
}
