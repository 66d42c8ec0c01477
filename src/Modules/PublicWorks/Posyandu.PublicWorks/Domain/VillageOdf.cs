namespace Posyandu.PublicWorks.Domain;

/// <summary>A village's open-defecation-free status on a day, and the survey coverage it rests on.</summary>
public enum OdfStatus
{
    /// <summary>No household of the village surveyed yet: no status.</summary>
    BelumDisurvei,

    /// <summary>Stop BABS: no surveyed household practises open defecation.</summary>
    Odf,

    /// <summary>At least one surveyed household practises open defecation.</summary>
    BelumOdf,
}

/// <summary>
/// The village rule of STBM pillar 1 (Permenkes 3/2014: a desa/kelurahan is SBS — stop buang air besar sembarangan,
/// ODF — when no one defecates in the open): ODF when at least one household is surveyed and none of the surveyed
/// practises open defecation. Households not surveyed are not assumed either way; the coverage says how far the
/// status reaches (STBM verification asks for every household: a low coverage is a claim still to verify).
/// </summary>
public static class VillageOdf
{
    /// <param name="inForce">Per household of the village, its survey in force (null: not surveyed).</param>
    public static OdfStatus StatusOf(IEnumerable<WaterSanitationSurvey?> inForce)
    {
        ArgumentNullException.ThrowIfNull(inForce);
        var surveyed = inForce.Where(s => s is not null).ToList();
        return surveyed.Count == 0 ? OdfStatus.BelumDisurvei : surveyed.Any(s => s!.OpenDefecation) ? OdfStatus.BelumOdf : OdfStatus.Odf;
    }

    public static bool IsOdf(IEnumerable<WaterSanitationSurvey?> inForce) => StatusOf(inForce) == OdfStatus.Odf;
}
