using Posyandu.SharedKernel.Reports;

namespace Posyandu.Housing.Features.Report;

/// <summary>
/// Dinas Perumahan's monthly RTLH report for a region: at the month's last day, households registered, houses
/// assessed, RTLH (and its share of the assessed, the scorecard's <c>rumah-rtlh</c>) with the reasons, in
/// rehabilitation; in the month, rehabilitations started (planned budget), completed (final cost) and cancelled —
/// per Posyandu, village, district or regency, plus the total. Counts what was true then, so a past month reads the same later.
/// </summary>
public sealed record GetRtlhReport(string? Region, string? Period, ReportLevel By) : IQuery<GetRtlhReport.Result>
{
    public sealed record Result(string Region, string Period, DateOnly AsOf, string By, Row Total, IReadOnlyList<Row> Rows);

    /// <param name="Key">Posyandu id or region code, per <see cref="By"/>.</param>
    /// <param name="Name">The Posyandu's name (rows per Posyandu only).</param>
    /// <param name="RtlhReasons">Among the RTLH houses, how many fail each criterion.</param>
    /// <remarks>
    /// Below DPMD of the province a count of 1–4 is null, with its complements (<see cref="SmallCellPolicy"/>); a
    /// percentage or a sum of rupiah over a withheld count is null too (one house's budget is that household's).
    /// </remarks>
    public sealed record Row(
        string Key, string? Name, int? Households, int? Assessed, int? Rtlh, decimal? RtlhPercent, int? InRehabilitation,
        IReadOnlyDictionary<string, int?> RtlhReasons, int? RehabilitationsStarted, long? PlannedBudgetRupiah,
        int? RehabilitationsCompleted, long? FinalCostRupiah, int? RehabilitationsCancelled);

    private static readonly SmallCellColumns<Row> Columns = new SmallCellColumns<Row>()
        .Count(r => r.Households, (r, v) => r with { Households = v })
        .Count(r => r.Assessed, (r, v) => r with { Assessed = v })
        .Count(r => r.Rtlh, (r, v) => r with { Rtlh = v })
        .Count(r => r.InRehabilitation, (r, v) => r with { InRehabilitation = v })
        .Count(r => r.RehabilitationsStarted, (r, v) => r with { RehabilitationsStarted = v })
        .Count(r => r.RehabilitationsCompleted, (r, v) => r with { RehabilitationsCompleted = v })
        .Count(r => r.RehabilitationsCancelled, (r, v) => r with { RehabilitationsCancelled = v })
        .CountsPerCode(r => r.RtlhReasons, (r, v) => r with { RtlhReasons = v })
        .Ratio(r => r with { RtlhPercent = null }, 1, 2)
        .Ratio(r => r with { PlannedBudgetRupiah = null }, 4)
        .Ratio(r => r with { FinalCostRupiah = null }, 5);

    internal sealed class Handler(HousingDbContext db, ICurrentUser user, TimeProvider clock, SmallCellPolicy smallCells) : IRequestHandler<GetRtlhReport, Result>
    {
        public async Task<Result> Handle(GetRtlhReport request, CancellationToken cancellationToken)
        {
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var (code, first, last) = (region.ToString(), period.FirstDay, period.LastDay);
            var households = await db.Households.AsNoTracking().Where(h => h.RegionCode.StartsWith(code) && h.RegisteredOn <= last)
                .Select(h => new { h.HouseholdId, h.PosyanduId, h.RegionCode }).ToListAsync(cancellationToken);
            var assessments = (await db.Assessments.AsNoTracking().Where(a => a.RegionCode.StartsWith(code) && a.AssessedOn <= last)
                .ToListAsync(cancellationToken)).ToLookup(a => a.HouseholdId);
            var rehabilitations = await db.Rehabilitations.AsNoTracking().Where(r => r.RegionCode.StartsWith(code) && r.StartedOn <= last)
                .ToListAsync(cancellationToken);
            var byHousehold = rehabilitations.ToLookup(r => r.HouseholdId);
            var names = request.By == ReportLevel.Posyandu
                ? await db.Posyandu.AsNoTracking().Where(p => p.RegionCode.StartsWith(code)).ToDictionaryAsync(p => p.PosyanduId, p => p.Name, cancellationToken)
                : new Dictionary<Guid, string>();

            var houses = households.Select(h => new House(
                request.By.RowOf(h.PosyanduId, h.RegionCode), HouseStatus.On(last, assessments[h.HouseholdId], byHousehold[h.HouseholdId]))).ToList();
            var works = rehabilitations.Select(r => new Works(request.By.RowOf(r.PosyanduId, r.RegionCode), r)).ToList();
            // Grouped once: filtering every row's houses out of the whole region was quadratic at province level.
            var housesByKey = houses.ToLookup(h => h.Key);
            var worksByKey = works.ToLookup(w => w.Key);
            var rows = housesByKey.Select(g => g.Key).Concat(worksByKey.Select(g => g.Key)).Distinct()
                .Select(key => Count(key, request.By == ReportLevel.Posyandu ? names.GetValueOrDefault(Guid.Parse(key)) : null,
                    [.. housesByKey[key]], [.. worksByKey[key]], first, last))
                .OrderBy(r => r.Key, StringComparer.Ordinal)
                .ToList();
            var (total, shown) = smallCells.Suppress(Count("total", null, houses, works, first, last), rows, Columns);
            return new Result(code, period.ToString(), last, request.By.ToApi(), total, shown);
        }

        private static Row Count(string key, string? name, IReadOnlyCollection<House> houses, IReadOnlyCollection<Works> works, DateOnly first, DateOnly last)
        {
            var assessed = houses.Count(h => h.State.Assessment is not null);
            var rtlh = houses.Where(h => h.State.IsRtlh).ToList();
            var reasons = new SortedDictionary<string, int?>(rtlh.SelectMany(h => h.State.Assessment!.Reasons)
                .GroupBy(r => r).ToDictionary(g => g.Key, g => (int?)g.Count()), StringComparer.Ordinal);
            bool In(DateOnly? day) => day >= first && day <= last;
            var started = works.Where(w => In(w.Rehabilitation.StartedOn)).ToList();
            var completed = works.Where(w => In(w.Rehabilitation.CompletedOn)).ToList();
            return new Row(
                key, name, houses.Count, assessed, rtlh.Count, ReportLevels.Percent(rtlh.Count, assessed),
                works.Count(w => HouseStatus.InProgressOn(w.Rehabilitation, last)), reasons,
                started.Count, started.Sum(w => w.Rehabilitation.PlannedBudgetRupiah),
                completed.Count, completed.Sum(w => w.Rehabilitation.FinalCostRupiah ?? 0),
                works.Count(w => In(w.Rehabilitation.CancelledOn)));
        }

        private sealed record House(string Key, HouseState State);

        private sealed record Works(string Key, Rehabilitation Rehabilitation);
    }
}

internal static class GetRtlhReportEndpoint
{
    public static void MapGetRtlhReport(this IEndpointRouteBuilder group) =>
        group.MapGet("/reports/rtlh", async (string? region, string? period, string? by, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRtlhReport(region, period, Fields.Enum<ReportLevel>(by, "by") ?? ReportLevel.Posyandu), ct)))
            .WithName("GetRtlhReport")
            .WithSummary("Dinas Perumahan's monthly RTLH report (assessed, RTLH and reasons, in rehabilitation; rehabilitations started, completed, cancelled with budget and cost) per Posyandu, village, district or regency.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.Housing, Roles.Dpmd);
}
