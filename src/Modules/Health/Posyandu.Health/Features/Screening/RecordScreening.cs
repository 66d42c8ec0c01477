namespace Posyandu.Health.Features.Screening;

/// <summary>
/// Records a PTM screening of a resident aged 5 or more (school age and adolescents, adults, elderly): weight and
/// height (→ BMI), blood pressure, random blood glucose and waist circumference, with the risk flags of
/// <see cref="ScreeningRisk"/> and <see cref="BloodPressure"/>; <see cref="ScreeningRecorded"/> tells the DPMD report.
/// </summary>
public sealed record RecordScreening(
    Guid ResidentId, DateOnly ScreenedOn, double? WeightKg, double? HeightCm, int? SystolicMmHg, int? DiastolicMmHg, double? BloodGlucoseMgPerDl, double? WaistCm)
    : ICommand<LifeCycle.Screening>
{
    public sealed record Body(DateOnly? ScreenedOn, double? WeightKg, double? HeightCm, int? SystolicMmHg, int? DiastolicMmHg, double? BloodGlucoseMgPerDl, double? WaistCm);

    internal sealed class Validator : AbstractValidator<RecordScreening>
    {
        public Validator(TimeProvider time)
        {
            this.NotInFuture(v => v.ScreenedOn, time);
            this.Measurement(v => v.WeightKg, 300);
            this.Measurement(v => v.HeightCm, 250);
            this.Measurement(v => v.BloodGlucoseMgPerDl, 1500);
            this.Measurement(v => v.WaistCm, 250);
            this.BloodPressure(v => v.SystolicMmHg, v => v.DiastolicMmHg);
            RuleFor(v => v).Must(v => v.WeightKg is not null || v.HeightCm is not null || v.SystolicMmHg is not null || v.DiastolicMmHg is not null
                                      || v.BloodGlucoseMgPerDl is not null || v.WaistCm is not null)
                .WithMessage("Record at least one measurement.").OverridePropertyName("weightKg");
        }
    }

    internal sealed class Handler(HealthDbContext db) : IRequestHandler<RecordScreening, LifeCycle.Screening>
    {
        public async Task<LifeCycle.Screening> Handle(RecordScreening request, CancellationToken cancellationToken)
        {
            var resident = await db.Residents.SingleOrDefaultAsync(r => r.ResidentId == request.ResidentId, cancellationToken)
                           ?? throw new NotFoundException("Resident");
            var age = resident.AgeYearsOn(request.ScreenedOn);
            if (!resident.Alive || LifeStages.Of(age) is not { } stage)
            {
                throw new BusinessRuleException(resident.Alive
                    ? $"Screening is for residents aged {LifeStages.YoungestScreened} or more on the day; under-fives are served by growth monitoring."
                    : "The resident's death is recorded.");
            }

            var adult = age >= ScreeningRisk.AdultAge;
            double? bmi = request is { WeightKg: { } w, HeightCm: { } h } ? ScreeningRisk.Bmi(w, h) : null;
            var screening = new LifeCycle.Screening
            {
                Id = Guid.CreateVersion7(), ResidentId = resident.ResidentId, PosyanduId = resident.PosyanduId, RegionCode = resident.RegionCode,
                ScreenedOn = request.ScreenedOn, AgeYears = age, Sex = resident.Sex, LifeStage = stage,
                WeightKg = request.WeightKg, HeightCm = request.HeightCm, Bmi = bmi, SystolicMmHg = request.SystolicMmHg,
                DiastolicMmHg = request.DiastolicMmHg, BloodGlucoseMgPerDl = request.BloodGlucoseMgPerDl, WaistCm = request.WaistCm,
                Hypertension = adult && request is { SystolicMmHg: { } sys, DiastolicMmHg: { } dia } ? LifeCycle.BloodPressure.IsHypertensive(sys, dia) : null,
                Obesity = adult && bmi is { } b ? ScreeningRisk.IsObese(b) : null,
                CentralObesity = adult && request.WaistCm is { } waist ? ScreeningRisk.IsCentrallyObese(resident.Sex, waist) : null,
                DiabetesSuspicion = request.BloodGlucoseMgPerDl is { } glucose ? ScreeningRisk.IsDiabetesSuspected(glucose) : null,
            };
            db.Screenings.Add(screening);
            db.Publish(new ScreeningRecorded(
                screening.Id, resident.ResidentId, resident.PosyanduId, resident.RegionCode, Period.Of(request.ScreenedOn).ToString(), request.ScreenedOn,
                resident.Sex.ToApi(), age, stage.ToApi(), screening.Hypertension, screening.Obesity, screening.CentralObesity, screening.DiabetesSuspicion));
            return screening;
        }
    }
}

internal static class RecordScreeningEndpoint
{
    public static void MapRecordScreening(this IEndpointRouteBuilder group) =>
        group.MapPost("/residents/{residentId:guid}/screenings", async (Guid residentId, RecordScreening.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
            {
                var screening = await mediator.Send(new RecordScreening(
                    residentId, body.ScreenedOn ?? time.Today(), body.WeightKg, body.HeightCm, body.SystolicMmHg, body.DiastolicMmHg,
                    body.BloodGlucoseMgPerDl, body.WaistCm), ct);
                return TypedResults.Created($"/api/health/residents/{residentId}/screenings/{screening.Id}", ScreeningDto.From(screening));
            })
            .WithName("RecordScreening")
            .WithSummary("Record a PTM screening (BMI, blood pressure, random glucose, waist) of a resident aged 5+; risk flags are computed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Health);
}
