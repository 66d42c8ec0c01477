namespace Posyandu.Registry.Features.Households;

/// <summary>Registers a household (KK) at a Posyandu of its own village. One KK number, one household.</summary>
public sealed record RegisterHousehold(string? NomorKk, string? Address, string? Rt, string? Rw, string? RegionCode, Guid PosyanduId) : ICommand<HouseholdDto>
{
    internal sealed class Validator : AbstractValidator<RegisterHousehold>
    {
        public Validator()
        {
            RuleFor(h => h.NomorKk).NotEmpty()
                .Must(kk => SharedKernel.Domain.NomorKk.TryParse(kk, out _, out _))
                .WithMessage((_, kk) => SharedKernel.Domain.NomorKk.TryParse(kk, out var unused, out var error) ? "" : error!);
            RuleFor(h => h.Address).MaximumLength(300);
            RuleFor(h => h.Rt).MustBeRtRw().When(h => h.Rt is not null);
            RuleFor(h => h.Rw).MustBeRtRw().When(h => h.Rw is not null);
            RuleFor(h => h.RegionCode).NotEmpty().MustBeVillageCode();
            RuleFor(h => h.PosyanduId).NotEmpty();
        }
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<RegisterHousehold, HouseholdDto>
    {
        public async Task<HouseholdDto> Handle(RegisterHousehold request, CancellationToken cancellationToken)
        {
            var posyandu = await RegistryRules.FindPosyanduAsync(db, request.PosyanduId, cancellationToken);
            if (posyandu.RegionCode != request.RegionCode)
            {
                throw new BusinessRuleException($"A Posyandu serves households of its own village ({posyandu.RegionCode}).");
            }

            var existing = await db.Households.IgnoreQueryFilters().Where(h => h.NomorKk == request.NomorKk)
                .Select(h => new { h.Id, Place = new RegistryRules.Place(h.RegionCode, h.PosyanduId) }).FirstOrDefaultAsync(cancellationToken);
            if (existing is not null)
            {
                throw RegistryRules.Duplicate("household (KK)", existing.Id, existing.Place, db.Scope);
            }

            var household = new Household
            {
                Id = Guid.CreateVersion7(), NomorKk = request.NomorKk!, Address = request.Address, Rt = request.Rt, Rw = request.Rw,
                RegionCode = posyandu.RegionCode, PosyanduId = posyandu.Id,
            };
            db.Households.Add(household);
            db.Publish(new HouseholdRegistered(household.Id, household.PosyanduId, household.RegionCode));
            return HouseholdDto.From(household);
        }
    }
}

internal static class RegisterHouseholdEndpoint
{
    public static void MapRegisterHousehold(this IEndpointRouteBuilder households) =>
        households.MapPost("/", async (RegisterHousehold command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/registry/households/{created.Id}", created);
            })
            .WithName("RegisterHousehold")
            .WithSummary("Register a household (KK) at a Posyandu of its village (one KK number, one household).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireRoles(Roles.Dpmd, Roles.Kader);
}
