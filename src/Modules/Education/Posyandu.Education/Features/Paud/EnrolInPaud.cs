using Posyandu.Education.Features.Spm;

namespace Posyandu.Education.Features.Paud;

/// <summary>
/// Records a child's enrolment in an early-childhood institution (TK, KB, TPA, SPS/PAUD Posyandu). PAUD is for
/// children under seven on the start date; a past enrolment may be recorded with its end date at once.
/// Publishes <see cref="PaudEnrolmentStarted"/> (and <see cref="PaudEnrolmentEnded"/> when it is already over).
/// </summary>
public sealed record EnrolInPaud(
    Guid ResidentId, string? InstitutionName, string? Npsn, PaudInstitutionType? InstitutionType, DateOnly StartDate, DateOnly? EndDate,
    PaudEnrolmentStatus? EndStatus) : ICommand<PaudEnrolment>
{
    public sealed record Body(string? InstitutionName, string? Npsn, PaudInstitutionType? InstitutionType, DateOnly StartDate, DateOnly? EndDate, PaudEnrolmentStatus? EndStatus);

    internal sealed class Validator : AbstractValidator<EnrolInPaud>
    {
        public Validator()
        {
            RuleFor(v => v.InstitutionName).NotEmpty().MaximumLength(150);
            RuleFor(v => v.Npsn).Matches("^[0-9]{8}$").WithMessage("npsn is the 8-digit Nomor Pokok Sekolah Nasional.").When(v => v.Npsn is not null);
            RuleFor(v => v.InstitutionType).NotNull().WithMessage("institutionType is one of: tk, kb, tpa, sps.");
            RuleFor(v => v.StartDate).NotEqual(default(DateOnly)).WithMessage("startDate is required.").MustBeRecordDate();
            RuleFor(v => v.EndDate).MustBeRecordDate();
            RuleFor(v => v.EndDate).Must((v, end) => end >= v.StartDate).WithMessage("endDate cannot be before startDate.").When(v => v.EndDate is not null);
            RuleFor(v => v.EndStatus).Must(s => s != PaudEnrolmentStatus.Active).WithMessage("endStatus is completed or withdrawn.")
                .When(v => v.EndStatus is not null);
            RuleFor(v => v.EndStatus).Null().WithMessage("endStatus goes with an endDate.").When(v => v.EndDate is null);
        }
    }

    internal sealed class Handler(EducationDbContext db) : IRequestHandler<EnrolInPaud, PaudEnrolment>
    {
        public async Task<PaudEnrolment> Handle(EnrolInPaud request, CancellationToken cancellationToken)
        {
            var child = await db.ResidentAsync(request.ResidentId, cancellationToken);
            if (!child.Alive)
            {
                throw new BusinessRuleException("The child's death is recorded.");
            }

            if (request.StartDate < child.BirthDate || child.AgeYearsOn(request.StartDate) >= PaudEnrolment.AgeLimitYears)
            {
                throw new BusinessRuleException(
                    $"PAUD is for children under {PaudEnrolment.AgeLimitYears} on the start date; this child is {child.AgeYearsOn(request.StartDate)}.");
            }

            var end = request.EndDate ?? DateOnly.MaxValue;
            // Unscoped: an enrolment recorded at the Posyandu the family lived at before still overlaps.
            var overlapping = await db.Enrolments.IgnoreQueryFilters().AnyAsync(
                e => e.ResidentId == child.ResidentId && e.StartDate <= end && (e.EndDate == null || e.EndDate >= request.StartDate), cancellationToken);
            if (overlapping)
            {
                throw new ConflictException("The child already has an enrolment in that time; end it first.");
            }

            var enrolment = new PaudEnrolment
            {
                Id = Guid.CreateVersion7(), ResidentId = child.ResidentId, PosyanduId = child.PosyanduId, RegionCode = child.RegionCode,
                InstitutionName = request.InstitutionName!.Trim(), Npsn = request.Npsn, InstitutionType = request.InstitutionType!.Value,
                StartDate = request.StartDate, EndDate = request.EndDate,
                Status = request.EndDate is null ? PaudEnrolmentStatus.Active : request.EndStatus ?? PaudEnrolmentStatus.Completed,
            };
            db.Enrolments.Add(enrolment);
            db.Publish(new PaudEnrolmentStarted(
                enrolment.Id, child.ResidentId, child.PosyanduId, child.RegionCode, enrolment.StartDate, enrolment.InstitutionCode,
                child.AgeMonthsOn(enrolment.StartDate), Period.Of(enrolment.StartDate).ToString()));
            if (enrolment.EndDate is { } ended)
            {
                db.Publish(EndPaudEnrolment.EndedEvent(enrolment, ended));
            }

            await db.ReportEnrolmentAsync(enrolment, cancellationToken);

            return enrolment;
        }
    }
}

internal static class EnrolInPaudEndpoint
{
    public static void MapEnrolInPaud(this IEndpointRouteBuilder group) =>
        group.MapPost("/paud/children/{residentId:guid}/enrolments", async (Guid residentId, EnrolInPaud.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var enrolment = await mediator.Send(new EnrolInPaud(
                    residentId, body.InstitutionName, body.Npsn, body.InstitutionType, body.StartDate, body.EndDate, body.EndStatus), ct);
                return TypedResults.Created($"/api/education/paud/enrolments/{enrolment.Id}", PaudEnrolmentDto.From(enrolment));
            })
            .WithName("EnrolInPaud")
            .WithSummary("Record a child's enrolment in a PAUD institution (TK, KB, TPA, SPS); children under seven on the start date.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Education);
}
