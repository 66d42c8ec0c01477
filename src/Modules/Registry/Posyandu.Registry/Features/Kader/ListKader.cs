namespace Posyandu.Registry.Features.Kader;

/// <summary>The kader of one Posyandu (or all the caller may see), by name.</summary>
public sealed record ListKader(Guid? PosyanduId) : IQuery<IReadOnlyList<KaderDto>>
{
    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<ListKader, IReadOnlyList<KaderDto>>
    {
        public async Task<IReadOnlyList<KaderDto>> Handle(ListKader request, CancellationToken cancellationToken)
        {
            var query = db.Kader.AsNoTracking();
            if (request.PosyanduId is { } posyandu)
            {
                query = query.Where(k => k.PosyanduId == posyandu);
            }

            return (await query.OrderBy(k => k.Name).Take(2000).ToListAsync(cancellationToken)).Select(KaderDto.From).ToList();
        }
    }
}

internal static class ListKaderEndpoint
{
    public static void MapListKader(this IEndpointRouteBuilder kader) =>
        kader.MapGet("/", async (Guid? posyanduId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListKader(posyanduId), ct)))
            .WithName("ListKader")
            .WithSummary("The kader of a Posyandu, by name.")
            .RequireRoles(RegistryRules.Readers);
}
