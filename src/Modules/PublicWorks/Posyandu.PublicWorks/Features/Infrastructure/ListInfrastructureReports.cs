namespace Posyandu.PublicWorks.Features.Infrastructure;

/// <summary>
/// The infrastructure reports the caller may see, newest first — Dinas PU's map and worklist: type, place (WGS84),
/// severity, status and whether the step is overdue; filter by region prefix, type, severity and open (not final). No reporter.
/// </summary>
public sealed record ListInfrastructureReports(string? Region, string? Type, InfrastructureSeverity? Severity, bool? Open, int Skip, int Take)
    : IQuery<IReadOnlyList<InfrastructureReportSummary>>
{
    public const int MaxTake = 500;

    internal sealed class Validator : AbstractValidator<ListInfrastructureReports>
    {
        public Validator()
        {
            RuleFor(v => v.Region).Must(r => r is null || RegionCode.TryParse(r, out _, out _)).WithMessage("region is a Kemendagri code prefix (64, 64.02, 64.02.01, 64.02.01.2001).");
            RuleFor(v => v.Type).MaximumLength(50);
            RuleFor(v => v.Skip).GreaterThanOrEqualTo(0);
            RuleFor(v => v.Take).InclusiveBetween(1, MaxTake);
        }
    }

    internal sealed class Handler(PublicWorksDbContext db) : IRequestHandler<ListInfrastructureReports, IReadOnlyList<InfrastructureReportSummary>>
    {
        public async Task<IReadOnlyList<InfrastructureReportSummary>> Handle(ListInfrastructureReports request, CancellationToken cancellationToken)
        {
            var reports = db.InfrastructureReports.AsNoTracking();
            if (request.Region is { } region)
            {
                var code = RegionCode.Parse(region).ToString();
                reports = reports.Where(r => r.RegionCode.StartsWith(code));
            }

            if (request.Type is { } type) reports = reports.Where(r => r.Type == type);
            if (request.Severity is { } severity) reports = reports.Where(r => r.Severity == severity);
            var rows = from r in reports
                       join s in db.ServiceRequests.AsNoTracking() on r.RequestId equals s.Id
                       select new { r, s.Status, s.DueAt, s.OverdueSince };
            if (request.Open is { } open)
            {
                rows = open
                    ? rows.Where(x => x.Status != ServiceRequestStatus.Selesai && x.Status != ServiceRequestStatus.Ditolak)
                    : rows.Where(x => x.Status == ServiceRequestStatus.Selesai || x.Status == ServiceRequestStatus.Ditolak);
            }

            var page = await rows.OrderByDescending(x => x.r.ReportedAt).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
            return page.Select(x => new InfrastructureReportSummary(
                x.r.RequestId, x.r.Type, x.Status, x.r.PosyanduId, x.r.RegionCode, x.r.Latitude, x.r.Longitude, x.r.Severity, x.r.ReportedAt,
                x.DueAt, x.OverdueSince is not null)).ToList();
        }
    }
}

internal static class ListInfrastructureReportsEndpoint
{
    public static void MapListInfrastructureReports(this IEndpointRouteBuilder group) =>
        group.MapGet("/infrastructure-reports", async (string? region, string? type, string? severity, bool? open, int? skip, int? take, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListInfrastructureReports(region, type, Fields.Enum<InfrastructureSeverity>(severity, "severity"), open, skip ?? 0, take ?? 50), ct)))
            .WithName("ListInfrastructureReports")
            .WithSummary("Infrastructure reports visible to the caller, newest first (type, WGS84 location, severity, status, overdue); filter by region, type, severity, open. No reporter.")
            .ProducesValidationProblem()
            .RequireRoles(PublicWorksRules.InfrastructureReaders);
}
