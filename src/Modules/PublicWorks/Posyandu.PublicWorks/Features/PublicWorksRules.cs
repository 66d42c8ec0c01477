namespace Posyandu.PublicWorks.Features;

/// <summary>Who may read the sector's records, and the look-ups every feature starts from.</summary>
internal static class PublicWorksRules
{
    /// <summary>Dinas PU, DPMD (coordination) and the kader (records of their own Posyandu).</summary>
    public static readonly string[] Readers = [Roles.PublicWorks, Roles.Dpmd, Roles.Kader];

    /// <summary>Infrastructure reports are the village's business too: the village government (desa) reads its own.</summary>
    public static readonly string[] InfrastructureReaders = [.. Readers, Roles.Desa];

    /// <summary>Who may see who reported an infrastructure problem: Dinas PU and the village — its government and its kader (admin always) — the shared rule of a confidential requester.</summary>
    public static bool MaySeeReporter(this ICurrentUser user) => user.MaySeeConfidentialRequester(Roles.PublicWorks);

    /// <summary>The household as Dinas PU knows it — 404 when unknown or outside the caller's scope.</summary>
    public static async Task<PublicWorksHousehold> HouseholdAsync(this PublicWorksDbContext db, Guid householdId, CancellationToken ct) =>
        await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.HouseholdId == householdId, ct) ?? throw new NotFoundException("Household");

    /// <summary>Living residents of a household (unscoped: the household is visible, and its residents live at its Posyandu).</summary>
    public static Task<int> MembersAsync(this PublicWorksDbContext db, Guid householdId, CancellationToken ct) =>
        db.Residents.IgnoreQueryFilters().CountAsync(r => r.HouseholdId == householdId && r.Alive, ct);
}

/// <summary>What a household's water or sanitation is on a day: a never-surveyed household is neither layak nor not.</summary>
public enum SurveyVerdict
{
    /// <summary>Not surveyed (by then): no verdict.</summary>
    BelumDisurvei,

    Layak,

    TidakLayak,
}

internal static class SurveyVerdicts
{
    public static SurveyVerdict Water(WaterSanitationSurvey? survey) =>
        survey is null ? SurveyVerdict.BelumDisurvei : survey.WaterLayak ? SurveyVerdict.Layak : SurveyVerdict.TidakLayak;

    public static SurveyVerdict Sanitation(WaterSanitationSurvey? survey) =>
        survey is null ? SurveyVerdict.BelumDisurvei : survey.SanitationLayak ? SurveyVerdict.Layak : SurveyVerdict.TidakLayak;
}
