namespace Posyandu.Education.Features.Library;

/// <summary>A Posyandu's library: the inventory with totals per kind, and the activities in a date range with totals per kind.</summary>
public sealed record GetLibrary(Guid PosyanduId, DateOnly? From, DateOnly? To) : IQuery<GetLibrary.View>
{
    public sealed record KindTotal(string Kind, int Count, int Quantity);

    public sealed record View(
        Guid PosyanduId, string Name, string RegionCode, IReadOnlyList<LearningResourceDto> Inventory, IReadOnlyList<KindTotal> InventoryByKind,
        IReadOnlyList<LibraryActivityDto> Activities, IReadOnlyList<KindTotal> ActivitiesByKind);

    internal sealed class Handler(EducationDbContext db) : IRequestHandler<GetLibrary, View>
    {
        public async Task<View> Handle(GetLibrary request, CancellationToken cancellationToken)
        {
            if (request.From is { } from && request.To is { } to && to < from)
            {
                throw RequestValidationException.For("to", "to cannot be before from.");
            }

            var site = await db.PosyanduAsync(request.PosyanduId, cancellationToken);
            var inventory = await db.LearningResources.AsNoTracking().Where(r => r.PosyanduId == site.PosyanduId)
                .OrderBy(r => r.Kind).ThenBy(r => r.Name).ToListAsync(cancellationToken);
            var activities = db.LibraryActivities.AsNoTracking().Where(a => a.PosyanduId == site.PosyanduId);
            if (request.From is { } start) activities = activities.Where(a => a.Date >= start);
            if (request.To is { } end) activities = activities.Where(a => a.Date <= end);
            var log = await activities.OrderByDescending(a => a.Date).Take(2000).ToListAsync(cancellationToken);
            return new View(
                site.PosyanduId, site.Name, site.RegionCode, [.. inventory.Select(LearningResourceDto.From)],
                inventory.GroupBy(r => r.Kind).Select(g => new KindTotal(g.Key.ToApi(), g.Count(), g.Sum(r => r.Quantity))).ToList(),
                [.. log.Select(LibraryActivityDto.From)],
                log.GroupBy(a => a.Kind).Select(g => new KindTotal(g.Key.ToApi(), g.Count(), g.Sum(a => a.Participants))).ToList());
        }
    }
}

internal static class GetLibraryEndpoint
{
    public static void MapGetLibrary(this IEndpointRouteBuilder group) =>
        group.MapGet("/library/{posyanduId:guid}", async (Guid posyanduId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetLibrary(posyanduId, from, to), ct)))
            .WithName("GetLibrary")
            .WithSummary("A Posyandu's library inventory and activity log (totals per kind: items/quantity, sessions/participants).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(EducationRules.Readers);
}
