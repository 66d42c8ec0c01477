using Posyandu.Education.Features.OutOfSchool;
using Posyandu.Education.Features.Paud;
using Posyandu.SharedKernel.Reports;

namespace Posyandu.Education.Features.Report;

/// <summary>
/// Dinas Pendidikan's monthly report for a region: PAUD participation (children 3–6 enrolled on the month's last day
/// / registered children 3–6 then) and out-of-school children (identified and resolved in the month, open at its end)
/// by reason and outcome — per Posyandu, village, district or regency (region code prefix), plus the total.
/// </summary>
public sealed record GetEducationReport(RegionCode Region, Period Period, ReportLevel Level) : IQuery<GetEducationReport.Report>
{
    public const int PaudFromAge = 3;

    public sealed record Row(
        string Key, Guid? PosyanduId, string? Name, string RegionCode, int? ChildrenOfPaudAge, int? EnrolledInPaud, double? PaudParticipationPercent,
        IReadOnlyDictionary<string, int?> OutOfSchoolIdentified, IReadOnlyDictionary<string, int?> OutOfSchoolResolved,
        IReadOnlyDictionary<string, int?> OutOfSchoolOpen);

    /// <summary>Counts of 1–4 are withheld below DPMD of the province, with their complements (<see cref="SmallCellPolicy"/>).</summary>
    private static readonly SmallCellColumns<Row> Columns = new SmallCellColumns<Row>()
        .Count(r => r.ChildrenOfPaudAge, (r, v) => r with { ChildrenOfPaudAge = v })
        .Count(r => r.EnrolledInPaud, (r, v) => r with { EnrolledInPaud = v })
        .Ratio(r => r with { PaudParticipationPercent = null }, 0, 1)
        .CountsPerCode(r => r.OutOfSchoolIdentified, (r, v) => r with { OutOfSchoolIdentified = v })
        .CountsPerCode(r => r.OutOfSchoolResolved, (r, v) => r with { OutOfSchoolResolved = v })
        .CountsPerCode(r => r.OutOfSchoolOpen, (r, v) => r with { OutOfSchoolOpen = v });

    public sealed record Report(string Region, string Period, DateOnly AsOf, ReportLevel GroupBy, Row Total, IReadOnlyList<Row> Rows);

    private sealed record Place(Guid PosyanduId, string RegionCode);

    internal sealed class Handler(EducationDbContext db, SmallCellPolicy smallCells) : IRequestHandler<GetEducationReport, Report>
    {
        public async Task<Report> Handle(GetEducationReport request, CancellationToken cancellationToken)
        {
            var code = request.Region.ToString();
            if (db.Scope.RegionPrefix is { } scope && !code.StartsWith(scope, StringComparison.Ordinal) && !scope.StartsWith(code, StringComparison.Ordinal))
            {
                throw new NotFoundException("Region"); // outside the caller's scope looks like nothing there
            }

            var (first, last) = (request.Period.FirstDay, request.Period.LastDay);
            var children = await db.Residents.AsNoTracking().OfPaudAge(last, PaudFromAge).Where(r => r.RegionCode.StartsWith(code))
                .Select(r => new { r.ResidentId, Place = new Place(r.PosyanduId, r.RegionCode) }).ToListAsync(cancellationToken);
            var ids = children.Select(c => c.ResidentId).ToList();
            // By child, whatever Posyandu recorded the enrolment (the family may have moved since); the children are already in scope.
            var enrolled = (await db.Enrolments.IgnoreQueryFilters().AsNoTracking()
                .Where(e => ids.Contains(e.ResidentId) && e.StartDate <= last && (e.EndDate == null || e.EndDate >= last))
                .Select(e => e.ResidentId).ToListAsync(cancellationToken)).ToHashSet();
            var cases = await db.OutOfSchoolCases.AsNoTracking()
                .Where(c => c.RegionCode.StartsWith(code) && c.IdentifiedOn <= last && (c.ResolvedOn == null || c.ResolvedOn >= first))
                .Select(c => new { Place = new Place(c.PosyanduId, c.RegionCode), c.IdentifiedOn, c.ResolvedOn, c.Reason, c.Outcome })
                .ToListAsync(cancellationToken);
            var names = await db.Posyandu.AsNoTracking().Where(p => p.RegionCode.StartsWith(code))
                .ToDictionaryAsync(p => p.PosyanduId, p => p.Name, cancellationToken);

            var facts = children.Select(c => new Fact(c.Place, Child: true, Enrolled: enrolled.Contains(c.ResidentId), null, null, null))
                .Concat(cases.Select(c => new Fact(c.Place, false, false,
                    Identified: c.IdentifiedOn >= first ? c.Reason.ToApi() : null,
                    Resolved: c.ResolvedOn is not null && c.ResolvedOn <= last && c.Outcome is { } outcome ? outcome.ToApi() : null,
                    Open: c.ResolvedOn is null || c.ResolvedOn > last ? c.Reason.ToApi() : null)))
                .ToList();
            var rows = facts.GroupBy(f => request.Level.RowOf(f.Place.PosyanduId, f.Place.RegionCode))
                .Select(g => RowOf(g.Key, request.Level == ReportLevel.Posyandu ? g.First().Place.PosyanduId : null,
                    request.Level == ReportLevel.Posyandu ? names.GetValueOrDefault(g.First().Place.PosyanduId) : null,
                    request.Level == ReportLevel.Posyandu ? g.First().Place.RegionCode : g.Key, g.ToList()))
                .OrderBy(r => r.RegionCode, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
                .ToList();
            var (total, shown) = smallCells.Suppress(RowOf(code, null, null, code, facts), rows, Columns);
            return new Report(code, request.Period.ToString(), last, request.Level, total, shown);
        }

        private static Row RowOf(string key, Guid? posyanduId, string? name, string regionCode, IReadOnlyList<Fact> facts)
        {
            var childrenOfAge = facts.Count(f => f.Child);
            var enrolledCount = facts.Count(f => f.Enrolled);
            return new Row(
                key, posyanduId, name, regionCode, childrenOfAge, enrolledCount,
                childrenOfAge == 0 ? null : Math.Round(100.0 * enrolledCount / childrenOfAge, 1),
                Count(facts.Select(f => f.Identified)), Count(facts.Select(f => f.Resolved)), Count(facts.Select(f => f.Open)));
        }

        private static SortedDictionary<string, int?> Count(IEnumerable<string?> codes) =>
            new(codes.OfType<string>().GroupBy(c => c).ToDictionary(g => g.Key, g => (int?)g.Count()), StringComparer.Ordinal);
    }

    private sealed record Fact(Place Place, bool Child, bool Enrolled, string? Identified, string? Resolved, string? Open);
}

internal static class GetEducationReportEndpoint
{
    public static void MapGetEducationReport(this IEndpointRouteBuilder group) =>
        group.MapGet("/report", async (string? region, string? period, string? groupBy, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEducationReport(
                    Fields.Parse<RegionCode>(region, "region"), Fields.Parse<Period>(period, "period"),
                    Fields.Enum<ReportLevel>(groupBy, "groupBy") ?? ReportLevel.Posyandu), ct)))
            .WithName("GetEducationReport")
            .WithSummary("Dinas Pendidikan's monthly report: PAUD participation (3–6) and out-of-school children by reason/outcome, per Posyandu, village, district or regency.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.Education, Roles.Dpmd);
}
