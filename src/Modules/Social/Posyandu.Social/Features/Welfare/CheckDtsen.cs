using Posyandu.Social.Features.Spm;

namespace Posyandu.Social.Features.Welfare;

/// <summary>
/// Records a check of a household in DTSEN (Inpres 4/2025): in it or not, and its decile (1–10) when known. The
/// latest check is the household's status. Publishes <see cref="DtsenStatusChecked"/> and the household's SPM contribution.
/// </summary>
public sealed record CheckDtsen(Guid HouseholdId, CheckDtsen.Body Check) : ICommand<DtsenCheckDto>
{
    public sealed record Body(bool? InDtsen, int? Decile, DateOnly CheckedOn);

    internal sealed class Validator : AbstractValidator<CheckDtsen>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Check.InDtsen).NotNull().WithMessage("inDtsen is required (true or false).").OverridePropertyName("inDtsen");
            RuleFor(v => v.Check.Decile).InclusiveBetween(1, 10).WithMessage("decile is 1 (poorest) to 10.").OverridePropertyName("decile");
            RuleFor(v => v.Check.Decile).Null().When(v => v.Check.InDtsen == false).WithMessage("A household not in DTSEN has no decile.").OverridePropertyName("decile");
            RuleFor(v => v.Check.CheckedOn).RecordDay("checkedOn", time).OverridePropertyName("checkedOn");
        }
    }

    internal sealed class Handler(SocialDbContext db, TimeProvider time) : IRequestHandler<CheckDtsen, DtsenCheckDto>
    {
        public async Task<DtsenCheckDto> Handle(CheckDtsen request, CancellationToken cancellationToken)
        {
            var household = await db.HouseholdAsync(request.HouseholdId, cancellationToken);
            var check = new DtsenCheck
            {
                Id = Guid.CreateVersion7(), HouseholdId = household.HouseholdId, PosyanduId = household.PosyanduId, RegionCode = household.RegionCode,
                CheckedOn = request.Check.CheckedOn, InDtsen = request.Check.InDtsen!.Value, Decile = request.Check.Decile,
                RecordedAt = time.GetUtcNow().UtcDateTime,
            };
            db.DtsenChecks.Add(check);
            db.Publish(new DtsenStatusChecked(check.Id, check.HouseholdId, check.PosyanduId, check.RegionCode, check.CheckedOn, check.InDtsen, check.Decile));
            await db.ReportHouseholdAsync(household.HouseholdId, cancellationToken);
            return DtsenCheckDto.From(check);
        }
    }
}

internal static class CheckDtsenEndpoint
{
    public static void MapCheckDtsen(this IEndpointRouteBuilder group) =>
        group.MapPost("/households/{householdId:guid}/dtsen-checks", async (Guid householdId, CheckDtsen.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new CheckDtsen(householdId, body), ct);
                return TypedResults.Created($"/api/social/households/{householdId}", created);
            })
            .WithName("CheckDtsen")
            .WithSummary("Record a household's DTSEN status as checked on a day: in DTSEN or not, and its decile (1–10) when known.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorWriters(Roles.Social);
}
