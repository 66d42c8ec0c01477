using Posyandu.Education.Features.Spm;

namespace Posyandu.Education.Features.OutOfSchool;

/// <summary>
/// Records that a child aged 7–18 is not in school, and why. One open case per child; the referral to Dinas
/// Pendidikan is a <c>return-to-school</c> service request. Publishes <see cref="OutOfSchoolChildIdentified"/>.
/// </summary>
public sealed record IdentifyOutOfSchoolChild(Guid ResidentId, DateOnly IdentifiedOn, OutOfSchoolReason? Reason, string? Note, DateOnly Today)
    : ICommand<OutOfSchoolCase>
{
    public sealed record Body(DateOnly IdentifiedOn, OutOfSchoolReason? Reason, string? Note);

    internal sealed class Validator : AbstractValidator<IdentifyOutOfSchoolChild>
    {
        public Validator()
        {
            RuleFor(v => v.IdentifiedOn).NotEqual(default(DateOnly)).WithMessage("identifiedOn is required.");
            RuleFor(v => v.IdentifiedOn).Must((v, day) => day <= v.Today).WithMessage("identifiedOn cannot be in the future.");
            RuleFor(v => v.Reason).NotNull().WithMessage("reason is one of: cost, distance, work, disability, marriage, other.");
            RuleFor(v => v.Note).MaximumLength(1000);
            RuleFor(v => v.Note).NotEmpty().WithMessage("Describe the reason when it is 'other'.").When(v => v.Reason == OutOfSchoolReason.Other);
        }
    }

    internal sealed class Handler(EducationDbContext db) : IRequestHandler<IdentifyOutOfSchoolChild, OutOfSchoolCase>
    {
        public async Task<OutOfSchoolCase> Handle(IdentifyOutOfSchoolChild request, CancellationToken cancellationToken)
        {
            var child = await db.ResidentAsync(request.ResidentId, cancellationToken);
            var age = child.AgeYearsOn(request.IdentifiedOn);
            if (!child.Alive || age is < OutOfSchoolCase.MinAgeYears or > OutOfSchoolCase.MaxAgeYears)
            {
                throw new BusinessRuleException(child.Alive
                    ? $"Out-of-school children are {OutOfSchoolCase.MinAgeYears}–{OutOfSchoolCase.MaxAgeYears} years old; this resident is {age}."
                    : "The resident's death is recorded.");
            }

            // Unscoped: a case left open at the Posyandu the family lived at before is still the child's open case.
            if (await db.OutOfSchoolCases.IgnoreQueryFilters().AnyAsync(c => c.ResidentId == child.ResidentId && c.ResolvedOn == null, cancellationToken))
            {
                throw new ConflictException("The child already has an open out-of-school case; add follow-up actions to it.");
            }

            var found = new OutOfSchoolCase
            {
                Id = Guid.CreateVersion7(), ResidentId = child.ResidentId, PosyanduId = child.PosyanduId, RegionCode = child.RegionCode,
                IdentifiedOn = request.IdentifiedOn, AgeYears = age, Reason = request.Reason!.Value, Note = request.Note?.Trim(),
            };
            db.OutOfSchoolCases.Add(found);
            db.Publish(new OutOfSchoolChildIdentified(
                found.Id, child.ResidentId, child.PosyanduId, child.RegionCode, found.IdentifiedOn, found.Reason.ToApi(), age,
                Period.Of(found.IdentifiedOn).ToString()));
            db.ReportCase(found);
            return found;
        }
    }
}

internal static class IdentifyOutOfSchoolChildEndpoint
{
    public static void MapIdentifyOutOfSchoolChild(this IEndpointRouteBuilder group) =>
        group.MapPost("/out-of-school/children/{residentId:guid}/cases",
                async (Guid residentId, IdentifyOutOfSchoolChild.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                {
                    var found = await mediator.Send(new IdentifyOutOfSchoolChild(residentId, body.IdentifiedOn, body.Reason, body.Note, time.Today()), ct);
                    return TypedResults.Created($"/api/education/out-of-school/cases/{found.Id}", OutOfSchoolCaseDto.From(found));
                })
            .WithName("IdentifyOutOfSchoolChild")
            .WithSummary("Record an out-of-school child (7–18) with the reason: cost, distance, work, disability, marriage, other.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Education);
}
