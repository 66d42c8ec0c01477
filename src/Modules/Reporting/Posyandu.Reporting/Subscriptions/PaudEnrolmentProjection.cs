using Posyandu.Education.Contracts;

namespace Posyandu.Reporting.Subscriptions;

/// <summary>
/// Children of PAUD age (3–6) enrolled in PAUD, month by month: an enrolment counts from its start month to its end
/// month, but only while the child is of PAUD age — a 2-year-old in a KB is not yet part of the participation rate's
/// numerator, as they are not in its denominator (<c>education.paud_age</c>).
/// </summary>
internal sealed class PaudEnrolmentProjection(StayWriter stays) :
    IIntegrationEventHandler<PaudEnrolmentStarted>,
    IIntegrationEventHandler<PaudEnrolmentEnded>
{
    private const string Kind = "paud-enrolment";
    private const int FromMonths = 36;
    private const int UntilMonths = 84;

    public sealed record State(string Village, string Start, string? End, string Born);

    public Task HandleAsync(PaudEnrolmentStarted e, IntegrationEventContext context, CancellationToken ct) =>
        stays.ApplyAsync<State>(Kind, e.EnrolmentId, state => state ?? new State(
            e.RegionCode, Period.Of(e.StartDate).ToString(), null, Months.Add(Period.Of(e.StartDate), -e.AgeMonths).ToString()), Stays, ct);

    public Task HandleAsync(PaudEnrolmentEnded e, IntegrationEventContext context, CancellationToken ct) =>
        stays.ApplyAsync<State>(Kind, e.EnrolmentId,
            state => (state ?? throw new InvalidOperationException($"Enrolment {e.EnrolmentId} has not started here yet; retry later."))
                with { End = Period.Of(e.EndDate).ToString() },
            Stays, ct);

    private static IEnumerable<Stay> Stays(State s)
    {
        var born = Period.Parse(s.Born);
        var (ageFrom, ageUntil) = (Months.Add(born, FromMonths), Months.Add(born, UntilMonths));
        var from = Period.Parse(s.Start) is var start && start > ageFrom ? start : ageFrom;
        var until = s.End is null ? ageUntil : Period.Parse(s.End).Next() is var end && end < ageUntil ? end : ageUntil;
        return from < until ? [new Stay("education.paud_enrolled", RegionCode.Parse(s.Village), from, until)] : [];
    }
}
