using Microsoft.EntityFrameworkCore;
using Posyandu.Housing.Domain;
using Posyandu.Housing.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Reports;

namespace Posyandu.Housing.Features.Spm;

/// <summary>
/// What a household's house contributes to the SPM data elements, read with <see cref="HouseStatus"/> — the one rule
/// of what a house is on a day — so the report and Housing's own pages cannot disagree: <c>housing.assessed</c> from
/// the month of its first assessment on; <c>housing.rtlh</c> in every month that ends with the house RTLH; and
/// <c>housing.rehab_completed</c> in the month of each completed rehabilitation (scorecard <c>rumah-rtlh</c>,
/// <c>rumah-rehab</c>). Published after every change of an assessment or a rehabilitation's completion.
/// </summary>
internal static class HousingContributions
{
    public const string House = "housing.house";

    /// <summary>Publishes the house's whole contribution: its saved history and what this command added or changed.</summary>
    public static async Task ReportHouseAsync(this HousingDbContext db, Guid householdId, CancellationToken ct)
    {
        // Unscoped: the house's whole history counts, also what was recorded while it belonged to another Posyandu.
        var assessments = Current(db.Assessments.Local.Where(a => a.HouseholdId == householdId), a => a.Id,
            await db.Assessments.IgnoreQueryFilters().AsNoTracking().Where(a => a.HouseholdId == householdId).ToListAsync(ct));
        var works = Current(db.Rehabilitations.Local.Where(r => r.HouseholdId == householdId), r => r.Id,
            await db.Rehabilitations.IgnoreQueryFilters().AsNoTracking().Where(r => r.HouseholdId == householdId).ToListAsync(ct));
        db.Report(Of(householdId, assessments, works));
    }

    internal static SpmContribution Of(Guid householdId, IReadOnlyList<HouseAssessment> assessments, IReadOnlyList<Rehabilitation> works)
    {
        var completed = works.Where(r => r is { Status: RehabilitationStatus.Completed, CompletedOn: not null }).ToList();
        var values = completed.Select(r => SpmDataValue.Monthly("housing.rehab_completed", Period.Of(r.CompletedOn!.Value))).ToList();

        // Counted where the latest thing that happened to the house was recorded (a completion follows the assessments of its day).
        var latest = assessments.Select(a => (Day: a.AssessedOn, Order: 0, a.RecordedAt, a.Id, a.PosyanduId, a.RegionCode))
            .Concat(completed.Select(r => (Day: r.CompletedOn!.Value, Order: 1, RecordedAt: DateTime.MinValue, r.Id, r.PosyanduId, r.RegionCode)))
            .MaxBy(x => (x.Day, x.Order, x.RecordedAt, x.Id));

        if (assessments.Count > 0)
        {
            var first = Period.Of(assessments.Min(a => a.AssessedOn));
            var last = Period.Of(latest.Day);
            values.Add(SpmDataValue.Span("housing.assessed", first, null));

            // A month counts what was true at its end; after the latest entry nothing changes any more.
            Period? since = null;
            for (var month = first; month <= last; month = month.Next())
            {
                var rtlh = HouseStatus.On(month.LastDay, assessments, works).IsRtlh;
                if (rtlh && since is null)
                {
                    since = month;
                }
                else if (!rtlh && since is { } from)
                {
                    values.Add(SpmDataValue.Span("housing.rtlh", from, month));
                    since = null;
                }
            }

            if (since is { } open)
            {
                values.Add(SpmDataValue.Span("housing.rtlh", open, null));
            }
        }

        return new SpmContribution(House, householdId, null, latest.PosyanduId, latest.RegionCode, values);
    }

    /// <summary>The rows as this command leaves them: its own (tracked) version of a row wins over the saved one.</summary>
    private static List<T> Current<T>(IEnumerable<T> tracked, Func<T, Guid> id, IEnumerable<T> saved)
    {
        var mine = tracked.ToList();
        var ids = mine.Select(id).ToHashSet();
        return [.. mine, .. saved.Where(s => !ids.Contains(id(s)))];
    }
}
