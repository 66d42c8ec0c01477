using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Web;

namespace Posyandu.SharedKernel.ServiceRequests;

/// <summary>
/// Every operation on service requests, for whichever module owns them: the module's DbContext holds the rows
/// (and its scope filters decide what the caller sees), this class holds the rules. Each write is one SaveChanges
/// with its integration events.
/// </summary>
public sealed class ServiceRequestDesk(
    IEnumerable<ServiceRequestSector> sectors,
    IEnumerable<ModuleDatabase> databases,
    IServiceProvider services,
    ICurrentUser user,
    TimeProvider time,
    SlaClock clock,
    AttachmentStore store,
    IEnumerable<IServiceRequestSubjects> subjects)
{
    public sealed record Submission(string? Type, Guid? ResidentId, Guid? HouseholdId, Guid? PosyanduId, string? RegionCode, string? Description);

    public sealed record Transition(ServiceRequestStatus? To, string? Note, string? Outcome);

    public sealed record Filter(ServiceRequestStatus? Status, string? Region, bool? Overdue, string? Type, int Skip = 0, int Take = 50);

    public Task<ServiceRequest> SubmitAsync(string module, Submission submission, CancellationToken ct) => SubmitAsync(module, submission, null, ct);

    /// <param name="alongside">
    /// Adds the module's own rows about the new request (keyed by its id) to the module's DbContext, so they commit in
    /// the same SaveChanges as the request — PublicWorks keeps an infrastructure report's location there.
    /// </param>
    public async Task<ServiceRequest> SubmitAsync(string module, Submission submission, Action<ServiceRequest>? alongside, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var sector = Sector(module);
        var errors = new Dictionary<string, string[]>();
        var type = submission.Type is null ? null : sector.Find(submission.Type);
        if (type is null)
        {
            errors["type"] = [$"type must be one of: {string.Join(", ", sector.Types.Select(t => t.Code))}."];
        }

        if (submission.ResidentId is null && submission.HouseholdId is null)
        {
            errors["residentId"] = ["A request is for a resident (residentId) or a household (householdId)."];
        }

        if (submission.PosyanduId is null || submission.PosyanduId == Guid.Empty)
        {
            errors["posyanduId"] = ["posyanduId is required."];
        }

        if (!RegionCode.TryParse(submission.RegionCode, out var village, out var regionError) || village.Level != RegionLevel.Village)
        {
            errors["regionCode"] = [regionError ?? "regionCode must be a village (desa/kelurahan) code, PP.KK.CC.DDDD."];
        }

        if (string.IsNullOrWhiteSpace(submission.Description) || submission.Description.Length > 2000)
        {
            errors["description"] = ["description is required (at most 2000 characters)."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        if (subjects.FirstOrDefault(s => s.Module == module) is { } known
            && await known.CheckAsync(submission.ResidentId, submission.HouseholdId, submission.PosyanduId!.Value, ct).ConfigureAwait(false) is { } refusal)
        {
            throw new BusinessRuleException(refusal);
        }

        var now = Now;
        var request = new ServiceRequest
        {
            Id = Guid.CreateVersion7(),
            Sector = module,
            Type = type!.Code,
            ResidentId = submission.ResidentId,
            HouseholdId = submission.HouseholdId,
            PosyanduId = submission.PosyanduId!.Value,
            RegionCode = village.ToString(),
            Description = submission.Description!.Trim(),
            Status = ServiceRequestStatus.Diajukan,
            StatusSince = now,
            DueAt = clock.DueAt(now, type.LimitFor(ServiceRequestStatus.Diajukan)),
            SubmittedAt = now,
        };
        request.History.Add(Entry(request, null, ServiceRequestStatus.Diajukan, null, now));
        var db = Db(module);
        db.Set<ServiceRequest>().Add(request);
        db.Publish(new ServiceRequestSubmitted(request.Id, module, request.Type, request.RegionCode, request.PosyanduId, now, request.DueAt.Value));
        alongside?.Invoke(request);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return request;
    }

    public async Task<ServiceRequest> GetAsync(string module, Guid id, CancellationToken ct) =>
        await Db(module).Set<ServiceRequest>().AsNoTracking()
            .Include(r => r.History.OrderBy(h => h.At)).Include(r => r.Attachments)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, ct).ConfigureAwait(false)
        ?? throw new NotFoundException("Service request");

    public async Task<IReadOnlyList<ServiceRequest>> ListAsync(string module, Filter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = Db(module).Set<ServiceRequest>().AsNoTracking();
        if (filter.Status is { } status) query = query.Where(r => r.Status == status);
        if (filter.Type is { } type) query = query.Where(r => r.Type == type);
        if (filter.Overdue is { } overdue) query = overdue ? query.Where(r => r.OverdueSince != null) : query.Where(r => r.OverdueSince == null);
        if (filter.Region is { } region)
        {
            var code = Fields.Parse<RegionCode>(region, "region").ToString();
            query = query.Where(r => r.RegionCode.StartsWith(code));
        }

        return await query.OrderByDescending(r => r.SubmittedAt)
            .Skip(Math.Max(0, filter.Skip)).Take(Math.Clamp(filter.Take, 1, 500))
            .ToListAsync(ct).ConfigureAwait(false);
    }

    public async Task<ServiceRequest> TransitionAsync(string module, Guid id, Transition transition, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transition);
        CheckLengths(transition); // the body's shape first: 400 before the lookup's 404
        var sector = Sector(module);
        var db = Db(module);
        var request = await db.Set<ServiceRequest>().Include(r => r.Attachments)
                          .SingleOrDefaultAsync(r => r.Id == id, ct).ConfigureAwait(false)
                      ?? throw new NotFoundException("Service request");
        db.ExpectVersion(request, expectedVersion);
        var to = transition.To ?? throw RequestValidationException.For("to", "to is required: the status to move the request to.");
        CheckAllowed(request, to, sector);
        CheckRequirements(request, to, transition, sector.Find(request.Type));

        var now = Now;
        var from = request.Status;
        var stepStarted = request.StatusSince;
        var withinSla = request.DueAt is null || now <= request.DueAt;
        request.AnyStepLate |= !withinSla;
        request.Status = to;
        request.StatusSince = now;
        request.DueAt = ServiceRequestWorkflow.IsFinal(to) ? null : clock.DueAt(now, sector.Find(request.Type)?.LimitFor(to) ?? ServiceRequestType.DefaultStepLimit);
        request.OverdueSince = null;
        request.EscalationLevel = 0;
        request.LastEscalatedAt = null;
        if (to == ServiceRequestStatus.Selesai)
        {
            request.Outcome = transition.Outcome!.Trim();
        }

        var entry = Entry(request, from, to, transition.Note?.Trim(), now);
        db.Set<ServiceRequestHistoryEntry>().Add(entry);
        db.Publish(new ServiceRequestStatusChanged(request.Id, module, request.Type, request.RegionCode, request.PosyanduId,
            from, to, stepStarted, now, clock.WorkingDaysBetween(stepStarted, now), withinSla, request.DueAt));
        if (ServiceRequestWorkflow.IsFinal(to))
        {
            db.Publish(new ServiceRequestCompleted(request.Id, module, request.Type, request.RegionCode, request.PosyanduId,
                to, request.SubmittedAt, now, clock.WorkingDaysBetween(request.SubmittedAt, now), !request.AnyStepLate));
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return await GetAsync(module, id, ct).ConfigureAwait(false);
    }

    public async Task<ServiceRequestAttachment> AttachAsync(string module, Guid id, string kind, string? contentType, Stream content, CancellationToken ct)
    {
        if (!DocumentKinds.All.Contains(kind))
        {
            throw RequestValidationException.For("kind", $"kind must be one of: {string.Join(", ", DocumentKinds.All)}.");
        }

        var db = Db(module);
        var request = await db.Set<ServiceRequest>().SingleOrDefaultAsync(r => r.Id == id, ct).ConfigureAwait(false)
                      ?? throw new NotFoundException("Service request");
        if (ServiceRequestWorkflow.IsFinal(request.Status))
        {
            throw new ConflictException($"The request is {request.Status}; documents can no longer be added.");
        }

        var (sha256, size) = await store.SaveAsync(content, (contentType ?? "").Split(';')[0].Trim(), ct).ConfigureAwait(false);
        var attachment = new ServiceRequestAttachment
        {
            Id = Guid.CreateVersion7(), RequestId = request.Id, Kind = kind, Sha256 = sha256, Size = size,
            ContentType = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant(), UploadedAt = Now, UploadedBy = user.Id,
        };
        db.Set<ServiceRequestAttachment>().Add(attachment);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return attachment;
    }

    public async Task<(Stream Content, ServiceRequestAttachment Attachment)> OpenAttachmentAsync(string module, Guid id, Guid attachmentId, CancellationToken ct)
    {
        var request = await GetAsync(module, id, ct).ConfigureAwait(false); // 404 unless the caller may see the request
        var attachment = request.Attachments.SingleOrDefault(a => a.Id == attachmentId) ?? throw new NotFoundException("Attachment");
        return (store.Open(attachment.Sha256), attachment);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private void CheckAllowed(ServiceRequest request, ServiceRequestStatus to, ServiceRequestSector sector)
    {
        var allowed = ServiceRequestWorkflow.AllowedAfter(request.Status);
        if (!allowed.Contains(to))
        {
            throw new ConflictException($"A request that is {request.Status} cannot become {to}.")
            {
                Extensions = new Dictionary<string, object?> { ["allowed"] = allowed.Select(s => s.ToString().ToLowerInvariant()).ToArray() },
            };
        }

        var roles = ServiceRequestWorkflow.RolesFor(request.Status, to, sector.SectorRole);
        if (!user.IsInRole(Roles.Admin) && !roles.Any(user.IsInRole))
        {
            throw new ForbiddenException($"Moving a request from {request.Status} to {to} is for: {string.Join(", ", roles)}.");
        }
    }

    /// <summary>A note or outcome is free text a person writes: a page of it at most (issue 22: they were unbounded).</summary>
    public const int MaxTransitionText = 2000;

    private static void CheckLengths(Transition transition)
    {
        if (transition.Note?.Length > MaxTransitionText)
        {
            throw RequestValidationException.For("note", $"note is at most {MaxTransitionText} characters.");
        }

        if (transition.Outcome?.Length > MaxTransitionText)
        {
            throw RequestValidationException.For("outcome", $"outcome is at most {MaxTransitionText} characters.");
        }
    }

    private static void CheckRequirements(ServiceRequest request, ServiceRequestStatus to, Transition transition, ServiceRequestType? type)
    {
        if (to == ServiceRequestStatus.Diverifikasi && string.IsNullOrWhiteSpace(transition.Note))
        {
            throw RequestValidationException.For("note", "Verification needs the home-visit note.");
        }

        if (to == ServiceRequestStatus.Ditolak && string.IsNullOrWhiteSpace(transition.Note))
        {
            throw RequestValidationException.For("note", "A rejection needs its reason.");
        }

        if (to == ServiceRequestStatus.Selesai && string.IsNullOrWhiteSpace(transition.Outcome))
        {
            throw RequestValidationException.For("outcome", "Completion needs the outcome.");
        }

        var missing = to == ServiceRequestStatus.Diverifikasi
            ? (type?.RequiredDocuments ?? []).Except(request.Attachments.Select(a => a.Kind)).ToList()
            : [];
        if (missing.Count > 0)
        {
            throw new BusinessRuleException($"Documents missing before verification: {string.Join(", ", missing)}.")
            {
                Extensions = new Dictionary<string, object?> { ["missingDocuments"] = missing },
            };
        }
    }

    private ServiceRequestHistoryEntry Entry(ServiceRequest request, ServiceRequestStatus? from, ServiceRequestStatus to, string? note, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(), RequestId = request.Id, At = at, Actor = user.Id, Roles = string.Join(',', user.Roles),
        From = from, To = to, Note = note,
    };

    private ServiceRequestSector Sector(string module) =>
        sectors.SingleOrDefault(s => s.Module == module) ?? throw new InvalidOperationException($"Module '{module}' registered no service requests.");

    private ModuleDbContext Db(string module) =>
        databases.Single(d => d.Module == module).Resolve(services);
}
