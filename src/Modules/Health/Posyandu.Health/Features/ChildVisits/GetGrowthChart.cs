namespace Posyandu.Health.Features.ChildVisits;

/// <summary>A child's visits in date order — the KMS page of the Buku KIA, with each visit's z-scores and N/T.</summary>
public sealed record GetGrowthChart(Guid ResidentId) : IQuery<IReadOnlyList<ChildVisit>>
{
    internal sealed class Handler(HealthDbContext db) : IRequestHandler<GetGrowthChart, IReadOnlyList<ChildVisit>>
    {
        public async Task<IReadOnlyList<ChildVisit>> Handle(GetGrowthChart request, CancellationToken cancellationToken)
        {
            if (!await db.Residents.AnyAsync(r => r.ResidentId == request.ResidentId, cancellationToken))
            {
                throw new NotFoundException("Resident");
            }

            return await db.Visits.AsNoTracking().Where(v => v.ResidentId == request.ResidentId)
                .OrderBy(v => v.MeasuredOn).ThenBy(v => v.Id).ToListAsync(cancellationToken);
        }
    }
}

internal static class GetGrowthChartEndpoint
{
    public static void MapGetGrowthChart(this IEndpointRouteBuilder group) =>
        group.MapGet("/children/{residentId:guid}/visits", async (Guid residentId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok((await mediator.Send(new GetGrowthChart(residentId), ct)).Select(ChildVisitDto.From).ToList()))
            .WithName("GetGrowthChart")
            .WithSummary("A child's visits in date order with z-scores, categories, N/T/B/O and referral reasons.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorWriters(Roles.Health);
}
