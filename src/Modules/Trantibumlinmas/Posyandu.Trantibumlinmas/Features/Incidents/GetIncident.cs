namespace Posyandu.Trantibumlinmas.Features.Incidents;

/// <summary>
/// One incident with its state, escalation and who approved it; the reporter only for the OPD, the village head (of
/// its village: the scope shows no other) and admin — and that read is audited. 404 outside the caller's scope.
/// </summary>
public sealed record GetIncident(Guid Id) : IQuery<IncidentDto>
{
    internal sealed class Handler(TrantibumlinmasDbContext db, ICurrentUser user) : IRequestHandler<GetIncident, IncidentDto>
    {
        public async Task<IncidentDto> Handle(GetIncident request, CancellationToken cancellationToken)
        {
            var incident = await db.Incidents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == request.Id, cancellationToken)
                           ?? throw new NotFoundException("Incident");
            return IncidentDto.From(incident, await db.ReporterAsync(user, incident, cancellationToken), await db.PendingApprovalAsync(incident, cancellationToken));
        }
    }
}

internal static class GetIncidentEndpoint
{
    public static void MapGetIncident(this IEndpointRouteBuilder group) =>
        group.MapGet("/incidents/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetIncident(id), ct)))
            .WithName("GetIncident")
            .WithSummary("One incident (state, action, escalation and its approval); the reporter only for the OPD, the village head and admin.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorReaders(Roles.Trantibumlinmas, Roles.Dpmd, Roles.Desa);
}
