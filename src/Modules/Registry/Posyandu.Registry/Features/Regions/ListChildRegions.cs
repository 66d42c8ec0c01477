using Microsoft.AspNetCore.Http.HttpResults;

namespace Posyandu.Registry.Features.Regions;

/// <summary>The regions one level below a region (regencies of a province, districts of a regency, …), by code.</summary>
public sealed record ListChildRegions(string Code) : IQuery<IReadOnlyList<RegionDto>>
{
    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<ListChildRegions, IReadOnlyList<RegionDto>>
    {
        public async Task<IReadOnlyList<RegionDto>> Handle(ListChildRegions request, CancellationToken cancellationToken)
        {
            var code = Fields.Parse<RegionCode>(request.Code, "code").ToString();
            if (!await db.Regions.AnyAsync(r => r.Code == code, cancellationToken))
            {
                throw new NotFoundException($"Region {code}");
            }

            var children = await db.Regions.AsNoTracking().Where(r => r.ParentCode == code).OrderBy(r => r.Code).ToListAsync(cancellationToken);
            return children.Select(RegionDto.From).ToList();
        }
    }
}

internal static class ListChildRegionsEndpoint
{
    public static void MapListChildRegions(this IEndpointRouteBuilder regions) =>
        regions.MapGet("/{code}/children", async Task<Ok<IReadOnlyList<RegionDto>>> (string code, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListChildRegions(code), ct)))
            .WithName("ListChildRegions")
            .WithSummary("The regions directly below a region, ordered by code.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem()
            .RequireAnyRole();
}
