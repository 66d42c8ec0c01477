namespace Posyandu.Reporting.Features.Scorecard;

/// <summary>Every sector's indicators for one region (any level) and month — the DPMD scorecard.</summary>
public sealed record GetScorecard(string? Region, string? Period) : IQuery<GetScorecard.Result>
{
    /// <param name="Path">The region and its ancestors, province first, with names (the breadcrumb).</param>
    public sealed record Result(string Region, string? RegionName, IReadOnlyList<RegionName> Path, string Period, IReadOnlyList<SectorCard> Sectors);

    public sealed record SectorCard(string Sector, IReadOnlyList<IndicatorValue> Indicators);

    internal sealed class Handler(ReportingDbContext db, MetricReader figures, IndicatorCatalog catalog, ICurrentUser user, TimeProvider clock, SmallCells smallCells) : IRequestHandler<GetScorecard, Result>
    {
        public async Task<Result> Handle(GetScorecard request, CancellationToken cancellationToken)
        {
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var byPeriod = await figures.ForRegionAsync(region, [period], IndicatorCatalog.Metrics(catalog.All).ToList(), cancellationToken);
            var totals = byPeriod.GetValueOrDefault(period.ToString()) ?? [];
            var sectors = IndicatorCatalog.Sectors
                .Select(sector => new SectorCard(sector, catalog.All.Where(i => i.Sector == sector).Select(i => smallCells.Apply(IndicatorValue.Of(i, totals))).ToList()))
                .ToList();
            var path = await RegionNames.PathAsync(db, region, cancellationToken);
            return new Result(region.ToString(), path.Count > 0 ? path[^1].Name : null, path, period.ToString(), sectors);
        }
    }
}

/// <summary>
/// One indicator's figures for a place and month. <see cref="Suppressed"/>: a count below
/// <c>Reporting:SmallCellThreshold</c> (other than zero) withheld from a caller who is not DPMD (<see cref="SmallCells"/>):
/// numerator, denominator and value are then null.
/// </summary>
public sealed record IndicatorValue(string Id, string Name, string Unit, long? Numerator, long? Denominator, decimal? Value, decimal? Target, string Status)
{
    public bool Suppressed { get; init; }

    public static IndicatorValue Of(Indicator indicator, IReadOnlyDictionary<string, long> totals)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(totals);
        var numerator = totals.GetValueOrDefault(indicator.Numerator);
        long? denominator = indicator.Denominator is null ? null : totals.GetValueOrDefault(indicator.Denominator);
        var value = indicator.Compute(numerator, denominator ?? 0);
        return new IndicatorValue(indicator.Id, indicator.Name, indicator.Unit, numerator, denominator, value, indicator.Target, indicator.Status(value));
    }
}

/// <summary>A region code with its name (null when the name is not known yet).</summary>
public sealed record RegionName(string Code, string? Name);

internal static class RegionNames
{
    public static async Task<IReadOnlyList<RegionName>> PathAsync(ReportingDbContext db, RegionCode region, CancellationToken ct)
    {
        var codes = new List<string>();
        for (RegionCode? c = region; c is { } code; c = code.Parent)
        {
            codes.Insert(0, code.ToString());
        }

        var names = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return codes.Select(c => new RegionName(c, names.GetValueOrDefault(c))).ToList();
    }

    public static Task<Dictionary<string, string>> ChildrenAsync(ReportingDbContext db, RegionCode region, CancellationToken ct)
    {
        var code = region.ToString();
        return db.Regions.AsNoTracking().Where(r => r.ParentCode == code).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
    }
}

internal static class ScorecardEndpoint
{
    public static void MapScorecard(this IEndpointRouteBuilder group) =>
        group.MapGet("/scorecard", async (string? region, string? period, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetScorecard(region, period), ct)))
            .WithName("GetScorecard")
            .WithSummary("All sectors' indicators for a region (province, regency, district or village code) and month (yyyy-MM).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAnyRole();
}
