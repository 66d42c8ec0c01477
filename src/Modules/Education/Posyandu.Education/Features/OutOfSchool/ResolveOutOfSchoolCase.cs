using Posyandu.Education.Features.Spm;

namespace Posyandu.Education.Features.OutOfSchool;

/// <summary>
/// Closes a case with its outcome: back in school, pendidikan kesetaraan (Paket A/B/C) or vocational training.
/// Publishes <see cref="OutOfSchoolChildResolved"/>.
/// </summary>
public sealed record ResolveOutOfSchoolCase(Guid CaseId, DateOnly ResolvedOn, OutOfSchoolOutcome? Outcome, string? Note, DateOnly Today)
    : ICommand<OutOfSchoolCase>
{
    public sealed record Body(DateOnly ResolvedOn, OutOfSchoolOutcome? Outcome, string? Note);

    internal sealed class Validator : AbstractValidator<ResolveOutOfSchoolCase>
    {
        public Validator()
        {
            RuleFor(v => v.ResolvedOn).NotEqual(default(DateOnly)).WithMessage("resolvedOn is required.");
            RuleFor(v => v.ResolvedOn).Must((v, day) => day <= v.Today).WithMessage("resolvedOn cannot be in the future.");
            RuleFor(v => v.Outcome).NotNull().WithMessage("outcome is one of: returnedToSchool, paketA, paketB, paketC, vocational.");
            RuleFor(v => v.Note).MaximumLength(1000);
        }
    }

    internal sealed class Handler(EducationDbContext db) : IRequestHandler<ResolveOutOfSchoolCase, OutOfSchoolCase>
    {
        public async Task<OutOfSchoolCase> Handle(ResolveOutOfSchoolCase request, CancellationToken cancellationToken)
        {
            var found = await db.OutOfSchoolCases.SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
                        ?? throw new NotFoundException("Out-of-school case");
            if (!found.IsOpen)
            {
                throw new ConflictException("The case is already resolved.");
            }

            if (request.ResolvedOn < found.IdentifiedOn)
            {
                throw RequestValidationException.For("resolvedOn", $"resolvedOn cannot be before the case was identified ({found.IdentifiedOn:yyyy-MM-dd}).");
            }

            (found.ResolvedOn, found.Outcome, found.OutcomeNote) = (request.ResolvedOn, request.Outcome!.Value, request.Note?.Trim());
            db.Publish(new OutOfSchoolChildResolved(
                found.Id, found.ResidentId, found.PosyanduId, found.RegionCode, found.IdentifiedOn, request.ResolvedOn,
                found.Reason.ToApi(), request.Outcome.Value.ToApi(), Period.Of(request.ResolvedOn).ToString()));
            db.ReportCase(found);
            return found;
        }
    }
}

internal static class ResolveOutOfSchoolCaseEndpoint
{
    public static void MapResolveOutOfSchoolCase(this IEndpointRouteBuilder group) =>
        group.MapPost("/out-of-school/cases/{id:guid}/resolve",
                async (Guid id, ResolveOutOfSchoolCase.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(OutOfSchoolCaseDto.From(await mediator.Send(new ResolveOutOfSchoolCase(id, body.ResolvedOn, body.Outcome, body.Note, time.Today()), ct))))
            .WithName("ResolveOutOfSchoolCase")
            .WithSummary("Close an out-of-school case with its outcome: returnedToSchool, paketA, paketB, paketC or vocational.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireSectorWriters(Roles.Education);
}
