namespace Posyandu.Trantibumlinmas.Features.Activities;

/// <summary>An activity as the API shows it: never the EF entity, so the contract does not change when a column does.</summary>
public sealed record ActivityDto(Guid Id, Guid PosyanduId, string RegionCode, DateOnly Date, int Participants, string? Note)
{
    internal static ActivityDto From(Activity a) => new(a.Id, a.PosyanduId, a.RegionCode, a.Date, a.Participants, a.Note);
}

/// <summary>One activity; 404 when it does not exist or lies outside the caller's scope.</summary>
public sealed record GetActivity(Guid Id) : IQuery<ActivityDto>
{
    internal sealed class Handler(TrantibumlinmasDbContext db) : IRequestHandler<GetActivity, ActivityDto>
    {
        public async Task<ActivityDto> Handle(GetActivity request, CancellationToken cancellationToken) =>
            ActivityDto.From(await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
                             ?? throw new NotFoundException("Activity"));
    }
}

internal static class GetActivityEndpoint
{
    public static void MapGetActivity(this IEndpointRouteBuilder group) =>
        group.MapGet("/activities/{id:guid}",
                async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetActivity(id), ct)))
            .WithName("GetTrantibumlinmasActivity")
            .WithSummary("One activity of the sector.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(TrantibumlinmasModule.OpdRole, Roles.Dpmd, Roles.Kader);
}
