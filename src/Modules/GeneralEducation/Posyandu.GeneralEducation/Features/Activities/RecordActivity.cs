using Posyandu.GeneralEducation.Catalogue;

namespace Posyandu.GeneralEducation.Features.Activities;

/// <summary>
/// Enters a community-education activity (KIE) at a Posyandu: the topic from the catalogue, the day (ahead, or past),
/// method, target group, facilitator (a kader or an OPD officer, by role) and materials — realising a line of the
/// monthly plan, or as a meeting of a BKB group. Its attendance is recorded once it took place (RecordAttendance).
/// </summary>
public sealed record RecordActivity(Guid PosyanduId, RecordActivity.Body Activity) : ICommand<Activity>
{
    public sealed record Body(
        DateOnly Date, string? Topic, ActivityMethod? Method, TargetGroup? TargetGroup, string? FacilitatorRole, string? FacilitatorName,
        string? Materials, Guid? PlannedActivityId, Guid? BkbGroupId);

    internal sealed class Validator : AbstractValidator<RecordActivity>
    {
        public Validator()
        {
            RuleFor(v => v.Activity.Date).NotEqual(default(DateOnly)).OverridePropertyName("date").WithMessage("date is required.");
            RuleFor(v => v.Activity.Date).MustBeRecordDate().OverridePropertyName("date");
            RuleFor(v => v.Activity.Topic).MustBeTopic().OverridePropertyName("topic");
            RuleFor(v => v.Activity.Method).NotNull().OverridePropertyName("method").WithMessage(ApiNames.OneOf<ActivityMethod>("method"));
            RuleFor(v => v.Activity.TargetGroup).NotNull().OverridePropertyName("targetGroup").WithMessage(ApiNames.OneOf<TargetGroup>("targetGroup"));
            RuleFor(v => v.Activity.FacilitatorRole).MustBeFacilitatorRole().OverridePropertyName("facilitatorRole");
            RuleFor(v => v.Activity.FacilitatorName).MaximumLength(150).OverridePropertyName("facilitatorName");
            RuleFor(v => v.Activity.Materials).MaximumLength(1000).OverridePropertyName("materials");
        }
    }

    internal sealed class Handler(GeneralEducationDbContext db) : IRequestHandler<RecordActivity, Activity>
    {
        public async Task<Activity> Handle(RecordActivity request, CancellationToken cancellationToken)
        {
            var site = await db.ActivePosyanduAsync(request.PosyanduId, cancellationToken);
            var body = request.Activity;
            if (body.BkbGroupId is { } groupId
                && !await db.BkbGroups.AnyAsync(g => g.Id == groupId && g.PosyanduId == site.PosyanduId, cancellationToken))
            {
                throw new NotFoundException("BKB group");
            }

            var topic = TopicCatalogue.Current.Find(body.Topic)!;
            var activity = Domain.Activity.Schedule(site.PosyanduId, site.RegionCode, body.Date, topic.Code, topic.Sector, body.Method!.Value, body.TargetGroup!.Value,
                body.FacilitatorRole!, body.FacilitatorName?.Trim(), body.Materials?.Trim(), body.PlannedActivityId, body.BkbGroupId);
            if (body.PlannedActivityId is { } planId)
            {
                var plan = await db.PlannedActivities.SingleOrDefaultAsync(p => p.Id == planId && p.PosyanduId == site.PosyanduId, cancellationToken)
                           ?? throw new NotFoundException("Planned activity");
                plan.RealiseBy(activity.Id); // counts as held once the activity is (RecordAttendance)
            }

            db.Activities.Add(activity);
            return activity;
        }
    }
}

internal static class RecordActivityEndpoint
{
    public static void MapRecordActivity(this IEndpointRouteBuilder group) =>
        group.MapPost("/posyandu/{posyanduId:guid}/activities",
                async (Guid posyanduId, RecordActivity.Body body, IMediator mediator, CancellationToken ct) =>
                {
                    var activity = await mediator.Send(new RecordActivity(posyanduId, body), ct);
                    return TypedResults.Created($"/api/generaleducation/activities/{activity.Id}", ActivityDto.From(activity));
                })
            .WithName("RecordGeneralEducationActivity")
            .WithSummary("Enter a KIE activity (penyuluhan, diskusi, demonstrasi) or a BKB meeting at a Posyandu: topic, day, facilitator, materials.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.GeneralEducation);
}
