namespace Posyandu.Registry.Features.PosyanduSites;

/// <summary>
/// Marks a Posyandu as no longer operating. It is never deleted: its households, kader and the sector modules'
/// history still point at it, and reports of past months must keep counting it.
/// </summary>
public sealed record DeactivatePosyandu(Guid Id) : ICommand<PosyanduSite>
{
    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<DeactivatePosyandu, PosyanduSite>
    {
        public async Task<PosyanduSite> Handle(DeactivatePosyandu request, CancellationToken cancellationToken)
        {
            var posyandu = await RegistryRules.FindPosyanduAsync(db, request.Id, cancellationToken);
            if (posyandu.Active)
            {
                posyandu.Active = false;
                db.Publish(new PosyanduDeactivated(posyandu.Id, posyandu.RegionCode, posyandu.Name, posyandu.RegistrationNumber));
            }

            return posyandu; // deactivating twice is a no-op, so a retried request is harmless
        }
    }
}

internal static class DeactivatePosyanduEndpoint
{
    public static void MapDeactivatePosyandu(this IEndpointRouteBuilder posyandu) =>
        posyandu.MapPost("/{id:guid}/deactivate", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var site = await mediator.Send(new DeactivatePosyandu(id), ct);
                response.SetETag(site);
                return TypedResults.Ok(PosyanduDto.From(site));
            })
            .WithName("DeactivatePosyandu")
            .WithSummary("Mark a Posyandu as no longer operating.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.Dpmd);
}
