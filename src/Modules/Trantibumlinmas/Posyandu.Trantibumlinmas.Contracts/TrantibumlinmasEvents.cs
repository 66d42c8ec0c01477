using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Trantibumlinmas.Contracts;

// Facts of Satpol PP and BPBD for DPMD and the sectors that act on them (Social's korban bencana, Health's trauma
// care). Ids, region codes, times and codes only: never the reporter, no names, no NIK, no free text.

/// <summary>
/// An incident was reported in a village: its catalogue type and group, whether it is sensitive (its escalation waits
/// for the village head's approval), when it happened. The reporter is not in it: confidential to the OPD and the village head.
/// </summary>
/// <param name="Group"><c>bencana</c>, <c>ketertiban</c>, <c>kriminal</c> or <c>kekerasan</c>.</param>
public sealed record IncidentReported(
    Guid IncidentId, string Type, string Group, bool Sensitive, Guid PosyanduId, string RegionCode, DateTime OccurredAt, DateTime RecordedAt) : IIntegrationEvent;

/// <summary>An incident was escalated to the OPD or the police; for a sensitive one, <paramref name="ApprovalId"/> is the village head's approval.</summary>
/// <param name="To"><c>opd</c> or <c>polisi</c>.</param>
public sealed record IncidentEscalated(
    Guid IncidentId, string Type, Guid PosyanduId, string RegionCode, string To, DateTime EscalatedAt, Guid? ApprovalId) : IIntegrationEvent;
