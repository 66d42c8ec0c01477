namespace Posyandu.Health.Features.GrowthReports;

/// <summary>
/// Nutritional-status prevalence of the children seen in a month, WHO-style: stunting over children measured for
/// length/height, wasting over children with a weight-for-length/height (or oedema), underweight over children
/// weighed. Flagged (implausible) z-scores are left out of numerators, as WHO anthro does.
/// </summary>
public sealed record GetNutritionStatus(string? Region, string? Period, ReportLevel By) : IQuery<GetNutritionStatus.Result>
{
    public sealed record Result(string Region, string Period, string By, Row Total, IReadOnlyList<Row> Rows);

    /// <remarks>
    /// Below DPMD of the province a count of 1–4 is null, with its complements and the prevalence over it
    /// (<see cref="SmallCellPolicy"/>): three stunted children in a Posyandu are three families the kader know.
    /// </remarks>
    public sealed record Row(
        string Key, int? Weighed, int? Underweight, decimal? UnderweightPercent, int? LengthMeasured, int? Stunted, decimal? StuntedPercent,
        int? WflMeasured, int? Wasted, decimal? WastedPercent);

    private static readonly SmallCellColumns<Row> Columns = new SmallCellColumns<Row>()
        .Count(r => r.Weighed, (r, v) => r with { Weighed = v })
        .Count(r => r.Underweight, (r, v) => r with { Underweight = v })
        .Count(r => r.LengthMeasured, (r, v) => r with { LengthMeasured = v })
        .Count(r => r.Stunted, (r, v) => r with { Stunted = v })
        .Count(r => r.WflMeasured, (r, v) => r with { WflMeasured = v })
        .Count(r => r.Wasted, (r, v) => r with { Wasted = v })
        .Ratio(r => r with { UnderweightPercent = null }, 0, 1)
        .Ratio(r => r with { StuntedPercent = null }, 2, 3)
        .Ratio(r => r with { WastedPercent = null }, 4, 5);

    internal sealed class Handler(ChildMonths children, ICurrentUser user, TimeProvider clock, SmallCellPolicy smallCells) : IRequestHandler<GetNutritionStatus, Result>
    {
        public async Task<Result> Handle(GetNutritionStatus request, CancellationToken cancellationToken)
        {
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var seen = (await children.LoadAsync(region, period, cancellationToken)).Where(m => m.Visit is not null).ToList();
            var rows = seen.GroupBy(m => request.By.RowOf(m.PosyanduId, m.RegionCode))
                .Select(g => Count(g.Key, g.ToList()))
                .OrderBy(r => r.Key, StringComparer.Ordinal)
                .ToList();
            var (total, shown) = smallCells.Suppress(Count("total", seen), rows, Columns);
            return new Result(region.ToString(), period.ToString(), request.By.ToString().ToLowerInvariant(), total, shown);
        }

        private static Row Count(string key, IReadOnlyCollection<ChildMonth> seen)
        {
            var visits = seen.Select(m => m.Visit!).ToList();
            int weighed = visits.Count(v => v.WeightKg is not null), underweight = visits.Count(v => v.Underweight);
            int measured = visits.Count(v => v.LengthHeightCm is not null), stunted = visits.Count(v => v.Stunted);
            int wfl = visits.Count(v => v.WeightForLengthHeightZ is not null || v.Oedema), wasted = visits.Count(v => v.Wasted);
            return new Row(key, weighed, underweight, ReportLevels.Percent(underweight, weighed), measured, stunted, ReportLevels.Percent(stunted, measured),
                wfl, wasted, ReportLevels.Percent(wasted, wfl));
        }
    }
}

internal static class GetNutritionStatusEndpoint
{
    public static void MapGetNutritionStatus(this IEndpointRouteBuilder group) =>
        group.MapGet("/reports/nutrition", async (string? region, string? period, string? by, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetNutritionStatus(region, period, Fields.Enum<ReportLevel>(by, "by") ?? ReportLevel.Posyandu), ct)))
            .WithName("GetNutritionStatus")
            .WithSummary("Stunting, wasting and underweight prevalence for a region and month, per Posyandu, village, district or regency.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.Health, Roles.Dpmd, Roles.Kader);
}
