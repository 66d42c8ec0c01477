using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Posyandu.Health.LifeCycle;
using Posyandu.Health.Persistence;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Mediation;
using Posyandu.SharedKernel.Reports;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Health.Features.GrowthReports;

/// <summary>
/// Thinness and obesity of school-age children and adolescents (5–17 years) screened in a month, by IMT/U on the WHO
/// Growth Reference 2007 (Permenkes 2/2020): thinness IMT/U &lt; −2 SD (gizi kurang and gizi buruk), obesity
/// &gt; +2 SD, over those with a plausible IMT/U z-score (WHO's flagged values are left out, as in the under-five
/// report). Remaja putri (girls 10–17, Kemenkes' rematri): haemoglobin tested, anaemic, and given iron tablets (TTD).
/// A child screened twice in the month counts once, by the last screening.
/// </summary>
public sealed record GetSchoolAgeNutrition(string? Region, string? Period, ReportLevel By) : IQuery<GetSchoolAgeNutrition.Result>
{
    /// <summary>Kemenkes' remaja putri for anaemia screening and TTD: girls from 10 years (WHO's adolescence).</summary>
    public const int AdolescentGirlsFromAge = 10;

    public sealed record Result(string Region, string Period, string By, Row Total, IReadOnlyList<Row> Rows);

    /// <remarks>
    /// Below DPMD of the province a count of 1–4 is null, with its complements and the share over it
    /// (<see cref="SmallCellPolicy"/>): two anaemic girls in a Posyandu's school are two girls the village can name.
    /// </remarks>
    public sealed record Row(
        string Key, int? Screened, int? BmiForAgeMeasured, int? Thin, decimal? ThinPercent, int? SeverelyThin, int? Obese, decimal? ObesePercent,
        int? GirlsHbTested, int? GirlsAnaemic, decimal? GirlsAnaemicPercent, int? GirlsGivenIronTablets);

    private static readonly SmallCellColumns<Row> Columns = new SmallCellColumns<Row>()
        .Count(r => r.Screened, (r, v) => r with { Screened = v })
        .Count(r => r.BmiForAgeMeasured, (r, v) => r with { BmiForAgeMeasured = v })
        .Count(r => r.Thin, (r, v) => r with { Thin = v })
        .Count(r => r.SeverelyThin, (r, v) => r with { SeverelyThin = v })
        .Count(r => r.Obese, (r, v) => r with { Obese = v })
        .Count(r => r.GirlsHbTested, (r, v) => r with { GirlsHbTested = v })
        .Count(r => r.GirlsAnaemic, (r, v) => r with { GirlsAnaemic = v })
        .Count(r => r.GirlsGivenIronTablets, (r, v) => r with { GirlsGivenIronTablets = v })
        .Ratio(r => r with { ThinPercent = null }, 1, 2)
        .Ratio(r => r with { ObesePercent = null }, 1, 4)
        .Ratio(r => r with { GirlsAnaemicPercent = null }, 5, 6);

    private sealed record Screened(
        Guid ResidentId, Guid PosyanduId, string RegionCode, DateOnly ScreenedOn, Guid Id, bool Girl, double? BmiForAgeZ, bool? Flagged, bool? Anaemia,
        int? IronTablets);

    internal sealed class Handler(HealthDbContext db, ICurrentUser user, TimeProvider clock, SmallCellPolicy smallCells) : IRequestHandler<GetSchoolAgeNutrition, Result>
    {
        public async Task<Result> Handle(GetSchoolAgeNutrition request, CancellationToken cancellationToken)
        {
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var code = region.ToString();
            var prefix = code + ".";
            var screened = (await db.Screenings.AsNoTracking()
                    .Where(s => s.LifeStage == LifeStage.SchoolAgeAndAdolescent && s.ScreenedOn >= period.FirstDay && s.ScreenedOn <= period.LastDay
                                && (s.RegionCode == code || s.RegionCode.StartsWith(prefix)))
                    .Select(s => new Screened(
                        s.ResidentId, s.PosyanduId, s.RegionCode, s.ScreenedOn, s.Id,
                        s.Sex == SharedKernel.Domain.Sex.Female && s.AgeYears >= AdolescentGirlsFromAge, s.BmiForAgeZ, s.BmiForAgeFlagged, s.Anaemia,
                        s.IronTabletsGiven))
                    .ToListAsync(cancellationToken))
                .GroupBy(s => s.ResidentId)
                .Select(g => g.MaxBy(s => (s.ScreenedOn, s.Id))!)
                .ToList();
            var rows = screened.GroupBy(s => request.By.RowOf(s.PosyanduId, s.RegionCode))
                .Select(g => Count(g.Key, g.ToList()))
                .OrderBy(r => r.Key, StringComparer.Ordinal)
                .ToList();
            var (total, shown) = smallCells.Suppress(Count("total", screened), rows, Columns);
            return new Result(code, period.ToString(), request.By.ToString().ToLowerInvariant(), total, shown);
        }

        private static Row Count(string key, IReadOnlyCollection<Screened> screened)
        {
            var plausible = screened.Where(s => s is { BmiForAgeZ: not null, Flagged: false }).Select(s => s.BmiForAgeZ!.Value).ToList();
            int thin = plausible.Count(z => z < -2), obese = plausible.Count(z => z > 2);
            var girls = screened.Where(s => s.Girl).ToList();
            int tested = girls.Count(g => g.Anaemia is not null), anaemic = girls.Count(g => g.Anaemia == true);
            return new Row(
                key, screened.Count, plausible.Count, thin, ReportLevels.Percent(thin, plausible.Count), plausible.Count(z => z < -3),
                obese, ReportLevels.Percent(obese, plausible.Count), tested, anaemic, ReportLevels.Percent(anaemic, tested),
                girls.Count(g => g.IronTablets is > 0));
        }
    }
}

internal static class GetSchoolAgeNutritionEndpoint
{
    public static void MapGetSchoolAgeNutrition(this IEndpointRouteBuilder group) =>
        group.MapGet("/reports/school-age-nutrition", async (string? region, string? period, string? by, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSchoolAgeNutrition(region, period, Fields.Enum<ReportLevel>(by, "by") ?? ReportLevel.Posyandu), ct)))
            .WithName("GetSchoolAgeNutrition")
            .WithSummary("Thinness (IMT/U < −2 SD) and obesity (> +2 SD) of 5–17-year-olds screened, and remaja putri anaemia and TTD, per Posyandu, village, district or regency.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.Health, Roles.Dpmd, Roles.Kader);
}
