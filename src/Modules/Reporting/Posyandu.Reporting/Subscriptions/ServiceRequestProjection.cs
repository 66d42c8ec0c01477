using Posyandu.SharedKernel.ServiceRequests;

namespace Posyandu.Reporting.Subscriptions;

/// <summary>
/// Service requests of every sector, counted in the month they were submitted: by current status, open, overdue,
/// closed and closed within the SLA — per sector (<c>sr.{sector}.…</c>) and for all sectors (<c>sr.all.…</c>).
/// </summary>
internal sealed class ServiceRequestProjection(FactWriter facts) :
    IIntegrationEventHandler<ServiceRequestSubmitted>,
    IIntegrationEventHandler<ServiceRequestStatusChanged>,
    IIntegrationEventHandler<ServiceRequestOverdue>,
    IIntegrationEventHandler<ServiceRequestCompleted>
{
    private const string Kind = "service-request";

    public sealed record State(string Sector, ServiceRequestStatus Status, DateTime StatusAt, bool Overdue, bool? WithinSla);

    public Task HandleAsync(ServiceRequestSubmitted e, IntegrationEventContext context, CancellationToken ct) =>
        Apply(e.RequestId, e.SubmittedAt, e.PosyanduId, e.RegionCode, state =>
            state ?? new State(e.Sector, ServiceRequestStatus.Diajukan, e.SubmittedAt, false, null), ct);

    public Task HandleAsync(ServiceRequestStatusChanged e, IntegrationEventContext context, CancellationToken ct) =>
        ApplyToExisting(context.SourceModule, e.RequestId, e.PosyanduId, e.RegionCode, state =>
            state.StatusAt > e.At ? state : state with { Status = e.To, StatusAt = e.At, Overdue = false }, ct);

    public Task HandleAsync(ServiceRequestOverdue e, IntegrationEventContext context, CancellationToken ct) =>
        ApplyToExisting(context.SourceModule, e.RequestId, e.PosyanduId, e.RegionCode, state =>
            state.Status == e.Step && !ServiceRequestWorkflow.IsFinal(state.Status) ? state with { Overdue = true } : state, ct);

    public Task HandleAsync(ServiceRequestCompleted e, IntegrationEventContext context, CancellationToken ct) =>
        ApplyToExisting(context.SourceModule, e.RequestId, e.PosyanduId, e.RegionCode, state =>
            state with { Status = e.FinalStatus, StatusAt = e.CompletedAt, Overdue = false, WithinSla = e.EveryStepWithinSla }, ct);

    /// <summary>The submission month is the fact's period; later events find it through the index of requests.</summary>
    private Task ApplyToExisting(string publisher, Guid requestId, Guid posyanduId, string region, Func<State, State> change, CancellationToken ct) =>
        facts.ApplyToSubjectAsync<State>(publisher, Kind, requestId, new Place(posyanduId, RegionCode.Parse(region)),
            state => change(state!), Metrics, ct);

    private Task Apply(Guid requestId, DateTime submittedAt, Guid posyanduId, string region, Func<State?, State?> change, CancellationToken ct) =>
        facts.ApplyAsync(Kind, requestId, Period.Of(DateOnly.FromDateTime(submittedAt)), new Place(posyanduId, RegionCode.Parse(region)), change, Metrics, ct);

    private static IEnumerable<(string, long)> Metrics(State state)
    {
        foreach (var scope in new[] { state.Sector, "all" })
        {
            var prefix = $"sr.{scope}.";
            yield return (prefix + "total", 1);
            yield return (prefix + "status." + state.Status.ToString().ToLowerInvariant(), 1);
            var final = ServiceRequestWorkflow.IsFinal(state.Status);
            yield return (prefix + (final ? "closed" : "open"), 1);
            if (state.Overdue)
            {
                yield return (prefix + "overdue", 1);
            }

            if (final && state.WithinSla == true)
            {
                yield return (prefix + "closed_within_sla", 1);
            }
        }
    }
}
