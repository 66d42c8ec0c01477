using Posyandu.Trantibumlinmas.Catalogue;

namespace Posyandu.Trantibumlinmas.Features.Report;

/// <summary>
/// The sector's monthly report for a region, per Posyandu, village, district or regency, plus the total: incidents that
/// happened in the month by type, handled within the type's hours, escalated, and sensitive ones waiting for the village
/// head; at the month's end, villages with hazards and of them informed (hazard information in the last twelve months),
/// evacuation points, poskamling and of them aktif, linmas members, equipment; in the month, ronda nights and KIE
/// sessions on kesiapsiagaan. Counts and codes only — never a reporter. Village-bound records fall in the row of the
/// village's first Posyandu when rows are per Posyandu.
/// </summary>
public sealed record GetTrantibumlinmasReport(string? Region, string? Period, ReportLevel By) : IQuery<GetTrantibumlinmasReport.Result>
{
    public sealed record Result(string Region, string Period, DateOnly AsOf, string By, Row Total, IReadOnlyList<Row> Rows);

    /// <param name="Key">Posyandu id or region code, per <see cref="By"/>.</param>
    /// <param name="IncidentsByType">Incidents that happened in the month, per catalogue type.</param>
    /// <remarks>
    /// Below DPMD of the province the counts of people — incidents (each has a reporter and someone it befell) by type,
    /// handled, escalated and awaiting, linmas members, KIE attendees — are null at 1–4, with their complements and the
    /// share over them (<see cref="SmallCellPolicy"/>): one KDRT incident in a Posyandu's area is a household. Villages,
    /// evacuation points, poskamling, equipment, ronda nights and KIE sessions count places and things and are shown.
    /// </remarks>
    public sealed record Row(
        string Key, string? Name, int? Incidents, IReadOnlyDictionary<string, int?> IncidentsByType, int? HandledWithinSla, decimal? HandledWithinSlaPercent,
        int? Escalated, int? AwaitingApproval, int VillagesWithHazards, int VillagesInformed, int EvacuationPoints, int Poskamling, int PoskamlingActive,
        int? LinmasMembers, int Equipment, int PatrolNights, int KieSessions, int? KieAttendees);

    private static readonly SmallCellColumns<Row> Columns = new SmallCellColumns<Row>()
        .Count(r => r.Incidents, (r, v) => r with { Incidents = v })
        .Count(r => r.HandledWithinSla, (r, v) => r with { HandledWithinSla = v })
        .Count(r => r.Escalated, (r, v) => r with { Escalated = v })
        .Count(r => r.AwaitingApproval, (r, v) => r with { AwaitingApproval = v })
        .Count(r => r.LinmasMembers, (r, v) => r with { LinmasMembers = v })
        .Count(r => r.KieAttendees, (r, v) => r with { KieAttendees = v })
        .CountsPerCode(r => r.IncidentsByType, (r, v) => r with { IncidentsByType = v })
        .WithinCodes(0, 0)
        .Ratio(r => r with { HandledWithinSlaPercent = null }, 0, 1);

    internal sealed class Handler(TrantibumlinmasDbContext db, ICurrentUser user, TimeProvider clock, SmallCellPolicy smallCells) : IRequestHandler<GetTrantibumlinmasReport, Result>
    {
        public async Task<Result> Handle(GetTrantibumlinmasReport request, CancellationToken cancellationToken)
        {
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var (code, first, last) = (region.ToString(), period.FirstDay, period.LastDay);
            var (from, until) = (clock.StartOfLocalDay(first), clock.StartOfLocalDay(last.AddDays(1)));
            var posyandu = await db.Posyandu.AsNoTracking().Where(p => p.RegionCode.StartsWith(code)).Select(p => new { p.PosyanduId, p.RegionCode, p.Name }).ToListAsync(cancellationToken);
            var counting = posyandu.GroupBy(p => p.RegionCode).ToDictionary(g => g.Key, g => g.Min(p => p.PosyanduId), StringComparer.Ordinal);
            var incidents = await db.Incidents.AsNoTracking().Where(i => i.RegionCode.StartsWith(code) && i.OccurredAt >= from && i.OccurredAt < until).ToListAsync(cancellationToken);
            var waiting = (await db.Approvals.AsNoTracking().Where(a => a.RegionCode.StartsWith(code) && a.Status == ApprovalStatus.Menunggu && a.Action == Incident.EscalationAction)
                .Select(a => a.SubjectId).ToListAsync(cancellationToken)).ToHashSet();
            var hazards = await db.Hazards.AsNoTracking().Where(h => h.RegionCode.StartsWith(code) && h.FirstAssessedOn <= last).Select(h => h.RegionCode).Distinct().ToListAsync(cancellationToken);
            var informedSince = period.AddMonths(1 - Spm.TrantibumlinmasContributions.InformedMonths).FirstDay;
            var informed = (await db.HazardInformation.AsNoTracking().Where(h => h.RegionCode.StartsWith(code) && h.GivenOn >= informedSince && h.GivenOn <= last)
                .Select(h => h.RegionCode).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var points = await db.EvacuationPoints.AsNoTracking().Where(p => p.RegionCode.StartsWith(code)).Select(p => p.RegionCode).ToListAsync(cancellationToken);
            var checks = (await db.PoskamlingChecks.AsNoTracking().Where(c => c.RegionCode.StartsWith(code) && c.CheckedOn <= last).ToListAsync(cancellationToken))
                .GroupBy(c => c.PoskamlingId).Select(g => g.OrderBy(c => c.CheckedOn).ThenBy(c => c.Id).Last()).ToList();
            var members = await db.LinmasMembers.AsNoTracking().Where(m => m.RegionCode.StartsWith(code) && m.JoinedOn <= last).Select(m => m.RegionCode).ToListAsync(cancellationToken);
            var equipment = await db.Equipment.AsNoTracking().Where(e => e.RegionCode.StartsWith(code)).Select(e => e.RegionCode).ToListAsync(cancellationToken);
            var month = period.ToString();
            var patrols = await db.Patrols.AsNoTracking().Where(p => p.RegionCode.StartsWith(code) && p.Period == month).Select(p => new { p.RegionCode, p.Nights }).ToListAsync(cancellationToken);
            var sessions = await db.PreparednessSessions.AsNoTracking().Where(s => s.RegionCode.StartsWith(code) && s.Date >= first && s.Date <= last)
                .Select(s => new { s.PosyanduId, s.RegionCode, s.Attendees }).ToListAsync(cancellationToken);

            // A village-bound fact falls in the row of its village (or, per Posyandu, the village's first Posyandu).
            string Village(string village) => request.By == ReportLevel.Posyandu
                ? (counting.TryGetValue(village, out var p) ? p.ToString() : village)
                : request.By.RowOf(Guid.Empty, village);
            var facts = incidents.Select(i => new Fact(request.By.RowOf(i.PosyanduId, i.RegionCode), Incident: i, Waiting: waiting.Contains(i.Id)))
                .Concat(hazards.Select(v => new Fact(Village(v), HazardVillage: true, Informed: informed.Contains(v))))
                .Concat(points.Select(v => new Fact(Village(v), Point: true)))
                .Concat(checks.Select(c => new Fact(Village(c.RegionCode), Post: c.Status)))
                .Concat(members.Select(v => new Fact(Village(v), Member: true)))
                .Concat(equipment.Select(v => new Fact(Village(v), Equipment: true)))
                .Concat(patrols.Select(p => new Fact(Village(p.RegionCode), Nights: p.Nights)))
                .Concat(sessions.Select(s => new Fact(request.By.RowOf(s.PosyanduId, s.RegionCode), Session: true, Attendees: s.Attendees)))
                .ToList();
            var names = posyandu.ToDictionary(p => p.PosyanduId.ToString(), p => p.Name, StringComparer.Ordinal);
            var rows = facts.GroupBy(f => f.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Count(g.Key, request.By == ReportLevel.Posyandu ? names.GetValueOrDefault(g.Key) : null, [.. g])).ToList();
            var (total, shown) = smallCells.Suppress(Count("total", null, facts), rows, Columns);
            return new Result(code, period.ToString(), last, request.By.ToApi(), total, shown);
        }

        private static Row Count(string key, string? name, IReadOnlyCollection<Fact> facts)
        {
            var incidents = facts.Where(f => f.Incident is not null).Select(f => f.Incident!).ToList();
            var onTime = incidents.Count(i => i.HandledAt is not null && i.HandledWithinSla);
            return new Row(
                key, name, incidents.Count,
                new SortedDictionary<string, int?>(TrantibCatalogue.Current.IncidentTypes.ToDictionary(t => t.Code, t => (int?)incidents.Count(i => i.Type == t.Code)), StringComparer.Ordinal),
                onTime, ReportLevels.Percent(onTime, incidents.Count), incidents.Count(i => i.EscalatedTo is not null), facts.Count(f => f.Waiting),
                facts.Count(f => f.HazardVillage), facts.Count(f => f.HazardVillage && f.Informed), facts.Count(f => f.Point),
                facts.Count(f => f.Post is not null), facts.Count(f => f.Post == PoskamlingStatus.Aktif), facts.Count(f => f.Member), facts.Count(f => f.Equipment),
                facts.Sum(f => f.Nights), facts.Count(f => f.Session), facts.Sum(f => f.Attendees));
        }

        private sealed record Fact(
            string Key, Incident? Incident = null, bool Waiting = false, bool HazardVillage = false, bool Informed = false, bool Point = false,
            PoskamlingStatus? Post = null, bool Member = false, bool Equipment = false, int Nights = 0, bool Session = false, int Attendees = 0);
    }
}

internal static class GetTrantibumlinmasReportEndpoint
{
    public static void MapGetTrantibumlinmasReport(this IEndpointRouteBuilder group) =>
        group.MapGet("/reports/monthly", async (string? region, string? period, string? by, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTrantibumlinmasReport(region, period, Fields.Enum<ReportLevel>(by, "by") ?? ReportLevel.Posyandu), ct)))
            .WithName("GetTrantibumlinmasReport")
            .WithSummary("The sector's monthly report (incidents by type, handled on time, escalated, awaiting the village head; villages with hazards and informed; evacuation points; poskamling aktif; linmas; equipment; ronda; KIE) per Posyandu, village, district or regency.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.Trantibumlinmas, Roles.Dpmd, Roles.Desa);
}
