using Posyandu.Health.Growth;

namespace Posyandu.Health.Features.GrowthReports;

/// <summary>
/// SKDN, the Posyandu's monthly growth-monitoring balance: S under-fives in the area, K with a growth card, D weighed
/// this month, N whose weight went up (KBM). Also T, O (not weighed last month), B (new), 2T and BGM, and the ratios
/// D/S (participation, target 80%) and N/D. N/D counts N over all weighed children, as the SKDN form does.
/// </summary>
public sealed record GetSkdn(string? Region, string? Period, ReportLevel By) : IQuery<GetSkdn.Result>
{
    public sealed record Result(string Region, string Period, string By, Row Total, IReadOnlyList<Row> Rows);

    /// <param name="Key">Posyandu id or region code, per <see cref="By"/>.</param>
    public sealed record Row(string Key, int S, int K, int D, int N, int T, int O, int B, int TwoT, int Bgm, decimal? DPerS, decimal? NPerD);

    internal sealed class Handler(ChildMonths children, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetSkdn, Result>
    {
        public async Task<Result> Handle(GetSkdn request, CancellationToken cancellationToken)
        {
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var months = await children.LoadAsync(region, period, cancellationToken);
            var rows = months.GroupBy(m => request.By.RowOf(m.PosyanduId, m.RegionCode))
                .Select(g => Count(g.Key, g.ToList()))
                .OrderBy(r => r.Key, StringComparer.Ordinal)
                .ToList();
            return new Result(region.ToString(), period.ToString(), request.By.ToString().ToLowerInvariant(), Count("total", months), rows);
        }

        private static Row Count(string key, IReadOnlyCollection<ChildMonth> months)
        {
            var weighed = months.Where(m => m.Visit?.Trend is not null).Select(m => m.Visit!).ToList();
            int S = months.Count(m => m.InArea), K = months.Count(m => m.InArea && m.HasGrowthCard), D = weighed.Count;
            int Trend(GrowthTrend t) => weighed.Count(v => v.Trend == t);
            return new Row(key, S, K, D, Trend(GrowthTrend.N), Trend(GrowthTrend.T), Trend(GrowthTrend.O), Trend(GrowthTrend.B),
                weighed.Count(v => v.TwoT), weighed.Count(v => v.BelowRedLine),
                ReportLevels.Percent(D, S), ReportLevels.Percent(Trend(GrowthTrend.N), D));
        }
    }
}

internal static class GetSkdnEndpoint
{
    public static void MapGetSkdn(this IEndpointRouteBuilder group) =>
        group.MapGet("/reports/skdn", async (string? region, string? period, string? by, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSkdn(region, period, Fields.Enum<ReportLevel>(by, "by") ?? ReportLevel.Posyandu), ct)))
            .WithName("GetSkdn")
            .WithSummary("SKDN (S, K, D, N with T, O, B, 2T, BGM, D/S and N/D) for a region and month, per Posyandu, village, district or regency.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.Health, Roles.Dpmd, Roles.Kader);
}
