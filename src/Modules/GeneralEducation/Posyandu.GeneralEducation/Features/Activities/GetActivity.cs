namespace Posyandu.GeneralEducation.Features.Activities;

/// <summary>One activity with its attendance (residents by id); 404 when it does not exist or lies outside the caller's scope.</summary>
public sealed record GetActivity(Guid Id) : IQuery<ActivityDto>
{
    internal sealed class Handler(GeneralEducationDbContext db) : IRequestHandler<GetActivity, ActivityDto>
    {
        public async Task<ActivityDto> Handle(GetActivity request, CancellationToken cancellationToken) =>
            ActivityDto.From(await db.Activities.AsNoTracking().Include(a => a.Attendance).SingleOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
                             ?? throw new NotFoundException("Activity"));
    }
}

internal static class GetActivityEndpoint
{
    public static void MapGetActivity(this IEndpointRouteBuilder group) =>
        group.MapGet("/activities/{id:guid}",
                async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetActivity(id), ct)))
            .WithName("GetGeneralEducationActivity")
            .WithSummary("One community-education activity with its attendance and knowledge gain.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(GeneralEducationRules.Readers);
}
