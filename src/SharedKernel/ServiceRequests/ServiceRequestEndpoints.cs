using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Web;

namespace Posyandu.SharedKernel.ServiceRequests;

/// <summary>
/// The service-request API every sector module gets from one call, <c>group.MapServiceRequests(Name)</c>, over its
/// own request types and tables — no copied controllers.
/// </summary>
public static class ServiceRequestEndpoints
{
    public sealed record RequestView(
        Guid Id, string Sector, string Type, Guid? ResidentId, Guid? HouseholdId, Guid PosyanduId, string RegionCode,
        string Description, ServiceRequestStatus Status, DateTime StatusSince, DateTime? DueAt, DateTime? OverdueSince,
        int EscalationLevel, DateTime SubmittedAt, string? Outcome, int Version,
        IReadOnlyList<HistoryView>? History, IReadOnlyList<AttachmentView>? Attachments, IReadOnlyList<ServiceRequestStatus> AllowedNext);

    /// <param name="ForVillage">True when DPMD took a step that is the village's (verify, forward, reject at intake).</param>
    public sealed record HistoryView(DateTime At, string Actor, ServiceRequestStatus? From, ServiceRequestStatus To, string? Note, bool ForVillage);

    public sealed record AttachmentView(Guid Id, string Kind, string ContentType, long Size, string Sha256, DateTime UploadedAt);

    public static IEndpointRouteBuilder MapServiceRequests(this IEndpointRouteBuilder group, string module)
    {
        ArgumentNullException.ThrowIfNull(group);
        var registration = group.ServiceProvider.GetServices<ServiceRequestSector>().Single(s => s.Module == module);
        var sectorRole = registration.SectorRole;
        RequestView View(ServiceRequest r, bool withDetails, ICurrentUser user) => ViewOf(r, withDetails, ShowsRequester(registration, r, user));
        var requests = group.MapGroup("/service-requests");
        // The kader records a request; the village (desa) adds documents, verifies and forwards; DPMD may do the village's
        // part; the OPD works on what was forwarded. Everyone in the chain reads it (within their scope). A kader only
        // for a sector they serve (RequireSectorRoles): the KTP/KK scans of another sector's requests are not their work.
        string[] submitters = [Roles.Kader, Roles.Dpmd];
        string[] documents = [Roles.Desa, Roles.Kader, Roles.Dpmd];
        string[] actors = [Roles.Desa, Roles.Dpmd, sectorRole];
        string[] everyone = [Roles.Desa, Roles.Kader, Roles.Dpmd, sectorRole];
        // Every module maps the same six operations: the module in the name keeps operationIds unique.
        var sector = char.ToUpperInvariant(module[0]) + module[1..];

        requests.MapGet("/", async (ServiceRequestDesk d, ICurrentUser user, ServiceRequestStatus? status, string? region, bool? overdue, string? type, int? skip, int? take, CancellationToken ct) =>
                TypedResults.Ok((await d.ListAsync(module, new(status, region, overdue, type, skip ?? 0, take ?? 50), ct)).Select(r => View(r, withDetails: false, user)).ToList()))
            .WithName($"List{sector}ServiceRequests")
            .WithSummary("Service requests visible to the caller, newest first; filter by status, region prefix, overdue, type.")
            .ProducesValidationProblem()
            .RequireSectorRoles(sectorRole, everyone);

        requests.MapPost("/", async (ServiceRequestDesk d, ICurrentUser user, ServiceRequestDesk.Submission body, CancellationToken ct) =>
            {
                var created = await d.SubmitAsync(module, body, ct);
                return TypedResults.Created($"/api/{module}/service-requests/{created.Id}", View(created, withDetails: true, user));
            })
            .WithName($"Submit{sector}ServiceRequest")
            .WithSummary("Record a request at the Posyandu (status diajukan); the SLA clock of its first step starts.")
            .ProducesValidationProblem()
            .RequireSectorRoles(sectorRole, submitters);

        requests.MapGet("/{id:guid}", async (Guid id, ServiceRequestDesk d, ICurrentUser user, HttpResponse response, CancellationToken ct) =>
            {
                var request = await d.GetAsync(module, id, ct);
                response.SetETag(request);
                return TypedResults.Ok(View(request, withDetails: true, user));
            })
            .WithName($"Get{sector}ServiceRequest")
            .WithSummary("One request with its status history and documents.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorRoles(sectorRole, everyone);

        requests.MapPost("/{id:guid}/transitions", async (Guid id, ServiceRequestDesk.Transition body, ServiceRequestDesk d, ICurrentUser user, HttpContext http, CancellationToken ct) =>
            {
                var request = await d.TransitionAsync(module, id, body, http.Request.IfMatchVersion(), ct);
                http.Response.SetETag(request);
                return TypedResults.Ok(View(request, withDetails: true, user));
            })
            .WithName($"Transition{sector}ServiceRequest")
            .WithSummary("Move a request to its next status (409 lists the allowed ones). The village (desa; DPMD in its place) verifies — with the home-visit note and every required document —, rejects at intake and forwards; the OPD processes and completes (with an outcome) or rejects (with a reason).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireRoles(actors);

        // One path for both directions, /attachments/{attachment}: a document kind when uploading (the store assigns
        // the id), the attachment's id when downloading. Two names for the one segment made two paths that differ
        // only by parameter name, which OpenAPI forbids.
        requests.MapPut("/{id:guid}/attachments/{attachment}", async (Guid id, [Description("The document kind: ktp, kk, house-photo-front|side|back, location-photo, other.")] string attachment, HttpRequest http, ServiceRequestDesk d, CancellationToken ct) =>
            {
                // Streamed from the socket to the store: the body is never buffered whole.
                var stored = await d.AttachAsync(module, id, attachment, http.ContentType, http.Body, ct);
                return TypedResults.Created($"/api/{module}/service-requests/{id}/attachments/{stored.Id}", AttachmentOf(stored));
            })
            .WithName($"Upload{sector}ServiceRequestAttachment")
            .WithSummary("Upload a document (raw body; Content-Type image/jpeg, image/png or application/pdf; kind: ktp, kk, house-photo-front|side|back, location-photo, other).")
            .Accepts<Stream>("application/pdf", "image/jpeg", "image/png")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new RequestSizeLimitMetadata(26 * 1024 * 1024))
            .RequireSectorRoles(sectorRole, documents);

        requests.MapGet("/{id:guid}/attachments/{attachment:guid}", async (Guid id, [Description("The attachment's id.")] Guid attachment, ServiceRequestDesk d, CancellationToken ct) =>
            {
                var (content, stored) = await d.OpenAttachmentAsync(module, id, attachment, ct);
                return TypedResults.File(content, stored.ContentType, $"{stored.Kind}{Extension(stored.ContentType)}");
            })
            .WithName($"Download{sector}ServiceRequestAttachment")
            .WithSummary("Download a document — only for callers who may see the request (a kader: of its Posyandu, serving its sector).")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf", "image/jpeg", "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorRoles(sectorRole, everyone);

        return group;
    }

    /// <summary>Whether the caller may see who raised the request (<see cref="ServiceRequestType.ConfidentialRequester"/>).</summary>
    private static bool ShowsRequester(ServiceRequestSector sector, ServiceRequest r, ICurrentUser user) =>
        sector.Find(r.Type)?.ConfidentialRequester != true || user.MaySeeConfidentialRequester(sector.SectorRole);

    private static RequestView ViewOf(ServiceRequest r, bool withDetails, bool showRequester) => new(
        r.Id, r.Sector, r.Type, showRequester ? r.ResidentId : null, showRequester ? r.HouseholdId : null, r.PosyanduId, r.RegionCode, r.Description, r.Status, r.StatusSince,
        r.DueAt, r.OverdueSince, r.EscalationLevel, r.SubmittedAt, r.Outcome, r.Version,
        withDetails ? r.History.OrderBy(h => h.At).Select(h => new HistoryView(h.At, h.Actor, h.From, h.To, h.Note, ActedForVillage(h))).ToList() : null,
        withDetails ? r.Attachments.Select(AttachmentOf).ToList() : null,
        ServiceRequestWorkflow.AllowedAfter(r.Status));

    /// <summary>A village step taken by someone without the desa role: DPMD acting where the village did not.</summary>
    private static bool ActedForVillage(ServiceRequestHistoryEntry entry) =>
        ServiceRequestWorkflow.IsVillageStep(entry.From, entry.To) && !entry.Roles.Split(',').Contains(Roles.Desa, StringComparer.Ordinal);

    private static AttachmentView AttachmentOf(ServiceRequestAttachment a) => new(a.Id, a.Kind, a.ContentType, a.Size, a.Sha256, a.UploadedAt);

    private static string Extension(string contentType) => contentType switch
    {
        "application/pdf" => ".pdf",
        "image/png" => ".png",
        _ => ".jpg",
    };

    private sealed class RequestSizeLimitMetadata(long maxRequestBodySize) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => maxRequestBodySize;
    }
}
