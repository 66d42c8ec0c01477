namespace Posyandu.Health.Features.GrowthReports;

/// <summary>An under-five of the area in a month: where they belong, and their last visit that month if any.</summary>
internal sealed record ChildMonth(Guid ResidentId, Guid PosyanduId, string RegionCode, bool InArea, bool HasGrowthCard, ChildVisit? Visit);

/// <summary>
/// Reads, for a region and month, the children the growth reports count. S is every under-five (0–59 months at
/// the month's end) living in the area by Health's copy of the registry; K those of them with a growth record (a
/// weighing on or before the month's end — the KMS/Buku KIA page starts with the first weighing); a child's month
/// is its last visit in the month, as in the DPMD report. Children weighed here who are not (or no longer)
/// residents of the area still count in D and the prevalences: they were served.
/// </summary>
internal sealed class ChildMonths(HealthDbContext db)
{
    public async Task<IReadOnlyList<ChildMonth>> LoadAsync(RegionCode region, Period period, CancellationToken ct)
    {
        var code = region.ToString();
        var prefix = code + ".";
        var (first, last) = (period.FirstDay, period.LastDay);
        var bornAfter = last.AddMonths(-60);
        var area = await db.Residents.AsNoTracking()
            .Where(r => r.Alive && (r.RegionCode == code || r.RegionCode.StartsWith(prefix)) && r.BirthDate > bornAfter && r.BirthDate <= last)
            .Select(r => new { r.ResidentId, r.PosyanduId, r.RegionCode })
            .ToListAsync(ct);
        var weighedBefore = (await db.Visits.AsNoTracking()
                .Where(v => v.WeightKg != null && v.MeasuredOn <= last && (v.RegionCode == code || v.RegionCode.StartsWith(prefix)))
                .Select(v => v.ResidentId).Distinct().ToListAsync(ct))
            .ToHashSet();
        var visits = (await db.Visits.AsNoTracking()
                .Where(v => v.MeasuredOn >= first && v.MeasuredOn <= last && (v.RegionCode == code || v.RegionCode.StartsWith(prefix)))
                .ToListAsync(ct))
            .GroupBy(v => v.ResidentId)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => (v.MeasuredOn, v.Id))!);

        var months = area.Select(r => new ChildMonth(
            r.ResidentId, r.PosyanduId, r.RegionCode, true, weighedBefore.Contains(r.ResidentId), visits.GetValueOrDefault(r.ResidentId))).ToList();
        var inArea = area.Select(r => r.ResidentId).ToHashSet();
        months.AddRange(visits.Values.Where(v => !inArea.Contains(v.ResidentId))
            .Select(v => new ChildMonth(v.ResidentId, v.PosyanduId, v.RegionCode, false, true, v)));
        return months;
    }
}
