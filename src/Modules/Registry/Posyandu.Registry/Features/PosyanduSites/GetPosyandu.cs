namespace Posyandu.Registry.Features.PosyanduSites;

/// <summary>One Posyandu with its pengurus.</summary>
public sealed record GetPosyandu(Guid Id) : IQuery<PosyanduDto>
{
    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<GetPosyandu, PosyanduDto>
    {
        public async Task<PosyanduDto> Handle(GetPosyandu request, CancellationToken cancellationToken) =>
            PosyanduDto.From(await db.Posyandu.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
                             ?? throw new NotFoundException("Posyandu"));
    }
}

internal static class GetPosyanduEndpoint
{
    public static void MapGetPosyandu(this IEndpointRouteBuilder posyandu) =>
        posyandu.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var site = await mediator.Send(new GetPosyandu(id), ct);
                response.Headers.ETag = ETags.For(site.Version);
                return TypedResults.Ok(site);
            })
            .WithName("GetPosyandu")
            .WithSummary("One Posyandu with its pengurus (ETag for updates).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(RegistryRules.Readers);
}
