namespace Posyandu.Trantibumlinmas.Features.Activities;

/// <summary>
/// Records an activity of the sector at a Posyandu (the sample feature: replace it). Route values in the command, the
/// request body as the nested <see cref="Body"/>, a DTO out. Publishes <see cref="ActivityRecorded"/>.
/// </summary>
public sealed record RecordActivity(Guid PosyanduId, DateOnly Date, int Participants, string? Note) : ICommand<ActivityDto>
{
    public sealed record Body(DateOnly Date, int Participants, string? Note);

    internal sealed class Validator : AbstractValidator<RecordActivity>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Date).NotEqual(default(DateOnly)).WithMessage("date is required.");
            RuleFor(v => v.Date).Must(day => day <= time.Today()).WithMessage("date cannot be in the future.");
            RuleFor(v => v.Participants).InclusiveBetween(1, 10_000).WithMessage("participants must be between 1 and 10000.");
            RuleFor(v => v.Note).MaximumLength(500);
        }
    }

    internal sealed class Handler(TrantibumlinmasDbContext db) : IRequestHandler<RecordActivity, ActivityDto>
    {
        public async Task<ActivityDto> Handle(RecordActivity request, CancellationToken cancellationToken)
        {
            // The query filter hides a Posyandu outside the caller's scope: it is "not found", as for a wrong id.
            var posyandu = await db.Posyandu.SingleOrDefaultAsync(p => p.PosyanduId == request.PosyanduId, cancellationToken)
                           ?? throw new NotFoundException("Posyandu");
            var activity = Activity.Record(posyandu, request.Date, request.Participants, request.Note?.Trim());
            db.Activities.Add(activity);
            db.Publish(new ActivityRecorded(activity.Id, activity.PosyanduId, activity.RegionCode, activity.Date, activity.Participants));
            return ActivityDto.From(activity);
        }
    }
}

internal static class RecordActivityEndpoint
{
    public static void MapRecordActivity(this IEndpointRouteBuilder group) =>
        group.MapPost("/posyandu/{posyanduId:guid}/activities",
                async (Guid posyanduId, RecordActivity.Body body, IMediator mediator, CancellationToken ct) =>
                {
                    var created = await mediator.Send(new RecordActivity(posyanduId, body.Date, body.Participants, body.Note), ct);
                    return TypedResults.Created($"/api/{TrantibumlinmasModule.ModuleName}/activities/{created.Id}", created);
                })
            .WithName("RecordTrantibumlinmasActivity")
            .WithSummary("Record an activity of the sector at a Posyandu.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorWriters(TrantibumlinmasModule.OpdRole);
}
