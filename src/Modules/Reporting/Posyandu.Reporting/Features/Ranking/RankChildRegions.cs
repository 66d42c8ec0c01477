using Posyandu.Reporting.Features.Scorecard;
using Posyandu.SharedKernel.Errors;
using RegionNames = Posyandu.Reporting.Features.Scorecard.RegionNames;

namespace Posyandu.Reporting.Features.Ranking;

/// <summary>The regions directly below a region, ranked by one indicator, worst first (where help is needed).</summary>
public sealed record RankChildRegions(string IndicatorId, string? Region, string? Period) : IQuery<RankChildRegions.Result>
{
    public sealed record Result(string Indicator, string Region, string Period, IReadOnlyList<Row> Rows);

    public sealed record Row(string RegionCode, string? RegionName, IndicatorValue Value);

    internal sealed class Handler(ReportingDbContext db, MetricReader figures, IndicatorCatalog catalog, ICurrentUser user, TimeProvider clock, SmallCells smallCells) : IRequestHandler<RankChildRegions, Result>
    {
        public async Task<Result> Handle(RankChildRegions request, CancellationToken cancellationToken)
        {
            var indicator = catalog.Find(request.IndicatorId) ?? throw new NotFoundException($"Indicator '{request.IndicatorId}'");
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var metrics = IndicatorCatalog.Metrics([indicator]).ToList();
            var byRegion = await figures.ForChildRegionsAsync(region, period, metrics, cancellationToken);
            // Every child region appears, with no data where nothing was recorded yet.
            var names = await RegionNames.ChildrenAsync(db, region, cancellationToken);
            var codes = names.Keys.Union(byRegion.Keys).ToList();
            // The siblings add up to the region's own figure: suppressed together (complementary suppression).
            var values = smallCells.ApplyToSiblings([.. codes.Select(code => IndicatorValue.Of(indicator, byRegion.GetValueOrDefault(code) ?? []))]);
            var ranked = codes.Select((code, i) => new Row(code, names.GetValueOrDefault(code), values[i]))
                .OrderBy(r => r.Value.Value is null)
                .ThenBy(r => indicator.Direction == Direction.Higher ? r.Value.Value : -r.Value.Value)
                .ThenBy(r => r.RegionCode, StringComparer.Ordinal)
                .ToList();
            return new Result(indicator.Id, region.ToString(), period.ToString(), ranked);
        }
    }
}

internal static class RankChildRegionsEndpoint
{
    public static void MapRankChildRegions(this IEndpointRouteBuilder group) =>
        group.MapGet("/indicators/{indicatorId}/ranking", async (string indicatorId, string? region, string? period, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RankChildRegions(indicatorId, region, period), ct)))
            .WithName("RankChildRegions")
            .WithSummary("The sub-regions of a region ranked by one indicator for a month, worst first.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAnyRole();
}
