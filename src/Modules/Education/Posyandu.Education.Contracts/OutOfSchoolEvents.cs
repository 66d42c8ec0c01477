using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Education.Contracts;

// Facts for the DPMD report about out-of-school children (anak tidak sekolah, 7–18). Ids, region codes and facts only.
// Reasons: cost, distance, work, disability, marriage, other. Outcomes: returnedToSchool, paketA, paketB, paketC, vocational.

/// <summary>A child aged 7–18 was found not attending school.</summary>
/// <param name="Period">The month of identification, <c>yyyy-MM</c>.</param>
public sealed record OutOfSchoolChildIdentified(
    Guid CaseId, Guid ResidentId, Guid PosyanduId, string RegionCode, DateOnly IdentifiedOn, string Reason, int AgeYears,
    string Period) : IIntegrationEvent;

/// <summary>An out-of-school child's case was closed with its outcome.</summary>
/// <param name="Period">The month of resolution, <c>yyyy-MM</c>.</param>
public sealed record OutOfSchoolChildResolved(
    Guid CaseId, Guid ResidentId, Guid PosyanduId, string RegionCode, DateOnly IdentifiedOn, DateOnly ResolvedOn, string Reason,
    string Outcome, string Period) : IIntegrationEvent;
