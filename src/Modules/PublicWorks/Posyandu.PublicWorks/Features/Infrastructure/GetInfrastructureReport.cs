namespace Posyandu.PublicWorks.Features.Infrastructure;

/// <summary>
/// One infrastructure report: the shared request's state and photos, with where it is and how severe. The reporter is
/// shown to Dinas PU and the village (its government, desa, and the kader of its Posyandu) only — and that read is audited; DPMD sees no reporter.
/// </summary>
public sealed record GetInfrastructureReport(Guid Id) : IQuery<InfrastructureReportDto>
{
    internal sealed class Handler(PublicWorksDbContext db, ICurrentUser user) : IRequestHandler<GetInfrastructureReport, InfrastructureReportDto>
    {
        public async Task<InfrastructureReportDto> Handle(GetInfrastructureReport request, CancellationToken cancellationToken)
        {
            var report = await db.InfrastructureReports.AsNoTracking().SingleOrDefaultAsync(r => r.RequestId == request.Id, cancellationToken)
                         ?? throw new NotFoundException("Infrastructure report");
            var shared = await db.ServiceRequests.AsNoTracking().Include(r => r.Attachments)
                             .SingleOrDefaultAsync(r => r.Id == report.RequestId, cancellationToken)
                         ?? throw new NotFoundException("Infrastructure report");
            ReporterDto? reporter = null;
            if (user.MaySeeReporter())
            {
                await db.RecordReadAsync("InfrastructureReporter", report.RequestId.ToString(), report.RegionCode, cancellationToken);
                var name = await db.Residents.IgnoreQueryFilters().AsNoTracking().Where(r => r.ResidentId == report.ReporterResidentId)
                    .Select(r => r.Name).SingleOrDefaultAsync(cancellationToken);
                reporter = new ReporterDto(report.ReporterResidentId, name);
            }

            return InfrastructureReportDto.From(shared, report, reporter);
        }
    }
}

internal static class GetInfrastructureReportEndpoint
{
    public static void MapGetInfrastructureReport(this IEndpointRouteBuilder group) =>
        group.MapGet("/infrastructure-reports/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetInfrastructureReport(id), ct)))
            .WithName("GetInfrastructureReport")
            .WithSummary("One infrastructure report with its location, severity, status and photos; the reporter only for Dinas PU and the village.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(PublicWorksRules.InfrastructureReaders);
}
