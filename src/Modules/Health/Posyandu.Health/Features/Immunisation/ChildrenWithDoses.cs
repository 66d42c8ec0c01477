namespace Posyandu.Health.Features.Immunisation;

/// <summary>A living under-five and the scheduled doses that need the kader's attention on a day.</summary>
public sealed record ChildDoses(Guid ResidentId, string Name, DateOnly BirthDate, Guid PosyanduId, string RegionCode, int AgeMonths, IReadOnlyList<DoseStatus> Doses);

/// <summary>
/// The schedule applied on one day to a set of living under-fives (one Posyandu's, or a region's): the worklists of
/// due and overdue doses share it so they can never disagree.
/// </summary>
internal static class ChildrenWithDoses
{
    /// <summary>At most this many children in one worklist (a region-wide call is cut here): a bulk read of people is capped.</summary>
    public const int Limit = 5000;

    public static async Task<List<ChildDoses>> LoadAsync(
        HealthDbContext db, IQueryable<ResidentProjection> residents, DateOnly day, Func<DoseStatus, bool> keep, CancellationToken ct)
    {
        var fiveYearsAgo = day.AddYears(-5);
        var children = await residents.AsNoTracking()
            .Where(r => r.Alive && r.BirthDate > fiveYearsAgo && r.BirthDate <= day)
            .Select(r => new { r.ResidentId, r.Name, r.BirthDate, r.PosyanduId, r.RegionCode }).ToListAsync(ct);
        var given = new List<(Guid ResidentId, GivenDose Dose)>();
        // In chunks: SQLite caps the parameters of one statement, and a regency holds tens of thousands of children.
        foreach (var chunk in children.Select(c => c.ResidentId).Chunk(2_000))
        {
            var ids = chunk.ToList();
            given.AddRange((await db.Immunisations.AsNoTracking().Where(d => ids.Contains(d.ResidentId))
                    .Select(d => new { d.ResidentId, d.Antigen, d.DoseNumber, d.GivenOn }).ToListAsync(ct))
                .Select(d => (d.ResidentId, new GivenDose(d.Antigen, d.DoseNumber, d.GivenOn))));
        }

        var history = given.ToLookup(g => g.ResidentId, g => g.Dose);
        var schedule = ImmunisationSchedule.National;
        return children
            .Select(c => new ChildDoses(c.ResidentId, c.Name, c.BirthDate, c.PosyanduId, c.RegionCode, AgeMonths(c.BirthDate, day),
                ImmunisationStatus.Of(schedule, c.BirthDate, [.. history[c.ResidentId]], day).Where(keep).ToList()))
            .Where(c => c.Doses.Count > 0)
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.BirthDate)
            .Take(Limit)
            .ToList();
    }

    private static int AgeMonths(DateOnly birth, DateOnly day)
    {
        var months = ((day.Year - birth.Year) * 12) + day.Month - birth.Month;
        return birth.AddMonths(months) > day ? months - 1 : months;
    }
}
