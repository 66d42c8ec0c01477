using Posyandu.SharedKernel.Reports;

namespace Posyandu.PublicWorks.Features.Report;

/// <summary>
/// Dinas PU's monthly report for a region: at the month's last day, households registered, surveyed and belum disurvei;
/// among the surveyed, layak drinking water (the scorecard's <c>pu-air</c>) with its reasons, the JMP sanitation rungs
/// and layak sanitation (<c>pu-sanitasi</c>), open defecation, each STBM pillar met; in the month, surveys done and
/// infrastructure reports received — per Posyandu, village, district or regency, plus the total. Percentages are of the
/// surveyed: a household never surveyed is in no percentage. Counts what was true then, so a past month reads the same later.
/// </summary>
public sealed record GetWaterSanitationReport(string? Region, string? Period, ReportLevel By) : IQuery<GetWaterSanitationReport.Result>
{
    public sealed record Result(string Region, string Period, DateOnly AsOf, string By, Row Total, IReadOnlyList<Row> Rows);

    /// <param name="Key">Posyandu id or region code, per <see cref="By"/>.</param>
    /// <param name="Name">The Posyandu's name (rows per Posyandu only).</param>
    /// <param name="NotSurveyed">Households with no survey by the month's end: belum disurvei.</param>
    /// <param name="SanitationRungs">Surveyed households per JMP rung.</param>
    /// <param name="WaterReasons">Among the surveyed with water not layak, how many for each reason.</param>
    /// <param name="StbmPillars">Surveyed households meeting each STBM pillar.</param>
    /// <param name="InfrastructureReports">Infrastructure reports received in the month, per type.</param>
    /// <remarks>Below DPMD of the province a count of 1–4 is null, with its complements and the shares over it (<see cref="SmallCellPolicy"/>).</remarks>
    public sealed record Row(
        string Key, string? Name, int? Households, int? Surveyed, int? NotSurveyed, decimal? CoveragePercent,
        int? WaterLayak, decimal? WaterLayakPercent, IReadOnlyDictionary<string, int?> WaterReasons,
        int? SanitationLayak, decimal? SanitationLayakPercent, IReadOnlyDictionary<string, int?> SanitationRungs,
        int? OpenDefecation, IReadOnlyDictionary<string, int?> StbmPillars, int? SurveysInMonth,
        IReadOnlyDictionary<string, int?> InfrastructureReports);

    private static readonly SmallCellColumns<Row> Columns = new SmallCellColumns<Row>()
        .Count(r => r.Households, (r, v) => r with { Households = v })
        .Count(r => r.Surveyed, (r, v) => r with { Surveyed = v })
        .Count(r => r.NotSurveyed, (r, v) => r with { NotSurveyed = v })
        .Count(r => r.WaterLayak, (r, v) => r with { WaterLayak = v })
        .Count(r => r.SanitationLayak, (r, v) => r with { SanitationLayak = v })
        .Count(r => r.OpenDefecation, (r, v) => r with { OpenDefecation = v })
        .Count(r => r.SurveysInMonth, (r, v) => r with { SurveysInMonth = v })
        .Within(0, 1, 2) // households = surveyed + not surveyed
        .CountsPerCode(r => r.WaterReasons, (r, v) => r with { WaterReasons = v })
        .CountsPerCode(r => r.SanitationRungs, (r, v) => r with { SanitationRungs = v })
        .CountsPerCode(r => r.StbmPillars, (r, v) => r with { StbmPillars = v })
        .CountsPerCode(r => r.InfrastructureReports, (r, v) => r with { InfrastructureReports = v })
        .Ratio(r => r with { CoveragePercent = null }, 0, 1)
        .Ratio(r => r with { WaterLayakPercent = null }, 1, 3)
        .Ratio(r => r with { SanitationLayakPercent = null }, 1, 4);

    internal sealed class Handler(PublicWorksDbContext db, ICurrentUser user, TimeProvider clock, SmallCellPolicy smallCells) : IRequestHandler<GetWaterSanitationReport, Result>
    {
        public async Task<Result> Handle(GetWaterSanitationReport request, CancellationToken cancellationToken)
        {
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var (code, first, last) = (region.ToString(), period.FirstDay, period.LastDay);
            var households = await db.Households.AsNoTracking().Where(h => h.RegionCode.StartsWith(code) && h.RegisteredOn <= last)
                .Select(h => new { h.HouseholdId, h.PosyanduId, h.RegionCode }).ToListAsync(cancellationToken);
            var surveys = (await db.Surveys.AsNoTracking().Where(s => s.RegionCode.StartsWith(code) && s.SurveyedOn <= last)
                .ToListAsync(cancellationToken)).ToLookup(s => s.HouseholdId);
            var reports = await db.InfrastructureReports.AsNoTracking().Where(r => r.RegionCode.StartsWith(code))
                .Select(r => new { r.PosyanduId, r.RegionCode, r.Type, r.ReportedAt }).ToListAsync(cancellationToken);
            var names = request.By == ReportLevel.Posyandu
                ? await db.Posyandu.AsNoTracking().Where(p => p.RegionCode.StartsWith(code)).ToDictionaryAsync(p => p.PosyanduId, p => p.Name, cancellationToken)
                : new Dictionary<Guid, string>();

            var houses = households.Select(h => new House(
                request.By.RowOf(h.PosyanduId, h.RegionCode), SurveyStatus.InForce(last, surveys[h.HouseholdId]),
                surveys[h.HouseholdId].Count(s => s.SurveyedOn >= first))).ToList();
            var received = reports.Where(r => clock.LocalDate(r.ReportedAt) is var day && day >= first && day <= last)
                .Select(r => (Key: request.By.RowOf(r.PosyanduId, r.RegionCode), r.Type)).ToList();
            var housesByKey = houses.ToLookup(h => h.Key);
            var receivedByKey = received.ToLookup(r => r.Key, r => r.Type);
            var rows = housesByKey.Select(g => g.Key).Concat(receivedByKey.Select(g => g.Key)).Distinct()
                .Select(key => Count(key, request.By == ReportLevel.Posyandu ? names.GetValueOrDefault(Guid.Parse(key)) : null, [.. housesByKey[key]], [.. receivedByKey[key]]))
                .OrderBy(r => r.Key, StringComparer.Ordinal)
                .ToList();
            var (total, shown) = smallCells.Suppress(Count("total", null, houses, [.. received.Select(r => r.Type)]), rows, Columns);
            return new Result(code, period.ToString(), last, request.By.ToApi(), total, shown);
        }

        private static Row Count(string key, string? name, IReadOnlyCollection<House> houses, IReadOnlyCollection<string> reports)
        {
            var surveyed = houses.Where(h => h.InForce is not null).Select(h => h.InForce!).ToList();
            var water = surveyed.Count(s => s.WaterLayak);
            var sanitation = surveyed.Count(s => s.SanitationLayak);
            return new Row(
                key, name, houses.Count, surveyed.Count, houses.Count - surveyed.Count, ReportLevels.Percent(surveyed.Count, houses.Count),
                water, ReportLevels.Percent(water, surveyed.Count), Tally(surveyed.SelectMany(s => s.WaterReasons)),
                sanitation, ReportLevels.Percent(sanitation, surveyed.Count),
                Enum.GetValues<SanitationRung>().ToDictionary(r => r.ToApi(), r => (int?)surveyed.Count(s => s.Sanitation == r)),
                surveyed.Count(s => s.OpenDefecation),
                StbmPillars.All.ToDictionary(p => p, p => (int?)surveyed.Count(s => s.StbmPillarsMet.Contains(p))),
                houses.Sum(h => h.SurveysInMonth), Tally(reports));
        }

        private static SortedDictionary<string, int?> Tally(IEnumerable<string> codes) =>
            new(codes.GroupBy(c => c).ToDictionary(g => g.Key, g => (int?)g.Count()), StringComparer.Ordinal);

        private sealed record House(string Key, WaterSanitationSurvey? InForce, int SurveysInMonth);
    }
}

internal static class GetWaterSanitationReportEndpoint
{
    public static void MapGetWaterSanitationReport(this IEndpointRouteBuilder group) =>
        group.MapGet("/reports/water-sanitation", async (string? region, string? period, string? by, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetWaterSanitationReport(region, period, Fields.Enum<ReportLevel>(by, "by") ?? ReportLevel.Posyandu), ct)))
            .WithName("GetWaterSanitationReport")
            .WithSummary("Dinas PU's monthly report (surveyed and belum disurvei, layak water, JMP sanitation rungs, open defecation, STBM pillars, infrastructure reports) per Posyandu, village, district or regency.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.PublicWorks, Roles.Dpmd, Roles.Desa);
}
