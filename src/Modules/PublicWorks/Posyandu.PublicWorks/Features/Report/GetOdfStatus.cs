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

    /// <remarks>
    /// Below DPMD of the province a household count of 1–4 is null, with its complements (the villages add up to their
    /// district, the districts to their regency, the regencies to the total) and the coverage over it
    /// (<see cref="SmallCellPolicy"/>): two households still practising open defecation are two houses the village knows.
    /// Villages and their status are shown: they are places, and the status is what the village is judged by.
    /// </remarks>
    public sealed record Village(
        string RegionCode, int? Households, int? Surveyed, decimal? CoveragePercent, int? OpenDefecationHouseholds, OdfStatus Status);

    /// <param name="OdfPercent">ODF villages of the villages with a survey.</param>
    public sealed record Rollup(
        string Key, int Villages, int VillagesSurveyed, int OdfVillages, decimal? OdfPercent, int? Households, int? Surveyed,
        decimal? CoveragePercent, int? OpenDefecationHouseholds);

    internal sealed class Handler(PublicWorksDbContext db, ICurrentUser user, TimeProvider clock, SmallCellPolicy smallCells) : IRequestHandler<GetOdfStatus, Result>
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
            return Suppress(new Result(code, period.ToString(), last, Roll(code, villages),
                RollBy(villages, RegionLevel.District), RollBy(villages, RegionLevel.Regency), villages));
        }

        /// <summary>Households, surveyed and open defecation as one table: each village in its district, each district in its regency, each regency in the total.</summary>
        private Result Suppress(Result result)
        {
            if (smallCells.Exempt)
            {
                return result;
            }

            var table = smallCells.Table();
            int[] Cells(int? households, int? surveyed, int? open) => table.Cells([households ?? 0, surveyed ?? 0, open ?? 0]);
            var villages = result.Villages.Select(v => Cells(v.Households, v.Surveyed, v.OpenDefecationHouseholds)).ToList();
            var districts = result.Districts.Select(r => Cells(r.Households, r.Surveyed, r.OpenDefecationHouseholds)).ToList();
            var regencies = result.Regencies.Select(r => Cells(r.Households, r.Surveyed, r.OpenDefecationHouseholds)).ToList();
            var total = Cells(result.Total.Households, result.Total.Surveyed, result.Total.OpenDefecationHouseholds);
            string Parent(string code, RegionLevel level) => RegionCode.Parse(code).AtLevel(level)!.Value.ToString();
            void Sums(IReadOnlyList<int[]> parents, IReadOnlyList<string> parentKeys, IReadOnlyList<int[]> parts, IReadOnlyList<string> partKeys, RegionLevel level)
            {
                for (var p = 0; p < parents.Count; p++)
                {
                    var mine = parts.Where((_, i) => Parent(partKeys[i], level) == parentKeys[p]).ToList();
                    for (var column = 0; column < 3; column++)
                    {
                        table.Sum(parents[p][column], mine.Select(c => c[column]));
                    }
                }
            }

            Sums(districts, [.. result.Districts.Select(r => r.Key)], villages, [.. result.Villages.Select(v => v.RegionCode)], RegionLevel.District);
            Sums(regencies, [.. result.Regencies.Select(r => r.Key)], districts, [.. result.Districts.Select(r => r.Key)], RegionLevel.Regency);
            for (var column = 0; column < 3; column++)
            {
                // The whole region is the sum of its regencies and of its districts alike.
                table.Sum(total[column], regencies.Select(c => c[column])).Sum(total[column], districts.Select(c => c[column]));
            }

            decimal? Coverage(int[] c, decimal? shown) => table.IsHidden(c[0]) || table.IsHidden(c[1]) ? null : shown;
            Rollup Shown(Rollup r, int[] c) => r with
            {
                Households = table.Count(c[0]), Surveyed = table.Count(c[1]), OpenDefecationHouseholds = table.Count(c[2]), CoveragePercent = Coverage(c, r.CoveragePercent),
            };
            return result with
            {
                Total = Shown(result.Total, total),
                Districts = [.. result.Districts.Select((r, i) => Shown(r, districts[i]))],
                Regencies = [.. result.Regencies.Select((r, i) => Shown(r, regencies[i]))],
                Villages = [.. result.Villages.Select((v, i) => v with
                {
                    Households = table.Count(villages[i][0]), Surveyed = table.Count(villages[i][1]), OpenDefecationHouseholds = table.Count(villages[i][2]),
                    CoveragePercent = Coverage(villages[i], v.CoveragePercent),
                })],
            };
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
            var (households, surveyedHouseholds) = (villages.Sum(v => v.Households ?? 0), villages.Sum(v => v.Surveyed ?? 0));
            return new Rollup(key, villages.Count, surveyed, odf, ReportLevels.Percent(odf, surveyed), households, surveyedHouseholds,
                ReportLevels.Percent(surveyedHouseholds, households), villages.Sum(v => v.OpenDefecationHouseholds ?? 0));
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
