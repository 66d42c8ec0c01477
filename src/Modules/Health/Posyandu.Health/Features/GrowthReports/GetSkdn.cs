using Posyandu.Health.Growth;

namespace Posyandu.Health.Features.GrowthReports;

/// <summary>
/// SKDN, the Posyandu's monthly growth-monitoring balance: S under-fives in the area, K with a growth card, D weighed
/// this month, N whose weight went up (KBM). Also T, O (not weighed last month), B (new), 2T and BGM, and the ratios
/// D/S (participation, target 80%) and N/D. N/D counts N over all weighed children, as the SKDN form does. K/S (the
/// growth-card coverage the SKDN balance also reads) is computed here too, so the SIP recap (<c>ExportSkdnRecap</c>)
/// prints the same figures as this report: one rule, one place.
/// </summary>
public sealed record GetSkdn(string? Region, string? Period, ReportLevel By) : IQuery<GetSkdn.Result>
{
    public sealed record Result(string Region, string Period, string By, Row Total, IReadOnlyList<Row> Rows);

    /// <param name="Key">Posyandu id or region code, per <see cref="By"/>.</param>
    /// <remarks>
    /// A count is null where it is withheld from the caller (<see cref="SmallCellPolicy"/>: below DPMD of the province,
    /// a count of 1–4), with the counts it could be recomputed from (the column's total, D = N + T + O + B); a ratio
    /// over a withheld count is null too.
    /// </remarks>
    public sealed record Row(string Key, int? S, int? K, int? D, int? N, int? T, int? O, int? B, int? TwoT, int? Bgm, decimal? DPerS, decimal? NPerD)
    {
        /// <summary>K/S in percent (null over a withheld count, like the other ratios).</summary>
        public decimal? KPerS { get; init; }
    }

    internal sealed class Handler(ChildMonths children, ICurrentUser user, TimeProvider clock, SmallCellPolicy smallCells) : IRequestHandler<GetSkdn, Result>
    {
        public async Task<Result> Handle(GetSkdn request, CancellationToken cancellationToken)
        {
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var months = await children.LoadAsync(region, period, cancellationToken);
            var rows = months.GroupBy(m => request.By.RowOf(m.PosyanduId, m.RegionCode))
                .Select(g => (g.Key, Counts: Count(g.ToList())))
                .OrderBy(r => r.Key, StringComparer.Ordinal)
                .ToList();

            // Every column's rows add up to the total, and in every row D = N + T + O + B: suppressed as one table.
            var table = smallCells.Table();
            var total = table.Cells(Count(months));
            var cells = rows.Select(r => table.Cells(r.Counts)).ToList();
            for (var column = 0; column < total.Length; column++)
            {
                table.Sum(total[column], cells.Select(c => c[column]));
            }

            foreach (var row in cells.Append(total))
            {
                table.Sum(row[2], [row[3], row[4], row[5], row[6]]);
            }

            return new Result(region.ToString(), period.ToString(), request.By.ToString().ToLowerInvariant(), RowOf("total", total, table),
                [.. rows.Select((r, i) => RowOf(r.Key, cells[i], table))]);
        }

        /// <summary>S, K, D, N, T, O, B, 2T, BGM.</summary>
        private static long[] Count(IReadOnlyCollection<ChildMonth> months)
        {
            var weighed = months.Where(m => m.Visit?.Trend is not null).Select(m => m.Visit!).ToList();
            long Trend(GrowthTrend t) => weighed.Count(v => v.Trend == t);
            return [months.Count(m => m.InArea), months.Count(m => m.InArea && m.HasGrowthCard), weighed.Count,
                Trend(GrowthTrend.N), Trend(GrowthTrend.T), Trend(GrowthTrend.O), Trend(GrowthTrend.B),
                weighed.Count(v => v.TwoT), weighed.Count(v => v.BelowRedLine)];
        }

        private static Row RowOf(string key, int[] c, SmallCellTable table)
        {
            int? At(int i) => table.Count(c[i]);
            decimal? Percent(int part, int whole) => At(part) is { } p && At(whole) is { } w ? ReportLevels.Percent(p, w) : null;
            return new Row(key, At(0), At(1), At(2), At(3), At(4), At(5), At(6), At(7), At(8), Percent(2, 0), Percent(3, 2)) { KPerS = Percent(1, 0) };
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
