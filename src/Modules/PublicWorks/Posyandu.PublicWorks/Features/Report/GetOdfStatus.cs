using Posyandu.SharedKernel.Reports;

namespace Posyandu.PublicWorks.Features.Report;

/// <summary>
/// The villages' ODF (stop BABS) status at a month's end (<see cref="VillageOdf"/>): per village, its households,
/// how many are surveyed (the coverage the status rests on), how many of them practise open defecation, and the status —
/// <c>odf</c>, <c>belumOdf</c> or <c>belumDisurvei</c>; rolled up per district and regency and for the whole region.
/// </summary>
public sealed record GetOdfStatus(string? Region, string? Period) : IQuery<GetOdfStatus.Result>
{
    public sealed record Result(string Region, string Period, DateOnly AsOf, Rollup Total, IReadOnlyList<Rollup> Districts, IReadOnlyList<Rollup> Regencies, IReadOnlyList<Village> Villages);

    public sealed record Village(
        string RegionCode, int Households, int Surveyed, decimal? CoveragePercent, int OpenDefecationHouseholds, OdfStatus Status);

    /// <param name="OdfPercent">ODF villages of the villages with a survey.</param>
    public sealed record Rollup(
        string Key, int Villages, int VillagesSurveyed, int OdfVillages, decimal? OdfPercent, int Households, int Surveyed,
        decimal? CoveragePercent, int OpenDefecationHouseholds);

    internal sealed class Handler(PublicWorksDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetOdfStatus, Result>
    {
        public async Task<Result> Handle(GetOdfStatus request, CancellationToken cancellationToken)
        {
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var (code, last) = (region.ToString(), period.LastDay);
            var households = await db.Households.AsNoTracking().Where(h => h.RegionCode.StartsWith(code) && h.RegisteredOn <= last)
                .Select(h => new { h.HouseholdId, h.RegionCode }).ToListAsync(cancellationToken);
            var surveys = (await db.Surveys.AsNoTracking().Where(s => s.RegionCode.StartsWith(code) && s.SurveyedOn <= last)
                .ToListAsync(cancellationToken)).ToLookup(s => s.HouseholdId);
            var villages = households
                .Select(h => (h.RegionCode, InForce: SurveyStatus.InForce(last, surveys[h.HouseholdId])))
                .GroupBy(h => h.RegionCode)
                .Select(g =>
                {
                    var (count, surveyed) = (g.Count(), g.Count(h => h.InForce is not null));
                    return new Village(g.Key, count, surveyed, ReportLevels.Percent(surveyed, count),
                        g.Count(h => h.InForce is { OpenDefecation: true }), VillageOdf.StatusOf(g.Select(h => h.InForce)));
                })
                .OrderBy(v => v.RegionCode, StringComparer.Ordinal)
                .ToList();
            return new Result(code, period.ToString(), last, Roll(code, villages),
                RollBy(villages, RegionLevel.District), RollBy(villages, RegionLevel.Regency), villages);
        }

        private static List<Rollup> RollBy(IEnumerable<Village> villages, RegionLevel level) =>
            villages.GroupBy(v => RegionCode.Parse(v.RegionCode).AtLevel(level)!.Value.ToString())
                .Select(g => Roll(g.Key, [.. g]))
                .OrderBy(r => r.Key, StringComparer.Ordinal)
                .ToList();

        private static Rollup Roll(string key, List<Village> villages)
        {
            var surveyed = villages.Count(v => v.Status != OdfStatus.BelumDisurvei);
            var odf = villages.Count(v => v.Status == OdfStatus.Odf);
            var (households, surveyedHouseholds) = (villages.Sum(v => v.Households), villages.Sum(v => v.Surveyed));
            return new Rollup(key, villages.Count, surveyed, odf, ReportLevels.Percent(odf, surveyed), households, surveyedHouseholds,
                ReportLevels.Percent(surveyedHouseholds, households), villages.Sum(v => v.OpenDefecationHouseholds));
        }
    }
}

internal static class GetOdfStatusEndpoint
{
    public static void MapGetOdfStatus(this IEndpointRouteBuilder group) =>
        group.MapGet("/reports/odf", async (string? region, string? period, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOdfStatus(region, period), ct)))
            .WithName("GetOdfStatus")
            .WithSummary("Villages' ODF (stop BABS) status at a month's end with the survey coverage it rests on, per village and rolled up per district, regency and region.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.PublicWorks, Roles.Dpmd, Roles.Desa);
}
