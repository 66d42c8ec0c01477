using Posyandu.Trantibumlinmas.Features.Spm;

namespace Posyandu.Trantibumlinmas.Features.Incidents;

/// <summary>
/// Records what was done about an incident (tindakan: linmas on the spot, evacuation, mediation); the first action is
/// its handling time, counted against the type's hours (the scorecard's "ditangani tepat waktu"). <c>close</c> ends it.
/// </summary>
public sealed record RecordIncidentAction(Guid Id, RecordIncidentAction.Body Action, int? ExpectedVersion) : ICommand<IncidentDto>
{
    public sealed record Body(DateTimeOffset? At, string? Action, bool? Close);

    internal sealed class Validator : AbstractValidator<RecordIncidentAction>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Action.At).NotNull().WithMessage("at is required.").MustBePastMoment(time).OverridePropertyName("at");
            RuleFor(v => v.Action.Action).NotEmpty().WithMessage("action is required.").MaximumLength(Incident.MaxText).OverridePropertyName("action");
        }
    }

    internal sealed class Handler(TrantibumlinmasDbContext db, TimeProvider time) : IRequestHandler<RecordIncidentAction, IncidentDto>
    {
        public async Task<IncidentDto> Handle(RecordIncidentAction request, CancellationToken cancellationToken)
        {
            var incident = await db.Incidents.SingleOrDefaultAsync(i => i.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Incident");
            db.ExpectVersion(incident, request.ExpectedVersion);
            incident.RecordAction(request.Action.Action!.Trim(), request.Action.At!.Value.UtcDateTime, request.Action.Close == true);
            db.Report(TrantibumlinmasContributions.OfIncident(incident, time));
            // The reporter is read with GET (an audited read); a change's answer never carries it.
            return IncidentDto.From(incident, null, await db.PendingApprovalAsync(incident, cancellationToken));
        }
    }
}

internal static class RecordIncidentActionEndpoint
{
    public static void MapRecordIncidentAction(this IEndpointRouteBuilder group) =>
        group.MapPost("/incidents/{id:guid}/actions", async (Guid id, RecordIncidentAction.Body body, HttpRequest http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordIncidentAction(id, body, http.IfMatchVersion()), ct)))
            .WithName("RecordIncidentAction")
            .WithSummary("Record what was done about an incident (the first action is its handling time, against the type's hours); close: true ends it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .RequireSectorWriters(Roles.Trantibumlinmas, Roles.Desa);
}
