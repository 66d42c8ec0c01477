using Posyandu.Health.Features.Spm;

namespace Posyandu.Health.Features.Pregnancy;

/// <summary>
/// Records an antenatal check at the Posyandu: weight, blood pressure, LiLA, Hb and iron tablets (TTD) given. KEK,
/// anaemia and hypertension are judged by <see cref="MaternalRisk"/> / <see cref="BloodPressure"/>, stored with the
/// check and carried to the pregnancy; <see cref="AntenatalCheckRecorded"/> tells the DPMD report.
/// </summary>
public sealed record RecordAntenatalCheck(
    Guid PregnancyId, DateOnly CheckedOn, double? WeightKg, int? SystolicMmHg, int? DiastolicMmHg, double? MuacCm, double? HbGPerDl, int IronTabletsGiven)
    : ICommand<AntenatalCheck>
{
    public sealed record Body(DateOnly? CheckedOn, double? WeightKg, int? SystolicMmHg, int? DiastolicMmHg, double? MuacCm, double? HbGPerDl, int? IronTabletsGiven);

    internal sealed class Validator : AbstractValidator<RecordAntenatalCheck>
    {
        public Validator(TimeProvider time)
        {
            this.NotInFuture(v => v.CheckedOn, time);
            this.Measurement(v => v.WeightKg, 250);
            this.Measurement(v => v.MuacCm, 60);
            this.Measurement(v => v.HbGPerDl, 25);
            this.BloodPressure(v => v.SystolicMmHg, v => v.DiastolicMmHg);
            // A month's supply is 30; three months' is the most a Posyandu hands out at once.
            RuleFor(v => v.IronTabletsGiven).InclusiveBetween(0, 90);
            RuleFor(v => v).Must(v => v.WeightKg is not null || v.SystolicMmHg is not null || v.MuacCm is not null || v.HbGPerDl is not null || v.IronTabletsGiven > 0)
                .WithMessage("Record at least one measurement or the iron tablets given.").OverridePropertyName("weightKg");
        }
    }

    internal sealed class Handler(HealthDbContext db) : IRequestHandler<RecordAntenatalCheck, AntenatalCheck>
    {
        public async Task<AntenatalCheck> Handle(RecordAntenatalCheck request, CancellationToken cancellationToken)
        {
            var pregnancy = await db.Pregnancies.SingleOrDefaultAsync(p => p.Id == request.PregnancyId, cancellationToken)
                            ?? throw new NotFoundException("Pregnancy");
            if (!pregnancy.Ongoing)
            {
                throw new ConflictException("The pregnancy is closed: no more antenatal checks can be recorded.");
            }

            if (!PregnancyDating.IsPlausible(pregnancy.Hpht, request.CheckedOn))
            {
                throw new BusinessRuleException(
                    $"checkedOn must fall between HPHT ({pregnancy.Hpht:yyyy-MM-dd}) and {PregnancyDating.MaxGestationalWeeks} weeks after it.");
            }

            var check = new AntenatalCheck
            {
                Id = Guid.CreateVersion7(), PregnancyId = pregnancy.Id, ResidentId = pregnancy.ResidentId, PosyanduId = pregnancy.PosyanduId,
                RegionCode = pregnancy.RegionCode, CheckedOn = request.CheckedOn, GestationalWeeks = PregnancyDating.GestationalWeeks(pregnancy.Hpht, request.CheckedOn),
                WeightKg = request.WeightKg, SystolicMmHg = request.SystolicMmHg, DiastolicMmHg = request.DiastolicMmHg, MuacCm = request.MuacCm,
                HbGPerDl = request.HbGPerDl, IronTabletsGiven = request.IronTabletsGiven,
                KekRisk = request.MuacCm is { } muac ? MaternalRisk.IsKek(muac) : null,
                Anaemia = request.HbGPerDl is { } hb ? MaternalRisk.IsAnaemic(hb) : null,
                Hypertension = request is { SystolicMmHg: { } sys, DiastolicMmHg: { } dia } ? LifeCycle.BloodPressure.IsHypertensive(sys, dia) : null,
            };
            db.AntenatalChecks.Add(check);
            pregnancy.Note(check);
            db.Publish(new AntenatalCheckRecorded(
                check.Id, pregnancy.Id, pregnancy.ResidentId, pregnancy.PosyanduId, pregnancy.RegionCode, Period.Of(request.CheckedOn).ToString(),
                request.CheckedOn, check.GestationalWeeks, check.KekRisk, check.Anaemia, check.Hypertension, check.IronTabletsGiven));
            await db.ReportPregnancyMonthAsync(pregnancy, Period.Of(request.CheckedOn), cancellationToken);
            return check;
        }
    }
}

internal static class RecordAntenatalCheckEndpoint
{
    public static void MapRecordAntenatalCheck(this IEndpointRouteBuilder group) =>
        group.MapPost("/pregnancies/{pregnancyId:guid}/checks", async (Guid pregnancyId, RecordAntenatalCheck.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
            {
                var check = await mediator.Send(new RecordAntenatalCheck(
                    pregnancyId, body.CheckedOn ?? time.Today(), body.WeightKg, body.SystolicMmHg, body.DiastolicMmHg,
                    body.MuacCm, body.HbGPerDl, body.IronTabletsGiven ?? 0), ct);
                return TypedResults.Created($"/api/health/pregnancies/{pregnancyId}", AntenatalCheckDto.From(check));
            })
            .WithName("RecordAntenatalCheck")
            .WithSummary("Record an antenatal check (weight, blood pressure, LiLA, Hb, iron tablets); KEK, anaemia and hypertension are flagged.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Health);
}
