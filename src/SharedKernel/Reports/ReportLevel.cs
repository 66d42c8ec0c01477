using Posyandu.SharedKernel.Domain;

namespace Posyandu.SharedKernel.Reports;

/// <summary>What a sector report's rows are: one per Posyandu, village, district (kecamatan) or regency.</summary>
public enum ReportLevel
{
    Posyandu,
    Village,
    District,
    Regency,
}

/// <summary>The row arithmetic every sector report shares.</summary>
public static class ReportLevels
{
    /// <summary>The row a record falls in: its Posyandu id, or its village code cut to the level.</summary>
    public static string RowOf(this ReportLevel level, Guid posyanduId, string villageCode) => level switch
    {
        ReportLevel.Posyandu => posyanduId.ToString(),
        ReportLevel.Village => villageCode,
        ReportLevel.District => RegionCode.Parse(villageCode).AtLevel(RegionLevel.District)!.Value.ToString(),
        _ => RegionCode.Parse(villageCode).AtLevel(RegionLevel.Regency)!.Value.ToString(),
    };

    /// <summary><paramref name="part"/> of <paramref name="whole"/> in percent, one decimal; null when there is no whole.</summary>
    public static decimal? Percent(long part, long whole) => whole == 0 ? null : Math.Round(part * 100m / whole, 1);
}
