namespace Posyandu.Reporting.ReadModels;

/// <summary>
/// Reads the counts behind indicators for regions and months, whichever way they are kept: monthly totals
/// (<see cref="MetricTotal"/>) or running totals of states (<see cref="RunningTotalChange"/>: the value in a month is
/// the sum of the changes up to it). Callers see one figure per region, month and metric.
/// </summary>
internal sealed class MetricReader(ReportingDbContext db)
{
    /// <summary>Figures for one region over some months: [period][metric].</summary>
    public async Task<Dictionary<string, Dictionary<string, long>>> ForRegionAsync(
        RegionCode region, IReadOnlyCollection<Period> periods, IReadOnlyCollection<string> metrics, CancellationToken ct)
    {
        var code = region.ToString();
        var keys = periods.Select(p => p.ToString()).ToList();
        var monthly = await db.Totals.AsNoTracking()
            .Where(t => t.RegionCode == code && metrics.Contains(t.Metric) && keys.Contains(t.Period))
            .Select(t => new Figure(t.RegionCode, t.Period, t.Metric, t.Value))
            .ToListAsync(ct);
        var last = keys.Max(StringComparer.Ordinal)!;
        var changes = await db.RunningTotals.AsNoTracking()
            .Where(t => t.RegionCode == code && metrics.Contains(t.Metric) && t.Period.CompareTo(last) <= 0)
            .Select(t => new Figure(t.RegionCode, t.Period, t.Metric, t.Delta))
            .ToListAsync(ct);
        return Combine(monthly, changes, keys)
            .GroupBy(f => f.Period)
            .ToDictionary(g => g.Key, g => g.ToDictionary(f => f.Metric, f => f.Value));
    }

    /// <summary>Figures for the regions directly below <paramref name="parent"/> in one month: [region][metric].</summary>
    public async Task<Dictionary<string, Dictionary<string, long>>> ForChildRegionsAsync(
        RegionCode parent, Period period, IReadOnlyCollection<string> metrics, CancellationToken ct)
    {
        var (code, key) = (parent.ToString(), period.ToString());
        var monthly = await db.Totals.AsNoTracking()
            .Where(t => t.Period == key && t.ParentCode == code && metrics.Contains(t.Metric))
            .Select(t => new Figure(t.RegionCode, t.Period, t.Metric, t.Value))
            .ToListAsync(ct);
        var changes = await db.RunningTotals.AsNoTracking()
            .Where(t => t.ParentCode == code && metrics.Contains(t.Metric) && t.Period.CompareTo(key) <= 0)
            .Select(t => new Figure(t.RegionCode, t.Period, t.Metric, t.Delta))
            .ToListAsync(ct);
        return Combine(monthly, changes, [key])
            .GroupBy(f => f.Region)
            .ToDictionary(g => g.Key, g => g.ToDictionary(f => f.Metric, f => f.Value));
    }

    /// <summary>Monthly figures as they are; running totals summed up to each requested month.</summary>
    private static IEnumerable<Figure> Combine(List<Figure> monthly, List<Figure> changes, IReadOnlyCollection<string> periods)
    {
        var running = from period in periods
                      from g in changes.Where(c => string.CompareOrdinal(c.Period, period) <= 0).GroupBy(c => (c.Region, c.Metric))
                      select new Figure(g.Key.Region, period, g.Key.Metric, g.Sum(c => c.Value));
        return monthly.Concat(running);
    }

    private sealed record Figure(string Region, string Period, string Metric, long Value);
}
