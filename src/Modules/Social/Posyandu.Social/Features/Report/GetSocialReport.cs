using Posyandu.SharedKernel.Reports;

namespace Posyandu.Social.Features.Report;

/// <summary>
/// Dinas Sosial's monthly report for a region, per Posyandu, village, district or regency plus the total: at the
/// month's end — households, DTSEN checked, in DTSEN, bottom deciles, vulnerable (<see cref="HouseholdWelfare"/>),
/// of them assisted, households per programme, open PPKS cases per SPM Sosial service, persons with a disability; in
/// the month — PPKS identified, served, closed, proposals submitted, decided, accepted. Counts what was true then.
/// </summary>
public sealed record GetSocialReport(string? Region, string? Period, ReportLevel By) : IQuery<GetSocialReport.Result>
{
    public sealed record Result(string Region, string Period, DateOnly AsOf, string By, Row Total, IReadOnlyList<Row> Rows);

    /// <param name="Key">Posyandu id or region code, per <see cref="By"/>.</param>
    /// <param name="AssistedPercent">Assisted of the vulnerable (scorecard <c>sos-bantuan</c>).</param>
    /// <remarks>Below DPMD of the province a count of 1–4 is null, with its complements and the share over it (<see cref="SmallCellPolicy"/>).</remarks>
    public sealed record Row(
        string Key, string? Name, int? Households, int? DtsenChecked, int? InDtsen, int? BottomDeciles, int? Vulnerable, int? VulnerableAssisted,
        decimal? AssistedPercent, IReadOnlyDictionary<string, int?> HouseholdsPerProgramme, int? PpksOpen, IReadOnlyDictionary<string, int?> PpksOpenPerSpmService,
        int? PersonsWithDisability, int? PpksIdentified, int? PpksServed, int? PpksClosed, int? ProposalsSubmitted, int? ProposalsDecided, int? ProposalsAccepted);

    private static readonly SmallCellColumns<Row> Columns = new SmallCellColumns<Row>()
        .Count(r => r.Households, (r, v) => r with { Households = v })
        .Count(r => r.DtsenChecked, (r, v) => r with { DtsenChecked = v })
        .Count(r => r.InDtsen, (r, v) => r with { InDtsen = v })
        .Count(r => r.BottomDeciles, (r, v) => r with { BottomDeciles = v })
        .Count(r => r.Vulnerable, (r, v) => r with { Vulnerable = v })
        .Count(r => r.VulnerableAssisted, (r, v) => r with { VulnerableAssisted = v })
        .Count(r => r.PpksOpen, (r, v) => r with { PpksOpen = v })
        .Count(r => r.PersonsWithDisability, (r, v) => r with { PersonsWithDisability = v })
        .Count(r => r.PpksIdentified, (r, v) => r with { PpksIdentified = v })
        .Count(r => r.PpksServed, (r, v) => r with { PpksServed = v })
        .Count(r => r.PpksClosed, (r, v) => r with { PpksClosed = v })
        .Count(r => r.ProposalsSubmitted, (r, v) => r with { ProposalsSubmitted = v })
        .Count(r => r.ProposalsDecided, (r, v) => r with { ProposalsDecided = v })
        .Count(r => r.ProposalsAccepted, (r, v) => r with { ProposalsAccepted = v })
        .CountsPerCode(r => r.HouseholdsPerProgramme, (r, v) => r with { HouseholdsPerProgramme = v })
        .CountsPerCode(r => r.PpksOpenPerSpmService, (r, v) => r with { PpksOpenPerSpmService = v })
        .Ratio(r => r with { AssistedPercent = null }, 4, 5);

    internal sealed class Handler(SocialDbContext db, ICurrentUser user, TimeProvider clock, SmallCellPolicy smallCells) : IRequestHandler<GetSocialReport, Result>
    {
        public async Task<Result> Handle(GetSocialReport request, CancellationToken cancellationToken)
        {
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var (code, first, last) = (region.ToString(), period.FirstDay, period.LastDay);
            var households = await db.Households.AsNoTracking().Where(h => h.RegionCode.StartsWith(code) && h.RegisteredOn <= last).ToListAsync(cancellationToken);
            var cases = await db.PpksCases.AsNoTracking().Where(c => c.RegionCode.StartsWith(code) && c.IdentifiedOn <= last).ToListAsync(cancellationToken);
            var disabilities = await db.Disabilities.AsNoTracking().Where(d => d.RegionCode.StartsWith(code) && d.AssessedOn <= last).ToListAsync(cancellationToken);
            var checks = await db.DtsenChecks.AsNoTracking().Where(c => c.RegionCode.StartsWith(code) && c.CheckedOn <= last).ToListAsync(cancellationToken);
            var assistance = await db.Assistance.AsNoTracking().Where(a => a.RegionCode.StartsWith(code) && a.StartedOn <= last).ToListAsync(cancellationToken);
            var proposals = await db.Proposals.AsNoTracking().Where(p => p.RegionCode.StartsWith(code) && p.SubmittedOn <= last).ToListAsync(cancellationToken);
            var names = request.By == ReportLevel.Posyandu
                ? await db.Posyandu.AsNoTracking().Where(p => p.RegionCode.StartsWith(code)).ToDictionaryAsync(p => p.PosyanduId, p => p.Name, cancellationToken)
                : new Dictionary<Guid, string>();

            var (casesOf, disabilitiesOf, checksOf, assistanceOf) = (
                cases.ToLookup(c => c.HouseholdId), disabilities.ToLookup(d => d.HouseholdId), checks.ToLookup(c => c.HouseholdId), assistance.ToLookup(a => a.HouseholdId));
            var homes = households.Select(h => new Home(
                request.By.RowOf(h.PosyanduId, h.RegionCode),
                new HouseholdWelfare([.. casesOf[h.HouseholdId]], [.. disabilitiesOf[h.HouseholdId]], [.. checksOf[h.HouseholdId]], [.. assistanceOf[h.HouseholdId]])))
                .ToList();
            var keyed = new Keyed(
                homes.ToLookup(h => h.Key), cases.ToLookup(c => request.By.RowOf(c.PosyanduId, c.RegionCode)),
                disabilities.ToLookup(d => request.By.RowOf(d.PosyanduId, d.RegionCode)), proposals.ToLookup(p => request.By.RowOf(p.PosyanduId, p.RegionCode)));
            var rows = keyed.Homes.Select(g => g.Key).Concat(keyed.Cases.Select(g => g.Key)).Concat(keyed.Proposals.Select(g => g.Key)).Distinct()
                .Select(key => Count(key, request.By == ReportLevel.Posyandu ? names.GetValueOrDefault(Guid.Parse(key)) : null,
                    [.. keyed.Homes[key]], [.. keyed.Cases[key]], [.. keyed.Disabilities[key]], [.. keyed.Proposals[key]], first, last))
                .OrderBy(r => r.Key, StringComparer.Ordinal)
                .ToList();
            var (total, shown) = smallCells.Suppress(Count("total", null, homes, cases, disabilities, proposals, first, last), rows, Columns);
            return new Result(code, period.ToString(), last, request.By.ToApi(), total, shown);
        }

        private static Row Count(
            string key, string? name, IReadOnlyCollection<Home> homes, IReadOnlyCollection<PpksCase> cases, IReadOnlyCollection<DisabilityRecord> disabilities,
            IReadOnlyCollection<Proposal> proposals, DateOnly first, DateOnly last)
        {
            bool In(DateOnly? day) => day >= first && day <= last;
            var checkedNow = homes.Select(h => h.Welfare.CheckOn(last)).Where(c => c is not null).ToList();
            var vulnerable = homes.Where(h => h.Welfare.VulnerableIn(first, last)).ToList();
            var programmes = new SortedDictionary<string, int?>(
                homes.SelectMany(h => h.Welfare.Assistance.Where(a => a.ActiveIn(first, last)).Select(a => a.Programme).Distinct())
                    .GroupBy(p => p).ToDictionary(g => g.Key, g => (int?)g.Count()), StringComparer.Ordinal);
            var open = cases.Where(c => c.OpenOn(last)).ToList();
            var perService = new SortedDictionary<string, int?>(
                open.Select(c => SocialCatalogue.Current.Type(c.Type)?.SpmService).OfType<string>().GroupBy(s => s).ToDictionary(g => g.Key, g => (int?)g.Count()),
                StringComparer.Ordinal);
            var assisted = vulnerable.Count(h => h.Welfare.AssistedIn(first, last));
            return new Row(
                key, name, homes.Count, checkedNow.Count, checkedNow.Count(c => c!.InDtsen), homes.Count(h => h.Welfare.BottomDecileOn(last)),
                vulnerable.Count, assisted, ReportLevels.Percent(assisted, vulnerable.Count), programmes, open.Count, perService,
                disabilities.Select(d => d.ResidentId).Distinct().Count(), cases.Count(c => In(c.IdentifiedOn)), cases.Count(c => In(c.ServedOn)),
                cases.Count(c => In(c.ClosedOn)), proposals.Count(p => In(p.SubmittedOn)), proposals.Count(p => In(p.DecidedOn)),
                proposals.Count(p => In(p.DecidedOn) && p.Outcome == ProposalOutcome.Accepted));
        }

        private sealed record Home(string Key, HouseholdWelfare Welfare);

        private sealed record Keyed(
            ILookup<string, Home> Homes, ILookup<string, PpksCase> Cases, ILookup<string, DisabilityRecord> Disabilities, ILookup<string, Proposal> Proposals);
    }
}

internal static class GetSocialReportEndpoint
{
    public static void MapGetSocialReport(this IEndpointRouteBuilder group) =>
        group.MapGet("/reports/monthly", async (string? region, string? period, string? by, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSocialReport(region, period, Fields.Enum<ReportLevel>(by, "by") ?? ReportLevel.Posyandu), ct)))
            .WithName("GetSocialReport")
            .WithSummary("Dinas Sosial's monthly report (DTSEN, vulnerable and assisted households, programmes, PPKS by SPM service, disability, proposals) per Posyandu, village, district or regency.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(SocialRules.Offices);
}
