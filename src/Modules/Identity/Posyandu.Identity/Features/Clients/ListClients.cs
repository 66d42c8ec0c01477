namespace Posyandu.Identity.Features.Clients;

/// <summary>The clients inside the caller's region.</summary>
public sealed record ListClients : IQuery<IReadOnlyList<ApiClientDto>>
{
    internal sealed class Handler(IdentityDbContext db, ICurrentUser caller) : IRequestHandler<ListClients, IReadOnlyList<ApiClientDto>>
    {
        public async Task<IReadOnlyList<ApiClientDto>> Handle(ListClients request, CancellationToken cancellationToken)
        {
            var prefix = caller.Scope.RegionPrefix;
            var clients = await db.ApiClients.AsNoTracking()
                .Where(c => prefix == null || c.RegionCode.StartsWith(prefix))
                .OrderBy(c => c.ClientId).ToListAsync(cancellationToken);
            return [.. clients.Select(ApiClientDto.From)];
        }
    }
}

internal static class ListClientsEndpoint
{
    public static void MapListClients(this IEndpointRouteBuilder group) =>
        group.MapGet("/clients", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListClients(), ct)))
            .WithName("ListClients")
            .WithSummary("The client-credentials clients inside the caller's region.")
            .RequireRoles(Roles.Dpmd);
}
