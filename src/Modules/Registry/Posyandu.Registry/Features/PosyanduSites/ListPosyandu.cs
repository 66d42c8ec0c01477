namespace Posyandu.Registry.Features.PosyanduSites;

/// <summary>The Posyandu the caller may see, optionally within a region, by registration number.</summary>
public sealed record ListPosyandu(string? Region, bool IncludeInactive) : IQuery<IReadOnlyList<PosyanduDto>>
{
    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<ListPosyandu, IReadOnlyList<PosyanduDto>>
    {
        public async Task<IReadOnlyList<PosyanduDto>> Handle(ListPosyandu request, CancellationToken cancellationToken)
        {
            var query = db.Posyandu.AsNoTracking();
            if (request.Region is { } region)
            {
                var code = Fields.Parse<RegionCode>(region, "region").ToString();
                query = query.Where(p => p.RegionCode.StartsWith(code));
            }

            if (!request.IncludeInactive)
            {
                query = query.Where(p => p.Active);
            }

            return (await query.OrderBy(p => p.RegistrationNumber).Take(2000).ToListAsync(cancellationToken)).Select(PosyanduDto.From).ToList();
        }
    }
}

internal static class ListPosyanduEndpoint
{
    public static void MapListPosyandu(this IEndpointRouteBuilder posyandu) =>
        posyandu.MapGet("/", async (string? region, bool? includeInactive, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPosyandu(region, includeInactive ?? false), ct)))
            .WithName("ListPosyandu")
            .WithSummary("The Posyandu in a region (default: all the caller may see), by registration number.")
            .ProducesValidationProblem()
            .RequireRoles(RegistryRules.Readers);
}
