namespace Posyandu.Health.Features.ChildVisits;

internal static class RecordChildVisitEndpoint
{
    public static void MapRecordChildVisit(this IEndpointRouteBuilder group) =>
        group.MapPost("/children/{residentId:guid}/visits", async (Guid residentId, RecordChildVisit.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var visit = await mediator.Send(new RecordChildVisit(residentId, body), ct);
                return TypedResults.Created($"/api/health/children/{residentId}/visits/{visit.Id}", ChildVisitDto.From(visit));
            })
            .WithName("RecordChildVisit")
            .WithSummary("Record an under-five's Posyandu-day visit; the WHO z-scores, N/T trend and referral reasons are computed and stored with it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Health);
}
