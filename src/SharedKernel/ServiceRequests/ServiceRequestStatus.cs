namespace Posyandu.SharedKernel.ServiceRequests;

/// <summary>
/// The referral chain of a service request (ajuan): recorded by the kader, verified by the village government with a
/// home visit, forwarded by the village to the OPD, processed by the OPD, completed with an outcome — or rejected.
/// </summary>
public enum ServiceRequestStatus
{
    Diajukan,
    Diverifikasi,
    Diteruskan,
    Diproses,
    Selesai,
    Ditolak,
}

/// <summary>Which status may follow which, and who may move a request there.</summary>
public static class ServiceRequestWorkflow
{
    private static readonly Dictionary<ServiceRequestStatus, ServiceRequestStatus[]> Next = new()
    {
        [ServiceRequestStatus.Diajukan] = [ServiceRequestStatus.Diverifikasi, ServiceRequestStatus.Ditolak],
        [ServiceRequestStatus.Diverifikasi] = [ServiceRequestStatus.Diteruskan, ServiceRequestStatus.Ditolak],
        [ServiceRequestStatus.Diteruskan] = [ServiceRequestStatus.Diproses, ServiceRequestStatus.Ditolak],
        [ServiceRequestStatus.Diproses] = [ServiceRequestStatus.Selesai, ServiceRequestStatus.Ditolak],
        [ServiceRequestStatus.Selesai] = [],
        [ServiceRequestStatus.Ditolak] = [],
    };

    public static IReadOnlyList<ServiceRequestStatus> AllowedAfter(ServiceRequestStatus status) => Next[status];

    public static bool IsFinal(ServiceRequestStatus status) => Next[status].Length == 0;

    /// <summary>
    /// The roles that may make a transition (admin always may). The kader records the request; the village government
    /// (desa) verifies it with the home-visit note and the documents, rejects it at intake and forwards it to the OPD —
    /// the Tegal pilot's and SAPA Posyandu's chain kader → Pemdes → OPD; DPMD may take the village's step where a
    /// village does not (the history marks it, <see cref="IsVillageStep"/>). The sector's OPD processes, completes or
    /// rejects what was forwarded to it.
    /// </summary>
    public static IReadOnlyList<string> RolesFor(ServiceRequestStatus from, ServiceRequestStatus to, string sectorRole) =>
        IsVillageStep(from, to) ? [Security.Roles.Desa, Security.Roles.Dpmd] : [sectorRole];

    /// <summary>The steps that are the village's: verify, forward, reject at intake.</summary>
    public static bool IsVillageStep(ServiceRequestStatus? from, ServiceRequestStatus to) => to switch
    {
        ServiceRequestStatus.Diverifikasi or ServiceRequestStatus.Diteruskan => true,
        ServiceRequestStatus.Ditolak => from is ServiceRequestStatus.Diajukan or ServiceRequestStatus.Diverifikasi,
        _ => false,
    };

    /// <summary>The statuses in which a request waits for the village (to be verified, or to be forwarded).</summary>
    public static IReadOnlyList<ServiceRequestStatus> WaitingForVillage { get; } = [ServiceRequestStatus.Diajukan, ServiceRequestStatus.Diverifikasi];
}
