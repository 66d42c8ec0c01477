using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Posyandu.Registry.Contracts;
using Posyandu.Registry.Domain;
using Posyandu.Registry.Persistence;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Mediation;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Registry.Features.Residents;

/// <summary>Moves a living resident to another household (and so perhaps another Posyandu or village).</summary>
public sealed record MoveResident(Guid Id, Guid HouseholdId) : ICommand<Resident>
{
    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<MoveResident, Resident>
    {
        public async Task<Resident> Handle(MoveResident request, CancellationToken cancellationToken)
        {
            var resident = await db.Residents.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Resident");
            var household = await db.Households.SingleOrDefaultAsync(h => h.Id == request.HouseholdId, cancellationToken) ?? throw new NotFoundException("Household");
            if (resident.DateOfDeath is not null)
            {
                throw new BusinessRuleException("A deceased resident cannot be moved.");
            }

            (resident.HouseholdId, resident.PosyanduId, resident.RegionCode) = (household.Id, household.PosyanduId, household.RegionCode);
            db.Publish(new ResidentMoved(resident.Id, household.Id, household.PosyanduId, household.RegionCode));
            return resident;
        }
    }
}

/// <summary>Records a resident's death (once; not before birth, not in the future).</summary>
public sealed record RecordDeath(Guid Id, DateOnly DateOfDeath) : ICommand<Resident>
{
    internal sealed class Validator : AbstractValidator<RecordDeath>
    {
        public Validator() => RuleFor(d => d.DateOfDeath).Must(d => d <= DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)))
            .WithMessage("dateOfDeath cannot be in the future.");
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<RecordDeath, Resident>
    {
        public async Task<Resident> Handle(RecordDeath request, CancellationToken cancellationToken)
        {
            var resident = await db.Residents.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Resident");
            if (resident.DateOfDeath is not null)
            {
                throw new ConflictException("The death of this resident is already recorded.");
            }

            if (request.DateOfDeath < resident.BirthDate)
            {
                throw RequestValidationException.For("dateOfDeath", "dateOfDeath cannot be before the birth date.");
            }

            resident.DateOfDeath = request.DateOfDeath;
            db.Publish(new ResidentDied(resident.Id, request.DateOfDeath, resident.PosyanduId, resident.RegionCode));
            return resident;
        }
    }
}

internal static class ResidentChangeEndpoints
{
    public sealed record MoveBody(Guid HouseholdId);

    public sealed record DeathBody(DateOnly DateOfDeath);

    public static void MapResidentChanges(this IEndpointRouteBuilder residents)
    {
        residents.MapPost("/{id:guid}/move", async (Guid id, MoveBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(ResidentDto.From(await mediator.Send(new MoveResident(id, body.HouseholdId), ct))))
            .WithName("MoveResident")
            .WithSummary("Move a resident to another household.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireRoles(Roles.Dpmd, Roles.Kader);

        residents.MapPost("/{id:guid}/death", async (Guid id, DeathBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(ResidentDto.From(await mediator.Send(new RecordDeath(id, body.DateOfDeath), ct))))
            .WithName("RecordDeath")
            .WithSummary("Record a resident's death.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRoles(Roles.Dpmd, Roles.Kader);
    }
}
