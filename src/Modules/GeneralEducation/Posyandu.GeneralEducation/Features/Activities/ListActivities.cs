namespace Posyandu.GeneralEducation.Features.Activities;

/// <summary>A Posyandu's activities between two days (default: this month), newest first, without the attendance lists.</summary>
public sealed record ListActivities(Guid PosyanduId, DateOnly From, DateOnly To, string? Sector) : IQuery<IReadOnlyList<ListActivities.Item>>
{
    public sealed record Item(
        Guid Id, DateOnly Date, string Topic, string SectorTag, ActivityMethod Method, TargetGroup TargetGroup, string FacilitatorRole,
        Guid? PlannedActivityId, Guid? BkbGroupId, ActivityStatus Status, int Attendees, int Guests);

    internal sealed class Validator : AbstractValidator<ListActivities>
    {
        public Validator()
        {
            RuleFor(v => v.To).GreaterThanOrEqualTo(v => v.From).WithMessage("to cannot be before from.");
            RuleFor(v => v.Sector).MaximumLength(40).WithMessage("sector is a tag of the topic catalogue.");
        }
    }

    internal sealed class Handler(GeneralEducationDbContext db) : IRequestHandler<ListActivities, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(ListActivities request, CancellationToken cancellationToken)
        {
            var site = await db.PosyanduAsync(request.PosyanduId, cancellationToken);
            var activities = db.Activities.AsNoTracking().Where(a => a.PosyanduId == site.PosyanduId && a.Date >= request.From && a.Date <= request.To);
            if (request.Sector is { } sector) activities = activities.Where(a => a.SectorTag == sector);
            return await activities.OrderByDescending(a => a.Date).ThenBy(a => a.Id).Take(1000)
                .Select(a => new Item(a.Id, a.Date, a.TopicCode, a.SectorTag, a.Method, a.TargetGroup, a.FacilitatorRole, a.PlannedActivityId, a.BkbGroupId,
                    a.Status, a.Attendance.Count, a.Guests))
                .ToListAsync(cancellationToken);
        }
    }
}

internal static class ListActivitiesEndpoint
{
    public static void MapListActivities(this IEndpointRouteBuilder group) =>
        group.MapGet("/posyandu/{posyanduId:guid}/activities",
                async (Guid posyanduId, DateOnly? from, DateOnly? to, string? sector, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                {
                    var month = Period.Of(time.Today());
                    return TypedResults.Ok(await mediator.Send(new ListActivities(posyanduId, from ?? month.FirstDay, to ?? month.LastDay, sector), ct));
                })
            .WithName("ListGeneralEducationActivities")
            .WithSummary("A Posyandu's community-education activities in a date range (default: this month), optionally of one sector tag.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(GeneralEducationRules.Readers);
}
