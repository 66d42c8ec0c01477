namespace Posyandu.GeneralEducation.Features.Report;

/// <summary>
/// The module's monthly report for a region, per Posyandu, village, district or regency (plus the total): the plan
/// against what was held (<c>pm-sesi</c>), activities held by sector tag, unique participants counted at their own
/// place (<c>pm-peserta</c>) and, apart, the participants who came from outside a Posyandu's area, attendances and
/// guests, knowledge gain where tests were given, BKB meetings and trainings completed. The same rules as the
/// contributions the scorecard counts (<see cref="Spm.GeneralEducationContributions"/>).
/// </summary>
public sealed record GetGeneralEducationReport(RegionCode Region, Period Period, ReportLevel Level) : IQuery<GetGeneralEducationReport.Report>
{
    /// <remarks>
    /// Below DPMD of the province a count of 1–4 is null, with its complements and the share or mean over it
    /// (<see cref="SmallCellPolicy"/>): a mean gain over two tested participants is their scores.
    /// </remarks>
    public sealed record Row(
        string Key, Guid? PosyanduId, string? Name, string RegionCode, int? SessionsPlanned, int? SessionsHeld, decimal? SessionsHeldPercent,
        int? ActivitiesHeld, IReadOnlyDictionary<string, int?> ActivitiesBySector, int? BkbMeetings, int? Participants, int? ParticipantsFromOutside,
        int? Attendances, int? Guests, int? Tested, double? MeanKnowledgeGain, int? TrainingsCompleted);

    private static readonly SmallCellColumns<Row> Columns = new SmallCellColumns<Row>()
        .Count(r => r.SessionsPlanned, (r, v) => r with { SessionsPlanned = v })
        .Count(r => r.SessionsHeld, (r, v) => r with { SessionsHeld = v })
        .Count(r => r.ActivitiesHeld, (r, v) => r with { ActivitiesHeld = v })
        .Count(r => r.BkbMeetings, (r, v) => r with { BkbMeetings = v })
        .Count(r => r.Participants, (r, v) => r with { Participants = v })
        .Count(r => r.ParticipantsFromOutside, (r, v) => r with { ParticipantsFromOutside = v })
        .Count(r => r.Attendances, (r, v) => r with { Attendances = v })
        .Count(r => r.Guests, (r, v) => r with { Guests = v })
        .Count(r => r.Tested, (r, v) => r with { Tested = v })
        .Count(r => r.TrainingsCompleted, (r, v) => r with { TrainingsCompleted = v })
        .CountsPerCode(r => r.ActivitiesBySector, (r, v) => r with { ActivitiesBySector = v })
        .WithinCodes(2, 0)
        .Ratio(r => r with { SessionsHeldPercent = null }, 0, 1)
        .Ratio(r => r with { MeanKnowledgeGain = null }, 8);

    public sealed record Report(string Region, string Period, ReportLevel GroupBy, Row Total, IReadOnlyList<Row> Rows);

    private sealed record Fact(
        Guid PosyanduId, string RegionCode, bool Planned = false, bool PlanHeld = false, string? ActivityTag = null, bool Bkb = false,
        Guid? Participant = null, (Guid, Guid)? Visitor = null, bool Attendance = false, int Guests = 0, int? Gain = null, bool Completed = false);

    internal sealed class Handler(GeneralEducationDbContext db, SmallCellPolicy smallCells) : IRequestHandler<GetGeneralEducationReport, Report>
    {
        public async Task<Report> Handle(GetGeneralEducationReport request, CancellationToken cancellationToken)
        {
            var code = request.Region.ToString();
            var scope = db.Scope.RegionPrefix;
            if (scope is not null && !code.StartsWith(scope, StringComparison.Ordinal) && !scope.StartsWith(code, StringComparison.Ordinal))
            {
                throw new NotFoundException("Region"); // outside the caller's scope looks like nothing there
            }

            // The unscoped query below (participants counted at home) is cut to the narrower of the region and the scope.
            var within = scope is not null && scope.Length > code.Length ? scope : code;
            var (first, last) = (request.Period.FirstDay, request.Period.LastDay);
            var plans = await db.PlannedActivities.AsNoTracking()
                .Where(p => p.RegionCode.StartsWith(code) && p.Month == first && p.Status == PlannedActivityStatus.Planned)
                .Select(p => new { p.PosyanduId, p.RegionCode, p.HeldOn }).ToListAsync(cancellationToken);
            var activities = await db.Activities.AsNoTracking()
                .Where(a => a.RegionCode.StartsWith(code) && a.Date >= first && a.Date <= last && a.Status == ActivityStatus.Held)
                .Select(a => new { a.PosyanduId, a.RegionCode, a.SectorTag, a.Guests, Bkb = a.BkbGroupId != null }).ToListAsync(cancellationToken);
            var present = await db.Attendance.AsNoTracking().Where(a => a.RegionCode.StartsWith(code) && a.Date >= first && a.Date <= last)
                .Select(a => new { a.PosyanduId, a.RegionCode, a.ResidentId, a.HomePosyanduId, a.PreTestScore, a.PostTestScore }).ToListAsync(cancellationToken);
            var athome = await db.Attendance.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.HomeRegionCode.StartsWith(within) && a.Date >= first && a.Date <= last)
                .Select(a => new { a.ResidentId, a.Date, a.HomePosyanduId, a.HomeRegionCode }).ToListAsync(cancellationToken);
            var completed = await db.Trainees.AsNoTracking()
                .Where(t => t.RegionCode.StartsWith(code) && t.Completed == true && t.CompletedOn >= first && t.CompletedOn <= last)
                .Select(t => new { t.PosyanduId, t.RegionCode }).ToListAsync(cancellationToken);
            var names = await db.Posyandu.AsNoTracking().Where(p => p.RegionCode.StartsWith(code)).ToDictionaryAsync(p => p.PosyanduId, p => p.Name, cancellationToken);

            var facts = plans.Select(p => new Fact(p.PosyanduId, p.RegionCode, Planned: true, PlanHeld: p.HeldOn is { } held && request.Period.Contains(held)))
                .Concat(activities.Select(a => new Fact(a.PosyanduId, a.RegionCode, ActivityTag: a.SectorTag, Bkb: a.Bkb, Guests: a.Guests)))
                .Concat(present.Select(a => new Fact(a.PosyanduId, a.RegionCode, Attendance: true,
                    Visitor: a.HomePosyanduId != a.PosyanduId ? (a.ResidentId, a.PosyanduId) : null,
                    Gain: a.PreTestScore is { } pre && a.PostTestScore is { } post ? post - pre : null)))
                // A resident counts once in the month, at home as their latest attendance of the month knew it.
                .Concat(athome.GroupBy(a => a.ResidentId).Select(g => g.MaxBy(a => a.Date)!)
                    .Select(a => new Fact(a.HomePosyanduId, a.HomeRegionCode, Participant: a.ResidentId)))
                .Concat(completed.Select(t => new Fact(t.PosyanduId, t.RegionCode, Completed: true)))
                .ToList();
            var byPosyandu = request.Level == ReportLevel.Posyandu;
            var rows = facts.GroupBy(f => request.Level.RowOf(f.PosyanduId, f.RegionCode))
                .Select(g => RowOf(g.Key, byPosyandu ? g.First().PosyanduId : null, byPosyandu ? names.GetValueOrDefault(g.First().PosyanduId) : null,
                    byPosyandu ? g.First().RegionCode : g.Key, [.. g]))
                .OrderBy(r => r.RegionCode, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
                .ToList();
            var (total, shown) = smallCells.Suppress(RowOf(code, null, null, code, facts), rows, Columns);
            return new Report(code, request.Period.ToString(), request.Level, total, shown);
        }

        private static Row RowOf(string key, Guid? posyanduId, string? name, string regionCode, IReadOnlyList<Fact> facts)
        {
            var (planned, held) = (facts.Count(f => f.Planned), facts.Count(f => f.PlanHeld));
            var gains = facts.Select(f => f.Gain).OfType<int>().ToList();
            return new Row(
                key, posyanduId, name, regionCode, planned, held, ReportLevels.Percent(held, planned),
                facts.Count(f => f.ActivityTag is not null),
                new SortedDictionary<string, int?>(facts.Where(f => f.ActivityTag is not null).GroupBy(f => f.ActivityTag!).ToDictionary(g => g.Key, g => (int?)g.Count()), StringComparer.Ordinal),
                facts.Count(f => f.Bkb), facts.Select(f => f.Participant).OfType<Guid>().Distinct().Count(),
                facts.Select(f => f.Visitor).OfType<(Guid, Guid)>().Distinct().Count(), facts.Count(f => f.Attendance), facts.Sum(f => f.Guests),
                gains.Count, gains.Count == 0 ? null : Math.Round(gains.Average(), 1), facts.Count(f => f.Completed));
        }
    }
}

internal static class GetGeneralEducationReportEndpoint
{
    public static void MapGetGeneralEducationReport(this IEndpointRouteBuilder group) =>
        group.MapGet("/report", async (string? region, string? period, string? groupBy, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetGeneralEducationReport(
                    Fields.Parse<RegionCode>(region, "region"), Fields.Parse<Period>(period, "period"),
                    Fields.Enum<ReportLevel>(groupBy, "groupBy") ?? ReportLevel.Posyandu), ct)))
            .WithName("GetGeneralEducationReport")
            .WithSummary("The monthly community-education report: planned vs held, activities by sector tag, unique participants, knowledge gain, trainings — per Posyandu, village, district or regency.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.GeneralEducation, Roles.Dpmd);
}
