using Posyandu.Health.Features.Spm;

namespace Posyandu.Health.Features.Immunisation;

/// <summary>
/// Records one dose of the national schedule for a child (at the Posyandu, the puskesmas, or copied from the Buku KIA).
/// A dose the schedule would not count — before the minimum age or interval, past HB-0's 7 days, or before the
/// previous dose of the antigen is recorded — is refused (422) rather than stored and flagged: the puskesmas must
/// not count it towards IDL, and the child needs the dose again at the right time. The checks against the child's
/// record are <see cref="DoseRefusal"/>, which the immunisation-history import's dry run applies too.
/// </summary>
public sealed record RecordImmunisation(
    Guid ResidentId, string? Antigen, int DoseNumber, DateOnly GivenOn, string? BatchNumber, ImmunisationPlace? Place, string? PlaceName)
    : ICommand<ImmunisationDose>
{
    public sealed record Body(string? Antigen, int DoseNumber, DateOnly GivenOn, string? BatchNumber, ImmunisationPlace? Place, string? PlaceName);

    internal sealed class Validator : AbstractValidator<RecordImmunisation>
    {
        public Validator(TimeProvider time)
        {
            var schedule = ImmunisationSchedule.National;
            RuleFor(v => v.Antigen).Must(schedule.HasAntigen)
                .WithMessage($"antigen is one of: {string.Join(", ", schedule.AntigenNames.Keys)}.");
            RuleFor(v => v.DoseNumber).Must((v, dose) => dose >= 1 && dose <= schedule.DoseCount(v.Antigen!))
                .When(v => schedule.HasAntigen(v.Antigen))
                .WithMessage(v => $"{v.Antigen} has doses 1–{schedule.DoseCount(v.Antigen!)} in the national schedule.");
            RuleFor(v => v.DoseNumber).GreaterThanOrEqualTo(1).When(v => !schedule.HasAntigen(v.Antigen));
            RuleFor(v => v.GivenOn).Must(d => d <= time.Today()).WithMessage("givenOn cannot be in the future.");
            RuleFor(v => v.Place).NotNull().WithMessage("place is one of: posyandu, puskesmas, other.");
            RuleFor(v => v.PlaceName).NotEmpty().When(v => v.Place == ImmunisationPlace.Other).WithMessage("Name the place when it is 'other'.");
            RuleFor(v => v.PlaceName).MaximumLength(150);
            RuleFor(v => v.BatchNumber).MaximumLength(40);
        }
    }

    internal sealed class Handler(HealthDbContext db) : IRequestHandler<RecordImmunisation, ImmunisationDose>
    {
        public async Task<ImmunisationDose> Handle(RecordImmunisation request, CancellationToken cancellationToken)
        {
            var schedule = ImmunisationSchedule.National;
            var child = await db.Residents.SingleOrDefaultAsync(r => r.ResidentId == request.ResidentId, cancellationToken)
                        ?? throw new NotFoundException("Resident");
            var antigen = request.Antigen!;
            var history = await db.Immunisations.AsNoTracking().Where(d => d.ResidentId == child.ResidentId)
                .Select(d => new RecordedDose(d.Id, d.Antigen, d.DoseNumber, d.GivenOn)).ToListAsync(cancellationToken);
            if (DoseRefusal.Of(child.BirthDate, history, antigen, request.DoseNumber, request.GivenOn) is { } refusal)
            {
                throw refusal;
            }

            var dose = new ImmunisationDose
            {
                Id = Guid.CreateVersion7(), ResidentId = child.ResidentId, PosyanduId = child.PosyanduId, RegionCode = child.RegionCode,
                Antigen = antigen, DoseNumber = request.DoseNumber, GivenOn = request.GivenOn, AgeDays = request.GivenOn.DayNumber - child.BirthDate.DayNumber,
                BatchNumber = string.IsNullOrWhiteSpace(request.BatchNumber) ? null : request.BatchNumber.Trim(), Place = request.Place!.Value,
                PlaceName = string.IsNullOrWhiteSpace(request.PlaceName) ? null : request.PlaceName.Trim(),
            };
            db.Immunisations.Add(dose);

            // IDL flips from incomplete to complete at most once per child (doses are never recorded twice).
            var before = history.Select(d => new GivenDose(d.Antigen, d.DoseNumber, d.GivenOn)).ToList();
            var after = before.Append(new GivenDose(antigen, dose.DoseNumber, dose.GivenOn)).ToList();
            var completes = schedule.Basic.CompletedOn(before) is null && schedule.Basic.CompleteInTime(child.BirthDate, after);
            db.Publish(new ImmunisationRecorded(
                dose.Id, child.ResidentId, child.PosyanduId, child.RegionCode, Period.Of(dose.GivenOn).ToString(), dose.GivenOn, antigen, dose.DoseNumber,
                dose.AgeDays, completes, completes ? schedule.Basic.CompletedOn(after) : null));
            db.ReportDose(dose, child.BirthDate, completes);
            return dose;
        }
    }
}

internal static class RecordImmunisationEndpoint
{
    public static void MapRecordImmunisation(this IEndpointRouteBuilder group) =>
        group.MapPost("/children/{residentId:guid}/immunisations", async (Guid residentId, RecordImmunisation.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var dose = await mediator.Send(new RecordImmunisation(residentId, body.Antigen, body.DoseNumber, body.GivenOn, body.BatchNumber, body.Place, body.PlaceName), ct);
                return TypedResults.Created($"/api/health/children/{residentId}/immunisations", ImmunisationDoseDto.From(dose));
            })
            .WithName("RecordImmunisation")
            .WithSummary("Record a dose of the national immunisation schedule (antigen, dose number, date, batch, place) for a child.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Health);
}
