using Posyandu.SharedKernel.Reports;

namespace Posyandu.Social.Features.Spm;

/// <summary>
/// What Social's subjects contribute to the SPM data elements, by this module's rules, published after every change:
/// <list type="bullet">
/// <item><c>social.person</c> (a resident): <c>social.vulnerable_registered</c> in every month the person has an open
/// PPKS case or a disability assessment (scorecard <c>sos-rentan</c>).</item>
/// <item><c>social.household</c>: <c>social.households_vulnerable</c> in every month the household is in DTSEN's
/// bottom deciles (1–4 by the catalogue), has an open PPKS case of its own or of a member (the household the case was
/// recorded in), or a member with a disability assessment; <c>social.households_assisted</c> in those months it also
/// received an assistance programme on some day (<c>sos-bantuan</c>).</item>
/// <item><c>social.ppks</c> (a case whose type falls under an SPM Sosial service of Permensos 9/2018):
/// <c>social.spm_{service}_registered</c> from the month identified through the month closed, and
/// <c>social.spm_{service}_served</c> from the month served through the month closed (<c>sos-spm-*</c>).</item>
/// </list>
/// Only codes and counts: no names (the event goes to DPMD).
/// </summary>
internal static class SocialContributions
{
    public const string Person = "social.person";
    public const string Household = "social.household";
    public const string Ppks = "social.ppks";

    public static async Task ReportCaseAsync(this SocialDbContext db, PpksCase ppks, CancellationToken ct)
    {
        db.Report(Of(ppks));
        if (ppks.ResidentId is { } resident)
        {
            await db.ReportPersonAsync(resident, ppks.PosyanduId, ppks.RegionCode, ct);
        }

        await db.ReportHouseholdAsync(ppks.HouseholdId, ct);
    }

    internal static SpmContribution Of(PpksCase ppks)
    {
        var values = new List<SpmDataValue>();
        if (SocialCatalogue.Current.Type(ppks.Type)?.SpmService is { } service)
        {
            var until = ppks.ClosedOn is { } closed ? Period.Of(closed).Next() : (Period?)null;
            values.Add(SpmDataValue.Span($"social.spm_{service}_registered", Period.Of(ppks.IdentifiedOn), until));
            if (ppks.ServedOn is { } served)
            {
                values.Add(SpmDataValue.Span($"social.spm_{service}_served", Period.Of(served), until));
            }
        }

        return new SpmContribution(Ppks, ppks.Id, null, ppks.PosyanduId, ppks.RegionCode, values);
    }

    public static async Task ReportPersonAsync(this SocialDbContext db, Guid residentId, Guid posyanduId, string regionCode, CancellationToken ct)
    {
        var cases = Current(db.PpksCases.Local.Where(c => c.ResidentId == residentId), c => c.Id,
            await db.PpksCases.IgnoreQueryFilters().AsNoTracking().Where(c => c.ResidentId == residentId).ToListAsync(ct));
        var disabilities = Current(db.Disabilities.Local.Where(d => d.ResidentId == residentId), d => d.Id,
            await db.Disabilities.IgnoreQueryFilters().AsNoTracking().Where(d => d.ResidentId == residentId).ToListAsync(ct));
        var boundaries = cases.SelectMany(c => new[] { c.IdentifiedOn, c.ClosedOn ?? c.IdentifiedOn }).Concat(disabilities.Select(d => d.AssessedOn)).ToList();
        var values = Spans("social.vulnerable_registered", boundaries, last =>
            cases.Any(c => c.IdentifiedOn <= last && !(c.ClosedOn < Period.Of(last).FirstDay)) || disabilities.Any(d => d.AssessedOn <= last));
        db.Report(new SpmContribution(Person, residentId, null, posyanduId, regionCode, values));
    }

    public static async Task ReportHouseholdAsync(this SocialDbContext db, Guid householdId, CancellationToken ct)
    {
        var household = await db.Households.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(h => h.HouseholdId == householdId, ct);
        if (household is null)
        {
            return;
        }

        var cases = Current(db.PpksCases.Local.Where(c => c.HouseholdId == householdId), c => c.Id,
            await db.PpksCases.IgnoreQueryFilters().AsNoTracking().Where(c => c.HouseholdId == householdId).ToListAsync(ct));
        var disabilities = Current(db.Disabilities.Local.Where(d => d.HouseholdId == householdId), d => d.Id,
            await db.Disabilities.IgnoreQueryFilters().AsNoTracking().Where(d => d.HouseholdId == householdId).ToListAsync(ct));
        var checks = Current(db.DtsenChecks.Local.Where(c => c.HouseholdId == householdId), c => c.Id,
            await db.DtsenChecks.IgnoreQueryFilters().AsNoTracking().Where(c => c.HouseholdId == householdId).ToListAsync(ct));
        var assistance = Current(db.Assistance.Local.Where(a => a.HouseholdId == householdId), a => a.Id,
            await db.Assistance.IgnoreQueryFilters().AsNoTracking().Where(a => a.HouseholdId == householdId).ToListAsync(ct));
        db.Report(Of(household, new HouseholdWelfare(cases, disabilities, checks, assistance)));
    }

    internal static SpmContribution Of(SocialHousehold household, HouseholdWelfare welfare)
    {
        var values = Spans("social.households_vulnerable", welfare.Boundaries, last => welfare.VulnerableIn(Period.Of(last).FirstDay, last))
            .Concat(Spans("social.households_assisted", welfare.Boundaries,
                last => welfare.VulnerableIn(Period.Of(last).FirstDay, last) && welfare.AssistedIn(Period.Of(last).FirstDay, last)))
            .ToList();
        return new SpmContribution(Household, household.HouseholdId, null, household.PosyanduId, household.RegionCode, values);
    }

    /// <summary>
    /// The months in which <paramref name="holds"/> (given a month's last day) is true, as spans: walked from the first
    /// boundary's month to the month after the last one, after which nothing changes any more (an open span).
    /// </summary>
    private static List<SpmDataValue> Spans(string element, IReadOnlyCollection<DateOnly> boundaries, Func<DateOnly, bool> holds)
    {
        var values = new List<SpmDataValue>();
        if (boundaries.Count == 0)
        {
            return values;
        }

        var first = Period.Of(boundaries.Min());
        var after = Period.Of(boundaries.Max()).Next();
        Period? since = null;
        for (var month = first; month <= after; month = month.Next())
        {
            var on = holds(month.LastDay);
            if (on && since is null)
            {
                since = month;
            }
            else if (!on && since is { } from)
            {
                values.Add(SpmDataValue.Span(element, from, month));
                since = null;
            }
        }

        if (since is { } open)
        {
            values.Add(SpmDataValue.Span(element, open, null));
        }

        return values;
    }

    /// <summary>The rows as this command leaves them: its own (tracked) version of a row wins over the saved one.</summary>
    private static List<T> Current<T>(IEnumerable<T> tracked, Func<T, Guid> id, IEnumerable<T> saved)
    {
        var mine = tracked.ToList();
        var ids = mine.Select(id).ToHashSet();
        return [.. mine, .. saved.Where(s => !ids.Contains(id(s)))];
    }
}
