using System.Security.Cryptography;
using System.Text;
using Posyandu.SharedKernel.Reports;

namespace Posyandu.PublicWorks.Features.Spm;

/// <summary>
/// What a household and a village contribute to the SPM data elements, read with <see cref="SurveyStatus"/> — the one
/// reading of the survey history the pages use too — and the verdicts <see cref="WaterSanitationRule"/> stored:
/// <list type="bullet">
/// <item>a household (<see cref="Household"/>): <c>publicworks.households_surveyed</c> from the month of its first survey
/// on; <c>publicworks.safe_water</c>, <c>publicworks.healthy_sanitation</c> and <c>publicworks.open_defecation</c> in
/// every month that ends with the survey in force saying so (scorecard <c>pu-air</c>, <c>pu-sanitasi</c>, <c>pu-babs</c>).
/// A household never surveyed contributes nothing: it is in no numerator and no denominator ("belum disurvei").</item>
/// <item>a village (<see cref="Village"/>): <c>publicworks.villages_surveyed</c> from the month of its first survey on,
/// and <c>publicworks.odf_villages</c> in every month that ends with no surveyed household practising open defecation
/// (scorecard <c>pu-odf</c>).</item>
/// </list>
/// Published after every survey, from the same SaveChanges.
/// </summary>
internal static class PublicWorksContributions
{
    public const string Household = "publicworks.household";

    public const string Village = "publicworks.village";

    public static async Task ReportHouseholdAsync(this PublicWorksDbContext db, Guid householdId, CancellationToken ct)
    {
        // Unscoped: the whole history counts, also what was recorded while the household belonged to another Posyandu.
        var surveys = Current(db.Surveys.Local.Where(s => s.HouseholdId == householdId),
            await db.Surveys.IgnoreQueryFilters().AsNoTracking().Where(s => s.HouseholdId == householdId).ToListAsync(ct));
        if (surveys.Count > 0)
        {
            db.Report(OfHousehold(householdId, surveys));
        }
    }

    public static async Task ReportVillageAsync(this PublicWorksDbContext db, string village, CancellationToken ct)
    {
        var surveys = Current(db.Surveys.Local.Where(s => s.RegionCode == village),
            await db.Surveys.IgnoreQueryFilters().AsNoTracking().Where(s => s.RegionCode == village).ToListAsync(ct));
        var posyandu = await db.Posyandu.IgnoreQueryFilters().AsNoTracking().Where(p => p.RegionCode == village).Select(p => p.PosyanduId).ToListAsync(ct);
        if (surveys.Count > 0)
        {
            db.Report(OfVillage(village, surveys, posyandu));
        }
    }

    internal static SpmContribution OfHousehold(Guid householdId, IReadOnlyList<WaterSanitationSurvey> surveys)
    {
        var (first, last) = (Period.Of(surveys.Min(s => s.SurveyedOn)), Period.Of(surveys.Max(s => s.SurveyedOn)));
        var values = new List<SpmDataValue> { SpmDataValue.Span("publicworks.households_surveyed", first, null) };
        values.AddRange(Spans("publicworks.safe_water", first, last, m => SurveyStatus.InForce(m.LastDay, surveys)!.WaterLayak));
        values.AddRange(Spans("publicworks.healthy_sanitation", first, last, m => SurveyStatus.InForce(m.LastDay, surveys)!.SanitationLayak));
        values.AddRange(Spans("publicworks.open_defecation", first, last, m => SurveyStatus.InForce(m.LastDay, surveys)!.OpenDefecation));
        // Counted where the latest survey found the household.
        var latest = SurveyStatus.InForce(DateOnly.MaxValue, surveys)!;
        return new SpmContribution(Household, householdId, null, latest.PosyanduId, latest.RegionCode, values);
    }

    /// <param name="posyandu">The village's Posyandu: the village is counted at the first of them (by id), so it does not wander between them.</param>
    internal static SpmContribution OfVillage(string village, IReadOnlyList<WaterSanitationSurvey> surveys, IReadOnlyList<Guid> posyandu)
    {
        var (first, last) = (Period.Of(surveys.Min(s => s.SurveyedOn)), Period.Of(surveys.Max(s => s.SurveyedOn)));
        var households = surveys.GroupBy(s => s.HouseholdId).Select(g => g.ToList()).ToList();
        var values = new List<SpmDataValue> { SpmDataValue.Span("publicworks.villages_surveyed", first, null) };
        values.AddRange(Spans("publicworks.odf_villages", first, last, m => VillageOdf.IsOdf(households.Select(h => SurveyStatus.InForce(m.LastDay, h)))));
        var counted = posyandu.Count > 0 ? posyandu.Min() : SurveyStatus.InForce(DateOnly.MaxValue, surveys)!.PosyanduId;
        return new SpmContribution(Village, SubjectOf(village), null, counted, village, values);
    }

    /// <summary>A village's subject id: derived from its code, so every contribution of the village replaces the last one.</summary>
    internal static Guid SubjectOf(string village) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{Village}:{village}"))[..16]);

    /// <summary>The spans of months from <paramref name="first"/> on whose end <paramref name="holds"/>; after <paramref name="last"/> nothing changes any more.</summary>
    private static IEnumerable<SpmDataValue> Spans(string element, Period first, Period last, Func<Period, bool> holds)
    {
        Period? since = null;
        for (var month = first; month <= last; month = month.Next())
        {
            var now = holds(month);
            if (now && since is null)
            {
                since = month;
            }
            else if (!now && since is { } from)
            {
                yield return SpmDataValue.Span(element, from, month);
                since = null;
            }
        }

        if (since is { } open)
        {
            yield return SpmDataValue.Span(element, open, null);
        }
    }

    /// <summary>The rows as this command leaves them: its own (tracked) version of a row wins over the saved one.</summary>
    private static List<WaterSanitationSurvey> Current(IEnumerable<WaterSanitationSurvey> tracked, IEnumerable<WaterSanitationSurvey> saved)
    {
        var mine = tracked.ToList();
        var ids = mine.Select(s => s.Id).ToHashSet();
        return [.. mine, .. saved.Where(s => !ids.Contains(s.Id))];
    }
}
