namespace Posyandu.Education.Features.Library;

/// <summary>Logs a library or learning activity at a Posyandu: visits, digital-literacy sessions, reading, play with APE.</summary>
public sealed record RecordLibraryActivity(Guid PosyanduId, DateOnly Date, LibraryActivityKind? Kind, int Participants, string? Note, DateOnly Today)
    : ICommand<LibraryActivity>
{
    public sealed record Body(DateOnly Date, LibraryActivityKind? Kind, int Participants, string? Note);

    internal sealed class Validator : AbstractValidator<RecordLibraryActivity>
    {
        public Validator()
        {
            RuleFor(v => v.Date).NotEqual(default(DateOnly)).WithMessage("date is required.");
            RuleFor(v => v.Date).Must((v, day) => day <= v.Today).WithMessage("date cannot be in the future.");
            RuleFor(v => v.Kind).NotNull().WithMessage("kind is one of: visit, digitalLiteracy, readingSession, educationalPlay.");
            RuleFor(v => v.Participants).InclusiveBetween(1, 10_000);
            RuleFor(v => v.Note).MaximumLength(1000);
        }
    }

    internal sealed class Handler(EducationDbContext db) : IRequestHandler<RecordLibraryActivity, LibraryActivity>
    {
        public async Task<LibraryActivity> Handle(RecordLibraryActivity request, CancellationToken cancellationToken)
        {
            var site = await db.ActivePosyanduAsync(request.PosyanduId, cancellationToken);
            var activity = new LibraryActivity
            {
                Id = Guid.CreateVersion7(), PosyanduId = site.PosyanduId, RegionCode = site.RegionCode, Date = request.Date,
                Kind = request.Kind!.Value, Participants = request.Participants, Note = request.Note?.Trim(),
            };
            db.LibraryActivities.Add(activity);
            return activity;
        }
    }
}

internal static class RecordLibraryActivityEndpoint
{
    public static void MapRecordLibraryActivity(this IEndpointRouteBuilder group) =>
        group.MapPost("/library/{posyanduId:guid}/activities",
                async (Guid posyanduId, RecordLibraryActivity.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                {
                    var activity = await mediator.Send(new RecordLibraryActivity(posyanduId, body.Date, body.Kind, body.Participants, body.Note, time.Today()), ct);
                    return TypedResults.Created($"/api/education/library/{posyanduId}", LibraryActivityDto.From(activity));
                })
            .WithName("RecordLibraryActivity")
            .WithSummary("Log a library visit, digital-literacy session, reading session or APE play at a Posyandu, with the participants.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Education);
}
