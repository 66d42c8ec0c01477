using Posyandu.SharedKernel.Privacy;
using Posyandu.Registry.Features.Residents;

namespace Posyandu.Registry.Features.Households;

/// <summary>A household with its members.</summary>
public sealed record GetHousehold(Guid Id) : IQuery<HouseholdDto>
{
    internal sealed class Handler(RegistryDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<GetHousehold, HouseholdDto>
    {
        public async Task<HouseholdDto> Handle(GetHousehold request, CancellationToken cancellationToken)
        {
            var household = await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.Id == request.Id, cancellationToken)
                            ?? throw new NotFoundException("Household");
            var members = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == household.Id).OrderBy(r => r.BirthDate).ToListAsync(cancellationToken);
            await db.RecordReadAsync(nameof(Household), household.Id.ToString(), household.RegionCode, cancellationToken);
            var (view, today) = (user.PersonalFields(), time.Today());
            return HouseholdDto.From(household, members.Select(m => ResidentDto.From(m, view, today)).ToList());
        }
    }
}

internal static class GetHouseholdEndpoint
{
    public static void MapGetHousehold(this IEndpointRouteBuilder households) =>
        households.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetHousehold(id), ct)))
            .WithName("GetHousehold")
            .WithSummary("A household with its members (the read is audited).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(RegistryRules.Readers);
}
