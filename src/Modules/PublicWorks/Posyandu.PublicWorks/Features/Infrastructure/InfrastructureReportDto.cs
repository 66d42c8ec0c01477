namespace Posyandu.PublicWorks.Features.Infrastructure;

/// <summary>An infrastructure report as the API shows it: the shared request's state with Dinas PU's location and severity.</summary>
/// <param name="Reporter">Who reported it — only for Dinas PU and the village; null for everyone else.</param>
public sealed record InfrastructureReportDto(
    Guid Id, string Type, ServiceRequestStatus Status, Guid PosyanduId, string RegionCode, string Description,
    double Latitude, double Longitude, InfrastructureSeverity Severity, DateTime ReportedAt, DateTime? DueAt, DateTime? OverdueSince, string? Outcome,
    IReadOnlyList<PhotoDto> Photos, ReporterDto? Reporter)
{
    internal static InfrastructureReportDto From(ServiceRequest request, InfrastructureReport report, ReporterDto? reporter) => new(
        request.Id, request.Type, request.Status, request.PosyanduId, request.RegionCode, request.Description,
        report.Latitude, report.Longitude, report.Severity, report.ReportedAt, request.DueAt, request.OverdueSince, request.Outcome,
        request.Attachments.Where(a => a.Kind == DocumentKinds.LocationPhoto).OrderBy(a => a.UploadedAt).Select(PhotoDto.From).ToList(), reporter);
}

/// <summary>A photo of the place (download: <c>/api/publicworks/service-requests/{id}/attachments/{photoId}</c>).</summary>
public sealed record PhotoDto(Guid Id, string ContentType, long Size, string Sha256, DateTime UploadedAt)
{
    internal static PhotoDto From(ServiceRequestAttachment a) => new(a.Id, a.ContentType, a.Size, a.Sha256, a.UploadedAt);
}

/// <summary>The reporter, a registered resident: shown to Dinas PU and the village only.</summary>
public sealed record ReporterDto(Guid ResidentId, string? Name);

/// <summary>One line of the OPD's list: what, where, how bad, in which state — no reporter.</summary>
public sealed record InfrastructureReportSummary(
    Guid Id, string Type, ServiceRequestStatus Status, Guid PosyanduId, string RegionCode, double Latitude, double Longitude,
    InfrastructureSeverity Severity, DateTime ReportedAt, DateTime? DueAt, bool Overdue);
