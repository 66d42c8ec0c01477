namespace Posyandu.Housing.Features.Rehabilitations;

/// <summary>
/// Starts the rehabilitation (bedah rumah) of a house that is RTLH on the start day, under a programme (BSPS APBN,
/// APBD, Dana Desa, CSR, Baznas, swadaya) with a planned budget. One at a time per household, and never overlapping
/// an earlier one. Publishes <see cref="RehabilitationStarted"/>.
/// </summary>
public sealed record StartRehabilitation(
    Guid HouseholdId, DateOnly StartedOn, RehabilitationProgramme? Programme, long? PlannedBudgetRupiah, string? Note, DateOnly Today)
    : ICommand<Rehabilitation>
{
    public sealed record Body(DateOnly StartedOn, RehabilitationProgramme? Programme, long? PlannedBudgetRupiah, string? Note);

    internal sealed class Validator : AbstractValidator<StartRehabilitation>
    {
        public Validator()
        {
            RuleFor(v => v.StartedOn).NotEqual(default(DateOnly)).WithMessage("startedOn is required.");
            RuleFor(v => v.StartedOn).Must((v, day) => day <= v.Today).WithMessage("startedOn cannot be in the future.");
            RuleFor(v => v.Programme).NotNull().WithMessage(ApiNames.OneOf<RehabilitationProgramme>("programme"));
            RuleFor(v => v.PlannedBudgetRupiah).NotNull().WithMessage("plannedBudgetRupiah is required (whole rupiah).")
                .InclusiveBetween(1, Rehabilitation.MaxRupiah).WithMessage($"plannedBudgetRupiah is 1–{Rehabilitation.MaxRupiah:N0} rupiah.");
            RuleFor(v => v.Note).MaximumLength(1000);
        }
    }

    internal sealed class Handler(HousingDbContext db) : IRequestHandler<StartRehabilitation, Rehabilitation>
    {
        public async Task<Rehabilitation> Handle(StartRehabilitation request, CancellationToken cancellationToken)
        {
            var household = await db.HouseholdAsync(request.HouseholdId, cancellationToken);
            var (assessments, rehabilitations) = await db.HistoryAsync(household.HouseholdId, cancellationToken);
            if (rehabilitations.FirstOrDefault(r => r.Status == RehabilitationStatus.InProgress) is { } running)
            {
                throw new ConflictException($"The house already has a rehabilitation in progress (since {running.StartedOn:yyyy-MM-dd}); complete or cancel it first.");
            }

            if (rehabilitations.FirstOrDefault(r => request.StartedOn < (r.CompletedOn ?? r.CancelledOn)) is { } earlier)
            {
                throw new ConflictException(
                    $"A rehabilitation ran until {earlier.CompletedOn ?? earlier.CancelledOn:yyyy-MM-dd}; a new one starts on or after that day.");
            }

            var state = HouseStatus.On(request.StartedOn, assessments, rehabilitations);
            if (state.Assessment is not { } assessment)
            {
                throw new BusinessRuleException($"The house has no assessment on or before {request.StartedOn:yyyy-MM-dd}: only an RTLH house can enter a rehabilitation.");
            }

            if (!state.IsRtlh)
            {
                throw new BusinessRuleException(assessment.IsRtlh
                    ? "The house was rehabilitated after its last assessment: assess it again before a new rehabilitation."
                    : $"Only an RTLH house can enter a rehabilitation; the assessment of {assessment.AssessedOn:yyyy-MM-dd} found it layak huni.");
            }

            var rehabilitation = new Rehabilitation
            {
                Id = Guid.CreateVersion7(), HouseholdId = household.HouseholdId, PosyanduId = household.PosyanduId, RegionCode = household.RegionCode,
                AssessmentId = assessment.Id, Programme = request.Programme!.Value, StartedOn = request.StartedOn,
                PlannedBudgetRupiah = request.PlannedBudgetRupiah!.Value, Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
                Status = RehabilitationStatus.InProgress,
            };
            db.Rehabilitations.Add(rehabilitation);
            db.Publish(new RehabilitationStarted(
                rehabilitation.Id, household.HouseholdId, household.PosyanduId, household.RegionCode, assessment.Id, rehabilitation.StartedOn,
                rehabilitation.Programme.ToApi(), rehabilitation.PlannedBudgetRupiah, Period.Of(rehabilitation.StartedOn).ToString()));
            return rehabilitation;
        }
    }
}

internal static class StartRehabilitationEndpoint
{
    public static void MapStartRehabilitation(this IEndpointRouteBuilder group) =>
        group.MapPost("/households/{householdId:guid}/rehabilitations",
                async (Guid householdId, StartRehabilitation.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                {
                    var started = await mediator.Send(new StartRehabilitation(
                        householdId, body.StartedOn, body.Programme, body.PlannedBudgetRupiah, body.Note, time.Today()), ct);
                    return TypedResults.Created($"/api/housing/households/{householdId}", RehabilitationDto.From(started));
                })
            .WithName("StartRehabilitation")
            .WithSummary("Start the rehabilitation (bedah rumah) of an RTLH house: programme (bspsApbn, apbdProvinsi, apbdKabupaten, danaDesa, csr, baznas, swadaya) and planned budget.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Housing);
}
