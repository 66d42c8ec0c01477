using Microsoft.AspNetCore.Http.HttpResults;

namespace Posyandu.Registry.Features.Regions;

/// <summary>A region with its ancestors, province first (the breadcrumb of a drill-down).</summary>
public sealed record GetRegion(string Code) : IQuery<GetRegion.Result>
{
    public sealed record Result(RegionDto Region, IReadOnlyList<RegionDto> Ancestors);

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<GetRegion, Result>
    {
        public async Task<Result> Handle(GetRegion request, CancellationToken cancellationToken)
        {
            var code = Fields.Parse<RegionCode>(request.Code, "code");
            var codes = new List<string>();
            for (RegionCode? c = code; c is not null; c = c.Value.Parent)
            {
                codes.Add(c.Value.ToString());
            }

            var rows = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToListAsync(cancellationToken);
            var region = rows.SingleOrDefault(r => r.Code == code.ToString()) ?? throw new NotFoundException($"Region {code}");
            var ancestors = rows.Where(r => r.Code != region.Code).OrderBy(r => r.Code.Length).Select(RegionDto.From).ToList();
            return new Result(RegionDto.From(region), ancestors);
        }
    }
}

internal static class GetRegionEndpoint
{
    public static void MapGetRegion(this IEndpointRouteBuilder regions) =>
        regions.MapGet("/{code}", async Task<Ok<GetRegion.Result>> (string code, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRegion(code), ct)))
            .WithName("GetRegion")
            .WithSummary("A region (e.g. 64.02.01.2001) with its ancestors, province first.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem()
            .RequireAnyRole();
}
