using Posyandu.Health.Features.Spm;

namespace Posyandu.Health.Features.Pregnancy;

/// <summary>
/// Registers a pregnancy (ibu hamil) of a female resident, dated from HPHT: gestational age and the Naegele due date
/// are computed, the 4T age risk and — when LiLA is measured at this first contact — the KEK risk are stored, and
/// <see cref="PregnancyRegistered"/> tells the DPMD report. One ongoing pregnancy per woman.
/// </summary>
public sealed record RegisterPregnancy(Guid ResidentId, DateOnly? Hpht, DateOnly RegisteredOn, double? MuacCm) : ICommand<LifeCycle.Pregnancy>
{
    /// <summary>Women of reproductive age as the registry's ages allow: outside this, a wrong resident or birth date.</summary>
    public const int YoungestMother = 10;

    public const int OldestMother = 55;

    /// <param name="RegisteredOn">Default: today (WITA).</param>
    public sealed record Body(Guid ResidentId, DateOnly? Hpht, DateOnly? RegisteredOn, double? MuacCm);

    internal sealed class Validator : AbstractValidator<RegisterPregnancy>
    {
        public Validator(TimeProvider time)
        {
            this.NotInFuture(v => v.RegisteredOn, time);
            RuleFor(v => v.Hpht).NotNull();
            RuleFor(v => v.Hpht).Must((v, hpht) => hpht <= v.RegisteredOn).When(v => v.Hpht is not null)
                .WithMessage("hpht cannot be after the registration date.");
            RuleFor(v => v.Hpht).Must((v, hpht) => PregnancyDating.IsPlausible(hpht!.Value, v.RegisteredOn))
                .When(v => v.Hpht is { } hpht && hpht <= v.RegisteredOn)
                .WithMessage($"hpht is more than {PregnancyDating.MaxGestationalWeeks} weeks before the registration date.");
            this.Measurement(v => v.MuacCm, 60);
        }
    }

    internal sealed class Handler(HealthDbContext db) : IRequestHandler<RegisterPregnancy, LifeCycle.Pregnancy>
    {
        public async Task<LifeCycle.Pregnancy> Handle(RegisterPregnancy request, CancellationToken cancellationToken)
        {
            var mother = await db.Residents.SingleOrDefaultAsync(r => r.ResidentId == request.ResidentId, cancellationToken)
                         ?? throw new NotFoundException("Resident");
            var age = mother.AgeYearsOn(request.RegisteredOn);
            if (!mother.Alive || mother.Sex != Sex.Female || age is < YoungestMother or > OldestMother)
            {
                throw new BusinessRuleException(!mother.Alive ? "The resident's death is recorded."
                    : mother.Sex != Sex.Female ? "Only a female resident can be registered as pregnant."
                    : $"A pregnancy is registered for women aged {YoungestMother}–{OldestMother}; this resident is {age}.");
            }

            if (await db.Pregnancies.AnyAsync(p => p.ResidentId == mother.ResidentId && p.Outcome == null, cancellationToken))
            {
                throw new ConflictException("This woman already has an ongoing pregnancy: close it first.");
            }

            var hpht = request.Hpht!.Value;
            bool? kek = request.MuacCm is { } muac ? MaternalRisk.IsKek(muac) : null;
            var pregnancy = new LifeCycle.Pregnancy
            {
                Id = Guid.CreateVersion7(), ResidentId = mother.ResidentId, PosyanduId = mother.PosyanduId, RegionCode = mother.RegionCode,
                Hpht = hpht, EstimatedDueDate = PregnancyDating.EstimatedDueDate(hpht), RegisteredOn = request.RegisteredOn,
                GestationalWeeksAtRegistration = PregnancyDating.GestationalWeeks(hpht, request.RegisteredOn),
                MotherAgeYears = age, AgeRisk = MaternalRisk.IsAgeRisk(age), MuacCmAtRegistration = request.MuacCm, KekRisk = kek == true,
            };
            db.Pregnancies.Add(pregnancy);
            db.Publish(new PregnancyRegistered(
                pregnancy.Id, pregnancy.ResidentId, pregnancy.PosyanduId, pregnancy.RegionCode, Period.Of(request.RegisteredOn).ToString(),
                request.RegisteredOn, pregnancy.GestationalWeeksAtRegistration, pregnancy.EstimatedDueDate, kek, pregnancy.AgeRisk));
            await db.ReportPregnancyMonthAsync(pregnancy, Period.Of(request.RegisteredOn), cancellationToken);
            return pregnancy;
        }
    }
}

internal static class RegisterPregnancyEndpoint
{
    public static void MapRegisterPregnancy(this IEndpointRouteBuilder group) =>
        group.MapPost("/pregnancies", async (RegisterPregnancy.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
            {
                var pregnancy = await mediator.Send(
                    new RegisterPregnancy(body.ResidentId, body.Hpht, body.RegisteredOn ?? time.Today(), body.MuacCm), ct);
                return TypedResults.Created($"/api/health/pregnancies/{pregnancy.Id}", PregnancyDto.From(pregnancy));
            })
            .WithName("RegisterPregnancy")
            .WithSummary("Register a pregnancy (ibu hamil) from HPHT: gestational age, Naegele due date, 4T age and KEK risk.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Health);
}
