using Posyandu.SharedKernel.Web;

namespace Posyandu.Education.Features.OutOfSchool;

/// <summary>Adds a follow-up action (home visit, talk with the school, Paket registration…) to an open case.</summary>
public sealed record RecordFollowUpAction(Guid CaseId, DateOnly Date, string? Action) : ICommand<OutOfSchoolCase>
{
    public sealed record Body(DateOnly Date, string? Action);

    internal sealed class Validator : AbstractValidator<RecordFollowUpAction>
    {
        public Validator()
        {
            RuleFor(v => v.Date).NotEqual(default(DateOnly)).WithMessage("date is required.");
            RuleFor(v => v.Action).NotEmpty().MaximumLength(1000);
        }
    }

    internal sealed class Handler(EducationDbContext db, ICurrentUser user) : IRequestHandler<RecordFollowUpAction, OutOfSchoolCase>
    {
        public async Task<OutOfSchoolCase> Handle(RecordFollowUpAction request, CancellationToken cancellationToken)
        {
            var found = await db.OutOfSchoolCases.SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
                        ?? throw new NotFoundException("Out-of-school case");
            if (!found.IsOpen)
            {
                throw new ConflictException("The case is resolved; open a new one if the child left school again.");
            }

            if (request.Date < found.IdentifiedOn)
            {
                throw RequestValidationException.For("date", $"date cannot be before the case was identified ({found.IdentifiedOn:yyyy-MM-dd}).");
            }

            found.Actions.Add(new FollowUpAction { Id = Guid.CreateVersion7(), Date = request.Date, Action = request.Action!.Trim(), RecordedBy = user.Id });
            return found;
        }
    }
}

internal static class RecordFollowUpActionEndpoint
{
    public static void MapRecordFollowUpAction(this IEndpointRouteBuilder group) =>
        group.MapPost("/out-of-school/cases/{id:guid}/actions", async (Guid id, RecordFollowUpAction.Body body, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var saved = await mediator.Send(new RecordFollowUpAction(id, body.Date, body.Action), ct);
                response.SetETag(saved); // the action moved the case's version
                return TypedResults.Ok(OutOfSchoolCaseDto.From(saved));
            })
            .WithName("RecordOutOfSchoolFollowUp")
            .WithSummary("Add a follow-up action to an open out-of-school case.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireSectorWriters(Roles.Education);
}
