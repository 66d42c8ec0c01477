using Posyandu.SharedKernel.Privacy;
namespace Posyandu.Registry.Features.Residents;

/// <summary>One resident by id. Reading one person's record is audited (who looked at whom), unlike list pages.</summary>
public sealed record GetResident(Guid Id) : IQuery<ResidentDto>
{
    internal sealed class Handler(RegistryDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<GetResident, ResidentDto>
    {
        public async Task<ResidentDto> Handle(GetResident request, CancellationToken cancellationToken)
        {
            var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                           ?? throw new NotFoundException("Resident");
            await db.RecordReadAsync("Resident", resident.Id.ToString(), resident.RegionCode, cancellationToken);
            return ResidentDto.From(resident, user.PersonalFields(), time.Today());
        }
    }
}

internal static class GetResidentEndpoint
{
    public static void MapGetResident(this IEndpointRouteBuilder residents) =>
        residents.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var resident = await mediator.Send(new GetResident(id), ct);
                response.Headers.ETag = ETags.For(resident.Version);
                return TypedResults.Ok(resident);
            })
            .WithName("GetResident")
            .WithSummary("One resident (the read is audited).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(RegistryRules.Readers);
}
