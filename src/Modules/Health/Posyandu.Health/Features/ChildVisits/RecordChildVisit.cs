using Posyandu.Health.Growth;

namespace Posyandu.Health.Features.ChildVisits;

/// <summary>
/// Records an under-five's Posyandu-day visit: weighing/measuring and the services given. Age comes from the
/// registry's birth date; the WHO results, the N/T/B/O trend (KBM) and the referral reasons are computed and stored
/// with the visit, and <see cref="Contracts.ChildMeasured"/> tells the DPMD report. Implausible values are kept
/// and flagged (to re-measure), not refused.
/// </summary>
public sealed record RecordChildVisit(Guid ResidentId, RecordChildVisit.Body Visit) : ICommand<ChildVisit>
{
    /// <param name="ArmCircumferenceCm">LiLA, from 6 months.</param>
    /// <param name="ExclusiveBreastfeeding">ASI eksklusif so far; only asked under 6 months.</param>
    /// <param name="VitaminA">A vitamin A capsule was given (February/August rounds, from 6 months).</param>
    /// <param name="Dewormed">Obat cacing was given (from 12 months).</param>
    /// <param name="SupplementaryFood">PMT was given.</param>
    public sealed record Body(
        DateOnly MeasuredOn, double? WeightKg, double? LengthHeightCm, MeasurementPosition? Measurement, bool Oedema, double? HeadCircumferenceCm,
        double? ArmCircumferenceCm = null, bool? ExclusiveBreastfeeding = null, bool VitaminA = false, bool Dewormed = false, bool SupplementaryFood = false);

    internal sealed class Validator : AbstractValidator<RecordChildVisit>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(v => v.Visit.MeasuredOn).Must(d => d <= clock.Today())
                .WithMessage("measuredOn cannot be in the future.").OverridePropertyName("measuredOn");
            // Bounds no child reaches: implausible values inside them are stored and flagged, but 1e308 kg (an
            // infinite BMI) is not a measurement.
            RuleFor(v => v.Visit.WeightKg).GreaterThan(0).LessThanOrEqualTo(ChildMeasurementBounds.MaxWeightKg).When(v => v.Visit.WeightKg is not null).OverridePropertyName("weightKg");
            RuleFor(v => v.Visit.LengthHeightCm).GreaterThanOrEqualTo(ChildMeasurementBounds.MinLengthCm).LessThanOrEqualTo(ChildMeasurementBounds.MaxLengthCm).When(v => v.Visit.LengthHeightCm is not null).OverridePropertyName("lengthHeightCm");
            RuleFor(v => v.Visit.HeadCircumferenceCm).GreaterThan(0).LessThanOrEqualTo(ChildMeasurementBounds.MaxCircumferenceCm).When(v => v.Visit.HeadCircumferenceCm is not null).OverridePropertyName("headCircumferenceCm");
            RuleFor(v => v.Visit.ArmCircumferenceCm).GreaterThan(0).LessThanOrEqualTo(ChildMeasurementBounds.MaxCircumferenceCm).When(v => v.Visit.ArmCircumferenceCm is not null).OverridePropertyName("armCircumferenceCm");
            RuleFor(v => v.Visit).Must(v => v.WeightKg is not null || v.LengthHeightCm is not null || v.HeadCircumferenceCm is not null || v.ArmCircumferenceCm is not null)
                .WithMessage("Record at least one measurement.").OverridePropertyName("weightKg");
        }
    }

    internal sealed class Handler(HealthDbContext db, ChildVisitRecorder recorder) : IRequestHandler<RecordChildVisit, ChildVisit>
    {
        public async Task<ChildVisit> Handle(RecordChildVisit request, CancellationToken cancellationToken)
        {
            var child = await db.Residents.SingleOrDefaultAsync(r => r.ResidentId == request.ResidentId, cancellationToken)
                        ?? throw new NotFoundException("Resident");
            var ageDays = request.Visit.MeasuredOn.DayNumber - child.BirthDate.DayNumber;
            if (!child.Alive || ageDays < 0 || ageDays / GrowthStandards.DaysPerMonth >= GrowthStandards.AgeLimitMonths)
            {
                throw new BusinessRuleException(child.Alive
                    ? "Growth monitoring is for children under five (0–59 months) on the day measured."
                    : "The child's death is recorded.");
            }

            CheckServicesFitAge(request.Visit, ageDays);
            if (request.Visit.VitaminA && await db.Visits.AnyAsync(
                    v => v.ResidentId == child.ResidentId && v.VitaminAIu != null
                         && v.MeasuredOn.Year == request.Visit.MeasuredOn.Year && v.MeasuredOn.Month == request.Visit.MeasuredOn.Month, cancellationToken))
            {
                throw new ConflictException("The child already received this round's vitamin A capsule.");
            }

            return await recorder.RecordAsync(child, ageDays, request.Visit, cancellationToken);
        }

        private static void CheckServicesFitAge(Body visit, int ageDays)
        {
            var errors = new Dictionary<string, string[]>();
            void Check(bool asked, string field, string? error)
            {
                if (asked && error is not null)
                {
                    errors[field] = [error];
                }
            }

            Check(visit.VitaminA, "vitaminA", PosyanduDayServices.CheckVitaminA(visit.MeasuredOn, ageDays));
            Check(visit.Dewormed, "dewormed", PosyanduDayServices.CheckDeworming(ageDays));
            Check(visit.ExclusiveBreastfeeding is not null, "exclusiveBreastfeeding", PosyanduDayServices.CheckExclusiveBreastfeeding(ageDays));
            Check(visit.ArmCircumferenceCm is not null, "armCircumferenceCm", PosyanduDayServices.CheckArmCircumference(ageDays));
            if (errors.Count > 0)
            {
                throw new RequestValidationException(errors);
            }
        }
    }
}

internal static class RecordChildVisitEndpoint
{
    public static void MapRecordChildVisit(this IEndpointRouteBuilder group) =>
        group.MapPost("/children/{residentId:guid}/visits", async (Guid residentId, RecordChildVisit.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var visit = await mediator.Send(new RecordChildVisit(residentId, body), ct);
                return TypedResults.Created($"/api/health/children/{residentId}/visits/{visit.Id}", ChildVisitDto.From(visit));
            })
            .WithName("RecordChildVisit")
            .WithSummary("Record an under-five's Posyandu-day visit; the WHO z-scores, N/T trend and referral reasons are computed and stored with it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Health);
}
