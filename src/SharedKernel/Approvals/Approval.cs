using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;

namespace Posyandu.SharedKernel.Approvals;

/// <summary>Where an approval stands.</summary>
public enum ApprovalStatus
{
    Menunggu,
    Disetujui,
    Ditolak,
}

/// <summary>
/// "Needs the village head's approval": a module asks the village government (<see cref="Roles.Desa"/>) of the
/// subject's village to approve an action before it acts (the Trantibumlinmas module's sensitive escalations). Stored
/// in the asking module's own <c>approvals</c> table, bound to the village (scope filters: only that village's desa
/// sees and decides it), versioned, and audited like every write: who asked and who decided, and when, are in the
/// module's audit trail as well as on the row.
/// </summary>
public sealed class Approval : IRegionScoped, IVersioned
{
    public const int MaxText = 2000;

    public Guid Id { get; init; }

    public string Module { get; init; } = "";

    /// <summary>The action that needs approval, a code of the asking module (e.g. <c>escalate-to-police</c>).</summary>
    public string Action { get; init; } = "";

    /// <summary>The record the action is about (the module's own id).</summary>
    public Guid SubjectId { get; init; }

    /// <summary>The village whose head decides (Kemendagri code).</summary>
    public string RegionCode { get; init; } = "";

    /// <summary>Why the module asks (no names or NIKs: the village reads the record itself).</summary>
    public string Reason { get; init; } = "";

    public ApprovalStatus Status { get; private set; }

    public DateTime RequestedAt { get; init; }

    public string RequestedBy { get; init; } = "";

    public DateTime? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? DecisionNote { get; private set; }

    public int Version { get; set; }

    /// <summary>The village head's decision, once: a decided approval is not decided again (ask anew instead).</summary>
    public void Decide(ApprovalStatus to, string? note, string actor, DateTime at)
    {
        if (Status != ApprovalStatus.Menunggu)
        {
            throw new ConflictException($"The approval was already decided ({Status.ToString().ToLowerInvariant()}).");
        }

        if (to == ApprovalStatus.Menunggu)
        {
            throw RequestValidationException.For("to", "to is disetujui or ditolak.");
        }

        if (to == ApprovalStatus.Ditolak && string.IsNullOrWhiteSpace(note))
        {
            throw RequestValidationException.For("note", "A refusal needs its reason.");
        }

        Status = to;
        DecidedAt = at;
        DecidedBy = actor;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}
