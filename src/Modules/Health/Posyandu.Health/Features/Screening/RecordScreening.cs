using Posyandu.Health.Features.Spm;

namespace Posyandu.Health.Features.Screening;

/// <summary>
/// Records a PTM screening of a resident aged 5 or more (school age and adolescents, adults, elderly): weight and
/// height (→ BMI), blood pressure, random blood glucose and waist circumference, with the risk flags of
/// <see cref="ScreeningRisk"/> and <see cref="BloodPressure"/>; at 5–17 years IMT/U and TB/U with thinness and
/// obesity (<see cref="ScreeningGrowth"/>); haemoglobin (<see cref="Anaemia"/>) and the iron tablets (TTD) given to
/// remaja putri and women, as the ILP asks. <see cref="ScreeningRecorded"/> tells the DPMD report.
/// </summary>
public sealed record RecordScreening(
    Guid ResidentId, DateOnly ScreenedOn, double? WeightKg, double? HeightCm, int? SystolicMmHg, int? DiastolicMmHg, double? BloodGlucoseMgPerDl, double? WaistCm,
    double? HbGPerDl = null, int? IronTabletsGiven = null)
    : ICommand<LifeCycle.Screening>
{
    /// <summary>Most iron tablets given at once: a term's weekly TTD (one a week, Kemenkes 2018), with margin.</summary>
    public const int MaxIronTablets = 52;

    public sealed record Body(
        DateOnly? ScreenedOn, double? WeightKg, double? HeightCm, int? SystolicMmHg, int? DiastolicMmHg, double? BloodGlucoseMgPerDl, double? WaistCm,
        double? HbGPerDl = null, int? IronTabletsGiven = null);

    internal sealed class Validator : AbstractValidator<RecordScreening>
    {
        public Validator(TimeProvider time)
        {
            this.NotInFuture(v => v.ScreenedOn, time);
            this.Measurement(v => v.WeightKg, 300);
            this.Measurement(v => v.HeightCm, 250, min: 1);
            this.Measurement(v => v.BloodGlucoseMgPerDl, 1500);
            this.Measurement(v => v.WaistCm, 250);
            this.Measurement(v => v.HbGPerDl, 25);
            RuleFor(v => v.IronTabletsGiven).InclusiveBetween(1, MaxIronTablets).When(v => v.IronTabletsGiven is not null);
            this.BloodPressure(v => v.SystolicMmHg, v => v.DiastolicMmHg);
            RuleFor(v => v).Must(v => v.WeightKg is not null || v.HeightCm is not null || v.SystolicMmHg is not null || v.DiastolicMmHg is not null
                                      || v.BloodGlucoseMgPerDl is not null || v.WaistCm is not null || v.HbGPerDl is not null
                                      || v.IronTabletsGiven is not null)
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

            if (request.IronTabletsGiven is not null && resident.Sex != Sex.Female)
            {
                throw new BusinessRuleException("Iron tablets (TTD) are given to adolescent girls and women.");
            }

            var adult = age >= ScreeningRisk.AdultAge;
            double? bmi = request is { WeightKg: { } w, HeightCm: { } h } ? ScreeningRisk.Bmi(w, h) : null;
            var growth = ScreeningGrowth.Of(resident.Sex, resident.BirthDate, request.ScreenedOn, age, request.WeightKg, request.HeightCm, bmi);
            var screening = new LifeCycle.Screening
            {
                Id = Guid.CreateVersion7(), ResidentId = resident.ResidentId, PosyanduId = resident.PosyanduId, RegionCode = resident.RegionCode,
                ScreenedOn = request.ScreenedOn, AgeYears = age, Sex = resident.Sex, LifeStage = stage,
                WeightKg = request.WeightKg, HeightCm = request.HeightCm, Bmi = bmi, SystolicMmHg = request.SystolicMmHg,
                DiastolicMmHg = request.DiastolicMmHg, BloodGlucoseMgPerDl = request.BloodGlucoseMgPerDl, WaistCm = request.WaistCm,
                Hypertension = adult && request is { SystolicMmHg: { } sys, DiastolicMmHg: { } dia } ? LifeCycle.BloodPressure.IsHypertensive(sys, dia) : null,
                Obesity = growth.Obesity,
                CentralObesity = adult && request.WaistCm is { } waist ? ScreeningRisk.IsCentrallyObese(resident.Sex, waist) : null,
                DiabetesSuspicion = request.BloodGlucoseMgPerDl is { } glucose ? ScreeningRisk.IsDiabetesSuspected(glucose) : null,
                HeightForAgeZ = growth.HeightForAgeZ, BmiForAgeZ = growth.BmiForAgeZ, BmiForAgeFlagged = growth.BmiForAgeFlagged,
                BmiCategory = growth.BmiCategory, Thinness = growth.Thinness, HbGPerDl = request.HbGPerDl,
                Anaemia = request.HbGPerDl is { } hb ? Anaemia.IsAnaemic(resident.Sex, age, hb) : null, IronTabletsGiven = request.IronTabletsGiven,
            };
            db.Screenings.Add(screening);
            db.Publish(new ScreeningRecorded(
                screening.Id, resident.ResidentId, resident.PosyanduId, resident.RegionCode, Period.Of(request.ScreenedOn).ToString(), request.ScreenedOn,
                resident.Sex.ToApi(), age, stage.ToApi(), screening.Hypertension, screening.Obesity, screening.CentralObesity, screening.DiabetesSuspicion,
                screening.HeightForAgeZ, screening.BmiForAgeZ, screening.BmiForAgeFlagged, screening.BmiCategory, screening.Thinness, screening.Anaemia,
                screening.IronTabletsGiven));
            await db.ReportSchoolAgeMonthAsync(screening, cancellationToken);
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
                    body.BloodGlucoseMgPerDl, body.WaistCm, body.HbGPerDl, body.IronTabletsGiven), ct);
                return TypedResults.Created($"/api/health/residents/{residentId}/screenings/{screening.Id}", ScreeningDto.From(screening));
            })
            .WithName("RecordScreening")
            .WithSummary("Record a PTM screening (BMI, blood pressure, random glucose, waist, haemoglobin, TTD) of a resident aged 5+; IMT/U at 5–17 and risk flags are computed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Health);
}
