using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Posyandu.Health.Anthropometry;
using Posyandu.Health.Contracts;
using Posyandu.Health.Domain;
using Posyandu.Health.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Mediation;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Health.Features.ChildVisits;

/// <summary>
/// Records an under-five's weighing/measuring on Posyandu day. Age comes from the registry's birth date; the WHO
/// results are computed and stored with the visit, and <see cref="ChildMeasured"/> tells the DPMD report.
/// Implausible values are kept and flagged (to re-measure), not refused.
/// </summary>
public sealed record RecordChildVisit(
    Guid ResidentId, DateOnly MeasuredOn, double? WeightKg, double? LengthHeightCm, MeasurementPosition? Measurement, bool Oedema, double? HeadCircumferenceCm)
    : ICommand<ChildVisit>
{
    public sealed record Body(DateOnly MeasuredOn, double? WeightKg, double? LengthHeightCm, MeasurementPosition? Measurement, bool Oedema, double? HeadCircumferenceCm);

    internal sealed class Validator : AbstractValidator<RecordChildVisit>
    {
        public Validator()
        {
            RuleFor(v => v.MeasuredOn).Must(d => d <= DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8))).WithMessage("measuredOn cannot be in the future.");
            RuleFor(v => v.WeightKg).GreaterThan(0).When(v => v.WeightKg is not null);
            RuleFor(v => v.LengthHeightCm).GreaterThan(0).When(v => v.LengthHeightCm is not null);
            RuleFor(v => v.HeadCircumferenceCm).GreaterThan(0).When(v => v.HeadCircumferenceCm is not null);
            RuleFor(v => v).Must(v => v.WeightKg is not null || v.LengthHeightCm is not null || v.HeadCircumferenceCm is not null)
                .WithMessage("Record at least one measurement.").OverridePropertyName("weightKg");
        }
    }

    internal sealed class Handler(HealthDbContext db) : IRequestHandler<RecordChildVisit, ChildVisit>
    {
        public async Task<ChildVisit> Handle(RecordChildVisit request, CancellationToken cancellationToken)
        {
            var child = await db.Residents.SingleOrDefaultAsync(r => r.ResidentId == request.ResidentId, cancellationToken)
                        ?? throw new NotFoundException("Resident");
            var ageDays = request.MeasuredOn.DayNumber - child.BirthDate.DayNumber;
            if (!child.Alive || ageDays < 0 || ageDays / GrowthStandards.DaysPerMonth >= 60)
            {
                throw new BusinessRuleException(child.Alive
                    ? "Growth monitoring is for children under five (0–59 months) on the day measured."
                    : "The child's death is recorded.");
            }

            var result = GrowthStandards.Calculate(new ChildMeasurement(
                child.Sex, ageDays, request.WeightKg, request.LengthHeightCm, request.Measurement, request.Oedema, request.HeadCircumferenceCm));
            IndicatorResult?[] all = [result.WeightForAge, result.LengthHeightForAge, result.WeightForLengthHeight, result.BmiForAge, result.HeadCircumferenceForAge];
            var visit = new ChildVisit
            {
                Id = Guid.CreateVersion7(), ResidentId = child.ResidentId, PosyanduId = child.PosyanduId, RegionCode = child.RegionCode,
                MeasuredOn = request.MeasuredOn, AgeDays = ageDays, WeightKg = request.WeightKg, LengthHeightCm = request.LengthHeightCm,
                Position = request.Measurement?.ToString().ToLowerInvariant(), Oedema = request.Oedema, HeadCircumferenceCm = request.HeadCircumferenceCm,
                WeightForAgeZ = result.WeightForAge?.Z, LengthHeightForAgeZ = result.LengthHeightForAge?.Z,
                WeightForLengthHeightZ = result.WeightForLengthHeight?.Z, BmiForAgeZ = result.BmiForAge?.Z,
                HeadCircumferenceForAgeZ = result.HeadCircumferenceForAge?.Z, Flagged = all.Any(i => i?.Flagged == true),
            };
            db.Visits.Add(visit);
            db.Publish(new ChildMeasured(
                visit.Id, child.ResidentId, child.PosyanduId, child.RegionCode, Period.Of(request.MeasuredOn).ToString(), request.MeasuredOn,
                child.Sex.ToApi(), ageDays, request.WeightKg is not null, request.LengthHeightCm is not null,
                visit.WeightForAgeZ, visit.LengthHeightForAgeZ, visit.WeightForLengthHeightZ, request.Oedema,
                Underweight: result.WeightForAge is { Flagged: false, Z: < -2 },
                Stunted: result.LengthHeightForAge is { Flagged: false, Z: < -2 },
                // WHO: oedema counts as severe wasting in prevalence.
                Wasted: request.Oedema || result.WeightForLengthHeight is { Flagged: false, Z: < -2 }));
            return visit;
        }
    }
}

internal static class RecordChildVisitEndpoint
{
    public static void MapRecordChildVisit(this IEndpointRouteBuilder group) =>
        group.MapPost("/children/{residentId:guid}/visits", async (Guid residentId, RecordChildVisit.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var visit = await mediator.Send(new RecordChildVisit(residentId, body.MeasuredOn, body.WeightKg, body.LengthHeightCm, body.Measurement, body.Oedema, body.HeadCircumferenceCm), ct);
                return TypedResults.Created($"/api/health/children/{residentId}/visits/{visit.Id}", visit);
            })
            .WithName("RecordChildVisit")
            .WithSummary("Record an under-five's weighing/measuring; the WHO z-scores are computed and stored with it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Health);
}
