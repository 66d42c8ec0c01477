namespace Posyandu.Housing.Features;

/// <summary>Who may read the sector's records, and the look-ups every feature starts from.</summary>
internal static class HousingRules
{
    /// <summary>Dinas Perumahan, DPMD (coordination) and the kader (records and worklist of their own Posyandu).</summary>
    public static readonly string[] Readers = [Roles.Housing, Roles.Dpmd, Roles.Kader];

    /// <summary>The household as Housing knows it — 404 when unknown or outside the caller's scope.</summary>
    public static async Task<HousingHousehold> HouseholdAsync(this HousingDbContext db, Guid householdId, CancellationToken ct) =>
        await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.HouseholdId == householdId, ct) ?? throw new NotFoundException("Household");

    /// <summary>
    /// A visible household's assessments and rehabilitations, untracked. Not filtered by scope again: they carry the
    /// household's own Posyandu and village, so whoever sees the household sees them.
    /// </summary>
    public static async Task<(List<HouseAssessment> Assessments, List<Rehabilitation> Rehabilitations)> HistoryAsync(
        this HousingDbContext db, Guid householdId, CancellationToken ct)
    {
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.HouseholdId == householdId).ToListAsync(ct);
        var rehabilitations = await db.Rehabilitations.AsNoTracking().Where(r => r.HouseholdId == householdId).ToListAsync(ct);
        return (assessments, rehabilitations);
    }
}
