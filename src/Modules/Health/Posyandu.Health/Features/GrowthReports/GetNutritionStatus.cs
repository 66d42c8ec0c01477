namespace Posyandu.Health.Features.GrowthReports;

/// <summary>
/// Nutritional-status prevalence of the children seen in a month, WHO-style: stunting over children measured for
/// length/height, wasting over children with a weight-for-length/height (or oedema), underweight over children
/// weighed. Flagged (implausible) z-scores are left out of numerators, as WHO anthro does.
/// </summary>
public sealed record GetNutritionStatus(string? Region, string? Period, ReportLevel By) : IQuery<GetNutritionStatus.Result>
{
    public sealed record Result(string Region, string Period, string By, Row Total, IReadOnlyList<Row> Rows);

    public sealed record Row(
        string Key, int Weighed, int Underweight, decimal? UnderweightPercent, int LengthMeasured, int Stunted, decimal? StuntedPercent,
        int WflMeasured, int Wasted, decimal? WastedPercent);

    internal sealed class Handler(ChildMonths children, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetNutritionStatus, Result>
    {
        public async Task<Result> Handle(GetNutritionStatus request, CancellationToken cancellationToken)
        {
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var seen = (await children.LoadAsync(region, period, cancellationToken)).Where(m => m.Visit is not null).ToList();
            var rows = seen.GroupBy(m => request.By.RowOf(m.PosyanduId, m.RegionCode))
                .Select(g => Count(g.Key, g.ToList()))
                .OrderBy(r => r.Key, StringComparer.Ordinal)
                .ToList();
            return new Result(region.ToString(), period.ToString(), request.By.ToString().ToLowerInvariant(), Count("total", seen), rows);
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
