namespace Posyandu.Education.Features;

/// <summary>Who may read the sector's records, and the look-ups every feature starts from.</summary>
internal static class EducationRules
{
    /// <summary>Dinas Pendidikan, DPMD (coordination) and the kader (worklists of their own Posyandu).</summary>
    public static readonly string[] Readers = [Roles.Education, Roles.Dpmd, Roles.Kader];

    /// <summary>The resident as Education knows them — 404 when unknown or outside the caller's scope.</summary>
    public static async Task<EducationResident> ResidentAsync(this EducationDbContext db, Guid residentId, CancellationToken ct) =>
        await db.Residents.SingleOrDefaultAsync(r => r.ResidentId == residentId, ct) ?? throw new NotFoundException("Resident");

    /// <summary>The Posyandu as Education knows it — 404 when unknown or outside the caller's scope.</summary>
    public static async Task<PosyanduSite> PosyanduAsync(this EducationDbContext db, Guid posyanduId, CancellationToken ct) =>
        await db.Posyandu.SingleOrDefaultAsync(p => p.PosyanduId == posyanduId, ct) ?? throw new NotFoundException("Posyandu");

    /// <summary>The Posyandu to record an activity or inventory at: 422 once the registry has closed it.</summary>
    public static async Task<PosyanduSite> ActivePosyanduAsync(this EducationDbContext db, Guid posyanduId, CancellationToken ct)
    {
        var site = await db.PosyanduAsync(posyanduId, ct);
        return site.Active ? site : throw new BusinessRuleException($"{site.Name} is no longer active (deactivated in the registry).");
    }

    /// <summary>Age in whole months on <paramref name="day"/>.</summary>
    public static int AgeMonthsOn(this EducationResident resident, DateOnly day) =>
        (day.Year - resident.BirthDate.Year) * 12 + day.Month - resident.BirthDate.Month - (day.Day < resident.BirthDate.Day ? 1 : 0);
}
