using Posyandu.PublicWorks.ServiceRequests;

namespace Posyandu.PublicWorks.Features.Infrastructure;

/// <summary>
/// Records a community infrastructure report (damaged village road, drainage, clean-water network breakdown, need for a
/// well or embung, waste point, public toilet) as a service request to Dinas PU on the shared workflow, with where it is
/// (WGS84, inside Indonesia's bounding box), how severe, and the reporting resident — kept confidential to the OPD and
/// the village. The request and Dinas PU's row commit together: a refused report stores nothing. Publishes
/// <see cref="InfrastructureReported"/> (no reporter) besides the shared <see cref="ServiceRequestSubmitted"/>.
/// </summary>
public sealed record ReportInfrastructure(ReportInfrastructure.Body Report) : ICommand<InfrastructureReportDto>
{
    /// <param name="Type">One of the codes of <see cref="PublicWorksServiceRequests"/>.</param>
    /// <param name="ReporterResidentId">The resident reporting it, registered at the Posyandu.</param>
    /// <param name="Latitude">WGS84 degrees, south negative (Kaltim: about −2.5 to 2.5).</param>
    /// <param name="Longitude">WGS84 degrees east (Kaltim: about 113.8 to 119.1).</param>
    public sealed record Body(
        string? Type, Guid? PosyanduId, Guid? ReporterResidentId, string? Description, double? Latitude, double? Longitude, InfrastructureSeverity? Severity);

    internal sealed class Validator : AbstractValidator<ReportInfrastructure>
    {
        public Validator()
        {
            RuleFor(v => v.Report.Type).Must(t => PublicWorksServiceRequests.All.Any(k => k.Code == t))
                .WithMessage($"type must be one of: {string.Join(", ", PublicWorksServiceRequests.All.Select(t => t.Code))}.").OverridePropertyName("type");
            RuleFor(v => v.Report.PosyanduId).NotNull().NotEqual(Guid.Empty).WithMessage("posyanduId is required.").OverridePropertyName("posyanduId");
            RuleFor(v => v.Report.ReporterResidentId).NotNull().NotEqual(Guid.Empty).WithMessage("reporterResidentId is required.").OverridePropertyName("reporterResidentId");
            RuleFor(v => v.Report.Description).NotEmpty().WithMessage("description is required.").MaximumLength(2000).OverridePropertyName("description");
            RuleFor(v => v.Report.Latitude).NotNull().WithMessage("latitude is required (WGS84 degrees).")
                .InclusiveBetween(IndonesiaBounds.MinLatitude, IndonesiaBounds.MaxLatitude)
                .WithMessage($"latitude must lie inside Indonesia ({IndonesiaBounds.MinLatitude}° to {IndonesiaBounds.MaxLatitude}°); check the sign and that latitude and longitude are not swapped.")
                .OverridePropertyName("latitude");
            RuleFor(v => v.Report.Longitude).NotNull().WithMessage("longitude is required (WGS84 degrees).")
                .InclusiveBetween(IndonesiaBounds.MinLongitude, IndonesiaBounds.MaxLongitude)
                .WithMessage($"longitude must lie inside Indonesia ({IndonesiaBounds.MinLongitude}° to {IndonesiaBounds.MaxLongitude}° E).")
                .OverridePropertyName("longitude");
            RuleFor(v => v.Report.Severity).NotNull().WithMessage(ApiNames.OneOf<InfrastructureSeverity>("severity")).OverridePropertyName("severity");
        }
    }

    internal sealed class Handler(PublicWorksDbContext db, ServiceRequestDesk desk, ICurrentUser user) : IRequestHandler<ReportInfrastructure, InfrastructureReportDto>
    {
        public async Task<InfrastructureReportDto> Handle(ReportInfrastructure request, CancellationToken cancellationToken)
        {
            var r = request.Report;
            var posyandu = await db.Posyandu.AsNoTracking().SingleOrDefaultAsync(p => p.PosyanduId == r.PosyanduId, cancellationToken)
                           ?? throw new NotFoundException("Posyandu");
            InfrastructureReport? report = null;
            var submitted = await desk.SubmitAsync(PublicWorksModule.ModuleName,
                new ServiceRequestDesk.Submission(r.Type, r.ReporterResidentId, null, posyandu.PosyanduId, posyandu.RegionCode, r.Description),
                created =>
                {
                    report = InfrastructureReport.For(created, r.Latitude!.Value, r.Longitude!.Value, r.Severity!.Value);
                    db.InfrastructureReports.Add(report);
                    db.Publish(new InfrastructureReported(created.Id, created.Type, created.PosyanduId, created.RegionCode,
                        report.Latitude, report.Longitude, report.Severity.ToApi(), report.ReportedAt));
                }, cancellationToken);
            if (!user.MaySeeReporter())
            {
                return InfrastructureReportDto.From(submitted, report!, null);
            }

            var name = await db.Residents.AsNoTracking().Where(p => p.ResidentId == submitted.ResidentId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
            return InfrastructureReportDto.From(submitted, report!, new ReporterDto(report!.ReporterResidentId, name));
        }
    }
}

internal static class ReportInfrastructureEndpoint
{
    public static void MapReportInfrastructure(this IEndpointRouteBuilder group) =>
        group.MapPost("/infrastructure-reports", async (ReportInfrastructure.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new ReportInfrastructure(body), ct);
                return TypedResults.Created($"/api/{PublicWorksModule.ModuleName}/infrastructure-reports/{created.Id}", created);
            })
            .WithName("ReportInfrastructure")
            .WithSummary("Report a community infrastructure problem to Dinas PU (road, drainage, water network, well/embung, waste point, public toilet) with WGS84 coordinates inside Indonesia, severity and the reporting resident; it becomes a service request with the SLA.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireRoles(Roles.Kader, Roles.Dpmd);
}
