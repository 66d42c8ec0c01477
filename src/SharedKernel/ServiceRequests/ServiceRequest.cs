using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;

namespace Posyandu.SharedKernel.ServiceRequests;

/// <summary>
/// A resident's or household's request to a sector (ajuan), stored in the owning module's own tables
/// (<c>service_requests</c>, <c>service_request_history</c>, <c>service_request_attachments</c> in its schema).
/// Bound to its Posyandu and village, so scope filters apply; versioned, so concurrent transitions cannot both win.
/// </summary>
public sealed class ServiceRequest : IPosyanduScoped, IVersioned
{
    public Guid Id { get; init; }

    /// <summary>The owning module (e.g. <c>housing</c>).</summary>
    public string Sector { get; init; } = "";

    /// <summary>A request type code defined by the owning module (e.g. <c>rtlh-rehab</c>).</summary>
    public string Type { get; init; } = "";

    public Guid? ResidentId { get; init; }

    public Guid? HouseholdId { get; init; }

    public Guid PosyanduId { get; init; }

    /// <summary>The village (Kemendagri code).</summary>
    public string RegionCode { get; init; } = "";

    public string Description { get; init; } = "";

    public ServiceRequestStatus Status { get; set; }

    /// <summary>When the current step began (UTC).</summary>
    public DateTime StatusSince { get; set; }

    /// <summary>When the current step must be finished (UTC); null once final.</summary>
    public DateTime? DueAt { get; set; }

    /// <summary>Set once, by the SLA sweep, when the current step passed <see cref="DueAt"/>.</summary>
    public DateTime? OverdueSince { get; set; }

    /// <summary>0: with the village; 1: escalated to the district; 2: to the regency.</summary>
    public int EscalationLevel { get; set; }

    public DateTime? LastEscalatedAt { get; set; }

    public DateTime SubmittedAt { get; init; }

    public string? Outcome { get; set; }

    /// <summary>True once any finished step took longer than its limit.</summary>
    public bool AnyStepLate { get; set; }

    public int Version { get; set; }

    public List<ServiceRequestHistoryEntry> History { get; init; } = [];

    public List<ServiceRequestAttachment> Attachments { get; init; } = [];
}

/// <summary>One transition: who moved the request from where to where, when, and why.</summary>
public sealed class ServiceRequestHistoryEntry
{
    public Guid Id { get; init; }

    public Guid RequestId { get; init; }

    public DateTime At { get; init; }

    public string Actor { get; init; } = "";

    public string Roles { get; init; } = "";

    public ServiceRequestStatus? From { get; init; }

    public ServiceRequestStatus To { get; init; }

    public string? Note { get; init; }
}

/// <summary>A document kept on the attachment store under its SHA-256 (content-addressed).</summary>
public sealed class ServiceRequestAttachment
{
    public Guid Id { get; init; }

    public Guid RequestId { get; init; }

    /// <summary>The document kind (e.g. <c>ktp</c>, <c>kk</c>, <c>house-photo-front</c>).</summary>
    public string Kind { get; init; } = "";

    public string Sha256 { get; init; } = "";

    public string ContentType { get; init; } = "";

    public long Size { get; init; }

    public DateTime UploadedAt { get; init; }

    public string UploadedBy { get; init; } = "";
}
