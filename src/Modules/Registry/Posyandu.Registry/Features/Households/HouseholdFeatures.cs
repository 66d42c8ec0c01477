using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Posyandu.Registry.Contracts;
using Posyandu.Registry.Domain;
using Posyandu.Registry.Features.Residents;
using Posyandu.Registry.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Mediation;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Registry.Features.Households;

public sealed record HouseholdDto(Guid Id, string NomorKkMasked, string? Address, string? Rt, string? Rw, string RegionCode, Guid PosyanduId, IReadOnlyList<ResidentDto>? Members)
{
    internal static HouseholdDto From(Household h, IReadOnlyList<ResidentDto>? members = null) =>
        new(h.Id, NomorKk.Parse(h.NomorKk).Masked, h.Address, h.Rt, h.Rw, h.RegionCode, h.PosyanduId, members);
}

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

            var existing = await db.Households.IgnoreQueryFilters().Where(h => h.NomorKk == request.NomorKk).Select(h => (Guid?)h.Id).FirstOrDefaultAsync(cancellationToken);
            if (existing is { } id)
            {
                throw RegistryRules.Duplicate("household (KK)", id);
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

/// <summary>A household with its members.</summary>
public sealed record GetHousehold(Guid Id) : IQuery<HouseholdDto>
{
    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<GetHousehold, HouseholdDto>
    {
        public async Task<HouseholdDto> Handle(GetHousehold request, CancellationToken cancellationToken)
        {
            var household = await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.Id == request.Id, cancellationToken)
                            ?? throw new NotFoundException("Household");
            var members = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == household.Id).OrderBy(r => r.BirthDate).ToListAsync(cancellationToken);
            await db.RecordReadAsync(nameof(Household), household.Id.ToString(), household.RegionCode, cancellationToken);
            return HouseholdDto.From(household, members.Select(ResidentDto.From).ToList());
        }
    }
}

internal static class HouseholdEndpoints
{
    public static void MapHouseholds(this IEndpointRouteBuilder group)
    {
        var households = group.MapGroup("/households");
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

        households.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetHousehold(id), ct)))
            .WithName("GetHousehold")
            .WithSummary("A household with its members (the read is audited).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(RegistryRules.Readers);
    }
}
