using Posyandu.SharedKernel.Messaging;

namespace Posyandu.SharedKernel.ServiceRequests;

// The integration events of every sector's service requests. They live in SharedKernel because the mechanism
// does; each carries its sector, so the DPMD report can group by OPD. Ids and region codes only.

/// <summary>A request was recorded at the Posyandu.</summary>
public sealed record ServiceRequestSubmitted(
    Guid RequestId, string Sector, string Type, string RegionCode, Guid PosyanduId, DateTime SubmittedAt, DateTime DueAt) : IIntegrationEvent;

/// <summary>A request moved from one status to the next; <see cref="WorkingDaysInStep"/> is how long the finished step took.</summary>
public sealed record ServiceRequestStatusChanged(
    Guid RequestId, string Sector, string Type, string RegionCode, Guid PosyanduId,
    ServiceRequestStatus From, ServiceRequestStatus To, DateTime StepStartedAt, DateTime At,
    int WorkingDaysInStep, bool StepWithinSla, DateTime? DueAt) : IIntegrationEvent;

/// <summary>A step passed its deadline (raised once per step).</summary>
public sealed record ServiceRequestOverdue(
    Guid RequestId, string Sector, string Type, string RegionCode, Guid PosyanduId,
    ServiceRequestStatus Step, DateTime DueAt, DateTime DetectedAt) : IIntegrationEvent;

/// <summary>An overdue step was escalated to the district (level 1) or the regency (level 2).</summary>
public sealed record ServiceRequestEscalated(
    Guid RequestId, string Sector, string Type, string RegionCode, Guid PosyanduId,
    ServiceRequestStatus Step, int Level, string EscalatedTo, DateTime At) : IIntegrationEvent;

/// <summary>A request reached a final status (Selesai or Ditolak).</summary>
public sealed record ServiceRequestCompleted(
    Guid RequestId, string Sector, string Type, string RegionCode, Guid PosyanduId,
    ServiceRequestStatus FinalStatus, DateTime SubmittedAt, DateTime CompletedAt, int TotalWorkingDays, bool EveryStepWithinSla) : IIntegrationEvent;
