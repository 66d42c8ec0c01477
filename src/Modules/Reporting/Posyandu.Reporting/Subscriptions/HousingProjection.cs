using Posyandu.Housing.Contracts;

namespace Posyandu.Reporting.Subscriptions;

/// <summary>
/// RTLH per household, month by month (the scorecard's <c>rumah-rtlh</c> = <c>housing.rtlh</c> / <c>housing.assessed</c>):
/// a household counts as assessed from the month of its first assessment on, and as RTLH from the month of an RTLH
/// assessment until the month of a later assessment that finds it layak huni or of a completed rehabilitation. A
/// month counts what was true at its end. Completed rehabilitations are also counted in their month
/// (<c>housing.rehab_completed</c>, <c>rumah-rehab</c>).
/// </summary>
/// <remarks>
/// The household's state is the set of everything that happened to its house (assessments and completions, by id),
/// and its stays are derived from that set in date order, so a late or redelivered event lands in the right months
/// and a rebuild in any order gives the same totals. On one day a completion comes after the assessments (the works
/// follow the assessment that justified them), and of two assessments the later recorded wins — as Housing reads it.
/// </remarks>
internal sealed class HousingProjection(StayWriter stays, FactWriter facts) :
    IIntegrationEventHandler<HouseAssessed>,
    IIntegrationEventHandler<RehabilitationCompleted>
{
    private const string HouseKind = "housing-house";
    private const string RehabilitationKind = "housing-rehabilitation";

    /// <summary>One thing that happened to the house.</summary>
    /// <param name="Rtlh">An assessment's verdict; null for a completed rehabilitation.</param>
    /// <param name="At">When the assessment was recorded (the completion's event time): orders two assessments of one day, then the id.</param>
    public sealed record Entry(Guid Id, DateOnly Day, bool? Rtlh, string Village, DateTime At);

    public sealed record State(IReadOnlyList<Entry> Entries);

    public sealed record Completed(long FinalCostRupiah);

    public Task HandleAsync(HouseAssessed e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(context);
        return stays.ApplyAsync<State>(HouseKind, e.HouseholdId,
            state => With(state, new Entry(e.AssessmentId, e.AssessedOn, e.IsRtlh, e.RegionCode, e.RecordedAt)), Stays, ct);
    }

    public async Task HandleAsync(RehabilitationCompleted e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(context);
        await stays.ApplyAsync<State>(HouseKind, e.HouseholdId,
            state => With(state, new Entry(e.RehabilitationId, e.CompletedOn, null, e.RegionCode, context.OccurredAt)), Stays, ct);
        await facts.ApplyAsync<Completed>(RehabilitationKind, e.RehabilitationId, Period.Of(e.CompletedOn), new Place(e.PosyanduId, RegionCode.Parse(e.RegionCode)),
            _ => new Completed(e.FinalCostRupiah), CompletedMetrics, ct);
    }

    /// <summary>Adds or replaces (same id: a redelivery or correction) one entry.</summary>
    private static State With(State? state, Entry entry) => new([.. (state?.Entries ?? []).Where(x => x.Id != entry.Id), entry]);

    internal static IEnumerable<Stay> Stays(State state)
    {
        var ordered = state.Entries
            .OrderBy(x => x.Day).ThenBy(x => x.Rtlh is null ? 1 : 0).ThenBy(x => x.At).ThenBy(x => x.Id)
            .ToList();
        var firstAssessment = ordered.FirstOrDefault(x => x.Rtlh is not null);
        if (firstAssessment is null)
        {
            yield break; // a completion whose assessment has not arrived yet: nothing to count until it does
        }

        var village = RegionCode.Parse(ordered[^1].Village);
        yield return new Stay("housing.assessed", village, Period.Of(firstAssessment.Day), null);

        // After each entry the house is RTLH exactly when it was an RTLH assessment; a month takes its last entry's word.
        Period? since = null;
        foreach (var month in ordered.GroupBy(x => Period.Of(x.Day)))
        {
            var rtlh = month.Last().Rtlh == true;
            if (rtlh && since is null)
            {
                since = month.Key;
            }
            else if (!rtlh && since is { } from)
            {
                yield return new Stay("housing.rtlh", village, from, month.Key);
                since = null;
            }
        }

        if (since is { } open)
        {
            yield return new Stay("housing.rtlh", village, open, null);
        }
    }

    private static IEnumerable<(string, long)> CompletedMetrics(Completed completed)
    {
        yield return ("housing.rehab_completed", 1);
    }
}
