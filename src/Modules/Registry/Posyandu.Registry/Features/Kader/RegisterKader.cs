using KaderEntity = Posyandu.Registry.Domain.Kader;

namespace Posyandu.Registry.Features.Kader;

/// <summary>
/// Registers a kader at a Posyandu for the SPM sectors they serve. One NIK, one kader: a person who moves to
/// another Posyandu is updated, not registered twice, so trainings follow them.
/// </summary>
public sealed record RegisterKader(string? Nik, string? Name, string? Phone, Guid PosyanduId, IReadOnlyList<string>? Sectors) : ICommand<KaderDto>
{
    internal sealed class Validator : AbstractValidator<RegisterKader>
    {
        public Validator()
        {
            RuleFor(k => k.Nik).NotEmpty().MustBeNik();
            RuleFor(k => k.Name).NotEmpty().MaximumLength(150);
            RuleFor(k => k.Phone).MustBePhone().When(k => k.Phone is not null);
            RuleFor(k => k.PosyanduId).NotEmpty();
            RuleFor(k => k.Sectors).MustBeSectors();
        }
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<RegisterKader, KaderDto>
    {
        public async Task<KaderDto> Handle(RegisterKader request, CancellationToken cancellationToken)
        {
            var posyandu = await RegistryRules.FindPosyanduAsync(db, request.PosyanduId, cancellationToken);
            var existing = await db.Kader.IgnoreQueryFilters().Where(k => k.Nik == request.Nik)
                .Select(k => new { k.Id, Place = new RegistryRules.Place(k.RegionCode, k.PosyanduId) }).FirstOrDefaultAsync(cancellationToken);
            if (existing is not null)
            {
                throw RegistryRules.Duplicate("kader", existing.Id, existing.Place, db.Scope);
            }

            var kader = new KaderEntity
            {
                Id = Guid.CreateVersion7(), Nik = request.Nik!, Name = request.Name!.Trim(), Phone = request.Phone,
                PosyanduId = posyandu.Id, RegionCode = posyandu.RegionCode, SectorList = request.Sectors!,
            };
            db.Kader.Add(kader);
            db.Publish(new KaderRegistered(kader.Id, kader.PosyanduId, kader.RegionCode, kader.SectorList, kader.Active));
            return KaderDto.From(kader);
        }
    }
}

internal static class RegisterKaderEndpoint
{
    public static void MapRegisterKader(this IEndpointRouteBuilder kader) =>
        kader.MapPost("/", async (RegisterKader command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/registry/kader/{created.Id}", created);
            })
            .WithName("RegisterKader")
            .WithSummary("Register a kader at a Posyandu for the sectors they serve (one NIK, one kader).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRoles(Roles.Dpmd);
}
