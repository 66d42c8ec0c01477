using Posyandu.Education.Contracts;

namespace Posyandu.Reporting.Subscriptions;

/// <summary>
/// Out-of-school children (anak tidak sekolah) by the month they were identified, and how many of those have since
/// gone back to education — school or pendidikan kesetaraan (Paket A/B/C). Vocational training is resolved but not
/// "returned". A cohort ratio: of the children found in a month, the share back in education today.
/// </summary>
internal sealed class OutOfSchoolProjection(FactWriter facts) :
    IIntegrationEventHandler<OutOfSchoolChildIdentified>,
    IIntegrationEventHandler<OutOfSchoolChildResolved>
{
    private const string Kind = "out-of-school";
    private static readonly HashSet<string> BackInEducation = new(StringComparer.Ordinal) { "returnedToSchool", "paketA", "paketB", "paketC" };

    public sealed record State(string? Outcome);

    public Task HandleAsync(OutOfSchoolChildIdentified e, IntegrationEventContext context, CancellationToken ct) =>
        facts.ApplyAsync<State>(Kind, e.CaseId, Period.Of(e.IdentifiedOn), new Place(e.PosyanduId, RegionCode.Parse(e.RegionCode)),
            state => state ?? new State(null), Metrics, ct);

    public Task HandleAsync(OutOfSchoolChildResolved e, IntegrationEventContext context, CancellationToken ct) =>
        facts.ApplyAsync<State>(Kind, e.CaseId, Period.Of(e.IdentifiedOn), new Place(e.PosyanduId, RegionCode.Parse(e.RegionCode)),
            _ => new State(e.Outcome), Metrics, ct);

    private static IEnumerable<(string, long)> Metrics(State s)
    {
        yield return ("education.ats_identified", 1);
        if (s.Outcome is not null) yield return ("education.ats_resolved", 1);
        if (s.Outcome is not null && BackInEducation.Contains(s.Outcome)) yield return ("education.ats_returned", 1);
    }
}
