using Posyandu.GeneralEducation.Features.Spm;

namespace Posyandu.GeneralEducation.Features.Plans;

/// <summary>
/// Adds a line to a Posyandu's plan for a month: a topic, its target group and the facilitator's role (and the day, if
/// known). Lines may be added after the month began — the plan counts as it stands (<c>pm-sesi</c>).
/// </summary>
public sealed record AddPlannedActivity(Guid PosyanduId, Period Month, AddPlannedActivity.Body Line) : ICommand<PlannedActivity>
{
    public sealed record Body(string? Topic, TargetGroup? TargetGroup, string? FacilitatorRole, DateOnly? PlannedDate, string? Note);

    internal sealed class Validator : AbstractValidator<AddPlannedActivity>
    {
        public Validator()
        {
            RuleFor(v => v.Month.Year).InclusiveBetween(2000, 2199).OverridePropertyName("period").WithMessage("period must lie in 2000-01..2199-12.");
            RuleFor(v => v.Line.Topic).MustBeTopic().OverridePropertyName("topic");
            RuleFor(v => v.Line.TargetGroup).NotNull().OverridePropertyName("targetGroup").WithMessage(ApiNames.OneOf<TargetGroup>("targetGroup"));
            RuleFor(v => v.Line.FacilitatorRole).MustBeFacilitatorRole().OverridePropertyName("facilitatorRole");
            RuleFor(v => v.Line.PlannedDate).MustBeRecordDate().OverridePropertyName("plannedDate");
            RuleFor(v => v.Line.PlannedDate).Must((v, day) => day is null || v.Month.Contains(day.Value))
                .OverridePropertyName("plannedDate").WithMessage("plannedDate must lie in the planned month.");
            RuleFor(v => v.Line.Note).MaximumLength(500).OverridePropertyName("note");
        }
    }

    internal sealed class Handler(GeneralEducationDbContext db) : IRequestHandler<AddPlannedActivity, PlannedActivity>
    {
        public async Task<PlannedActivity> Handle(AddPlannedActivity request, CancellationToken cancellationToken)
        {
            var site = await db.ActivePosyanduAsync(request.PosyanduId, cancellationToken);
            var line = request.Line;
            var plan = PlannedActivity.Plan(site.PosyanduId, site.RegionCode, request.Month.FirstDay, line.Topic!, line.TargetGroup!.Value,
                line.FacilitatorRole!, line.PlannedDate, line.Note?.Trim());
            db.PlannedActivities.Add(plan);
            db.Report(GeneralEducationContributions.Of(plan));
            return plan;
        }
    }
}

internal static class AddPlannedActivityEndpoint
{
    public static void MapAddPlannedActivity(this IEndpointRouteBuilder group) =>
        group.MapPost("/posyandu/{posyanduId:guid}/plans/{period}/activities",
                async (Guid posyanduId, string period, AddPlannedActivity.Body body, IMediator mediator, CancellationToken ct) =>
                {
                    var plan = await mediator.Send(new AddPlannedActivity(posyanduId, Fields.Parse<Period>(period, "period"), body), ct);
                    return TypedResults.Created($"/api/generaleducation/posyandu/{posyanduId}/plans/{period}", PlannedActivityDto.From(plan));
                })
            .WithName("AddGeneralEducationPlannedActivity")
            .WithSummary("Add a planned activity (topic, target group, facilitator) to a Posyandu's monthly plan of community education.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.GeneralEducation);
}
