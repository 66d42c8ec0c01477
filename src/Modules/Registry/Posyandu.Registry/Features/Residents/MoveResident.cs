using Posyandu.SharedKernel.Privacy;
namespace Posyandu.Registry.Features.Residents;

/// <summary>
/// Moves a living resident to another household, and so perhaps to another Posyandu or village: the resident
/// takes the new household's Posyandu and village, so region scopes and the sector modules' projections follow.
/// Both households must be visible to the caller: a kader moves people only within their own Posyandu.
/// </summary>
public sealed record MoveResident(Guid Id, Guid HouseholdId) : ICommand<Resident>
{
    /// <summary>The request body: the household the resident now lives in.</summary>
    public sealed record Body(Guid HouseholdId);

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

            var left = resident.HouseholdId;
            (resident.HouseholdId, resident.PosyanduId, resident.RegionCode) = (household.Id, household.PosyanduId, household.RegionCode);
            db.Publish(new ResidentMoved(resident.Id, household.Id, household.PosyanduId, household.RegionCode));
            await ResidentIdentities.PublishAsync(db, resident, ResidentIdentities.IsParent(resident), left, home: null, cancellationToken);
            return resident;
        }
    }
}

internal static class MoveResidentEndpoint
{
    public static void MapMoveResident(this IEndpointRouteBuilder residents) =>
        residents.MapPost("/{id:guid}/move", async (Guid id, MoveResident.Body body, HttpResponse response, IMediator mediator, ICurrentUser user, TimeProvider time, CancellationToken ct) =>
            {
                var resident = await mediator.Send(new MoveResident(id, body.HouseholdId), ct);
                response.SetETag(resident);
                return TypedResults.Ok(ResidentDto.From(resident, user.PersonalFields(), time.Today()));
            })
            .WithName("MoveResident")
            .WithSummary("Move a resident to another household.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireRoles(Roles.Dpmd, Roles.Kader);
}
