using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Social.Contracts;

// Facts for DPMD and the other sectors about PPKS, persons with disability, DTSEN status and social assistance.
// Ids, region codes, dates and codes only: no names, no NIK or KK number, no free-text notes (UU 27/2022).
// PPKS types and programmes are the codes of the module's catalogue (Permensos 08/2012; PKH, BPNT, PBI-JK, …).

/// <summary>A person's or household's PPKS case was identified (<paramref name="ResidentId"/> null for a household's case).</summary>
/// <param name="Source">kaderVisit, villageMeeting or referral.</param>
/// <param name="Period">The month of identification, <c>yyyy-MM</c>.</param>
public sealed record PpksIdentified(
    Guid CaseId, Guid? ResidentId, Guid HouseholdId, Guid PosyanduId, string RegionCode, string Type, DateOnly IdentifiedOn, string Source,
    string Period) : IIntegrationEvent;

/// <summary>A PPKS case moved on a step: <paramref name="To"/> is verified, served or closed.</summary>
public sealed record PpksStatusChanged(
    Guid CaseId, Guid HouseholdId, Guid PosyanduId, string RegionCode, string Type, string From, string To, DateOnly On, string Period) : IIntegrationEvent;

/// <summary>A resident's disability was assessed (UU 8/2016 category fisik, intelektual, mental, sensorik or ganda; severity mild, moderate, severe).</summary>
public sealed record DisabilityRecorded(
    Guid RecordId, Guid ResidentId, Guid HouseholdId, Guid PosyanduId, string RegionCode, string Category, string Severity,
    IReadOnlyList<string> DevicesNeeded, DateOnly AssessedOn, string Period) : IIntegrationEvent;

/// <summary>A household's DTSEN status was checked: in DTSEN or not, decile 1–10 when known.</summary>
public sealed record DtsenStatusChecked(
    Guid CheckId, Guid HouseholdId, Guid PosyanduId, string RegionCode, DateOnly CheckedOn, bool InDtsen, int? Decile) : IIntegrationEvent;

/// <summary>A household started receiving an assistance programme.</summary>
public sealed record AssistanceStarted(
    Guid AssistanceId, Guid HouseholdId, Guid PosyanduId, string RegionCode, string Programme, DateOnly StartedOn, string Period) : IIntegrationEvent;

/// <summary>A household's assistance programme ended.</summary>
public sealed record AssistanceEnded(
    Guid AssistanceId, Guid HouseholdId, Guid PosyanduId, string RegionCode, string Programme, DateOnly StartedOn, DateOnly EndedOn,
    string Period) : IIntegrationEvent;

/// <summary>A proposal (usulan) for a household was submitted to the data-update round: kind addToDtsen, updateData or programme.</summary>
public sealed record ProposalSubmitted(
    Guid ProposalId, Guid HouseholdId, Guid PosyanduId, string RegionCode, string Kind, string? Programme, DateOnly SubmittedOn) : IIntegrationEvent;

/// <summary>A proposal was decided: accepted or rejected.</summary>
public sealed record ProposalDecided(
    Guid ProposalId, Guid HouseholdId, Guid PosyanduId, string RegionCode, string Kind, string? Programme, string Outcome, DateOnly DecidedOn) : IIntegrationEvent;
