namespace Posyandu.Trantibumlinmas.Features.Incidents;

/// <summary>
/// Escalates an incident to the OPD (Satpol PP, BPBD, UPTD PPA) or the police. A sensitive type (KDRT, asusila,
/// perdagangan orang, narkoba) goes only once the village head approved (SharedKernel's approval step): 409 while the
/// approval waits (the problem names its <c>approvalId</c>), 422 once refused — and nothing changes. Who approved, and
/// when, are kept on the incident. Publishes <see cref="IncidentEscalated"/> (no reporter).
/// </summary>
public sealed record EscalateIncident(Guid Id, EscalateIncident.Body Escalation, int? ExpectedVersion) : ICommand<IncidentDto>
{
    public sealed record Body(EscalationTarget? To);

    internal sealed class Validator : AbstractValidator<EscalateIncident>
    {
        public Validator() =>
            RuleFor(v => v.Escalation.To).NotNull().WithMessage(ApiNames.OneOf<EscalationTarget>("to")).OverridePropertyName("to");
    }

    internal sealed class Handler(TrantibumlinmasDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<EscalateIncident, IncidentDto>
    {
        public async Task<IncidentDto> Handle(EscalateIncident request, CancellationToken cancellationToken)
        {
            var incident = await db.Incidents.SingleOrDefaultAsync(i => i.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Incident");
            db.ExpectVersion(incident, request.ExpectedVersion);
            Approval? approval = null;
            if (incident.Sensitive)
            {
                await ApprovalDesk.EnsureApprovedAsync(db, Incident.EscalationAction, incident.Id, cancellationToken);
                approval = await db.Approvals.IgnoreQueryFilters().AsNoTracking()
                    .Where(a => a.Action == Incident.EscalationAction && a.SubjectId == incident.Id)
                    .OrderByDescending(a => a.RequestedAt).FirstAsync(cancellationToken);
            }

            incident.Escalate(request.Escalation.To!.Value, user.Id, time.UtcNow(), approval);
            db.Publish(new IncidentEscalated(incident.Id, incident.Type, incident.PosyanduId, incident.RegionCode, incident.EscalatedTo!.Value.ToApi(),
                incident.EscalatedAt!.Value, incident.ApprovalId));
            // The reporter is read with GET (an audited read); a change's answer never carries it.
            return IncidentDto.From(incident, null);
        }
    }
}

internal static class EscalateIncidentEndpoint
{
    public static void MapEscalateIncident(this IEndpointRouteBuilder group) =>
        group.MapPost("/incidents/{id:guid}/escalation", async (Guid id, EscalateIncident.Body body, HttpRequest http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new EscalateIncident(id, body, http.IfMatchVersion()), ct)))
            .WithName("EscalateIncident")
            .WithSummary("Escalate an incident to the OPD or the police (to: opd | polisi); a sensitive one only after the village head approved: 409 while waiting, 422 when refused, nothing changes.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Trantibumlinmas, Roles.Desa);
}
