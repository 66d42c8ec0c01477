using Posyandu.GeneralEducation.Features.Spm;

namespace Posyandu.GeneralEducation.Features.Plans;

/// <summary>Takes a line out of a monthly plan (even after the month began); a line already held cannot be cancelled (422).</summary>
public sealed record CancelPlannedActivity(Guid Id, CancelPlannedActivity.Body Cancellation, DateOnly Today) : ICommand<PlannedActivity>
{
    public sealed record Body(string? Reason);

    internal sealed class Validator : AbstractValidator<CancelPlannedActivity>
    {
        public Validator() => RuleFor(v => v.Cancellation.Reason).MaximumLength(500).OverridePropertyName("reason");
    }

    internal sealed class Handler(GeneralEducationDbContext db) : IRequestHandler<CancelPlannedActivity, PlannedActivity>
    {
        public async Task<PlannedActivity> Handle(CancelPlannedActivity request, CancellationToken cancellationToken)
        {
            var plan = await db.PlannedActivities.SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Planned activity");
            plan.Cancel(request.Today, request.Cancellation.Reason?.Trim());
            db.Report(GeneralEducationContributions.Of(plan));
            return plan;
        }
    }
}

internal static class CancelPlannedActivityEndpoint
{
    public static void MapCancelPlannedActivity(this IEndpointRouteBuilder group) =>
        group.MapPost("/planned-activities/{id:guid}/cancel",
                async (Guid id, CancelPlannedActivity.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(PlannedActivityDto.From(await mediator.Send(new CancelPlannedActivity(id, body, time.Today()), ct))))
            .WithName("CancelGeneralEducationPlannedActivity")
            .WithSummary("Cancel a planned activity of a monthly plan (not one already held).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.GeneralEducation);
}
