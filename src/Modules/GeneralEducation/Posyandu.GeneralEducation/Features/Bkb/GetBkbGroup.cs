namespace Posyandu.GeneralEducation.Features.Bkb;

/// <summary>A BKB group with its members and its meetings (the activities held for it).</summary>
public sealed record GetBkbGroup(Guid Id) : IQuery<BkbGroupDto>
{
    internal sealed class Handler(GeneralEducationDbContext db) : IRequestHandler<GetBkbGroup, BkbGroupDto>
    {
        public async Task<BkbGroupDto> Handle(GetBkbGroup request, CancellationToken cancellationToken)
        {
            var group = await db.BkbGroups.AsNoTracking().Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == request.Id, cancellationToken)
                        ?? throw new NotFoundException("BKB group");
            var meetings = await db.Activities.AsNoTracking().Where(a => a.BkbGroupId == group.Id).OrderBy(a => a.Date)
                .Select(a => new BkbMeetingDto(a.Id, a.Date, a.TopicCode, a.Status, a.Attendance.Count)).ToListAsync(cancellationToken);
            return BkbGroupDto.From(group, meetings);
        }
    }
}

internal static class GetBkbGroupEndpoint
{
    public static void MapGetBkbGroup(this IEndpointRouteBuilder group) =>
        group.MapGet("/bkb-groups/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetBkbGroup(id), ct)))
            .WithName("GetGeneralEducationBkbGroup")
            .WithSummary("A BKB group: its age band, members (parents with their under-fives) and meetings.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(GeneralEducationRules.Readers);
}
