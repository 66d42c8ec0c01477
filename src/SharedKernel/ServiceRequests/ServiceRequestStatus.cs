namespace Posyandu.SharedKernel.ServiceRequests;

/// <summary>
/// The referral chain of a service request (ajuan): recorded by the kader, verified by kader and village with a
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
    /// The roles that may make a transition (admin always may): the village desk (kader, DPMD village staff) verifies,
    /// rejects at intake and forwards; the sector's OPD processes, completes or rejects what was forwarded to it.
    /// </summary>
    public static IReadOnlyList<string> RolesFor(ServiceRequestStatus from, ServiceRequestStatus to, string sectorRole) => to switch
    {
        ServiceRequestStatus.Diverifikasi => [Security.Roles.Kader, Security.Roles.Dpmd],
        ServiceRequestStatus.Diteruskan => [Security.Roles.Dpmd],
        ServiceRequestStatus.Ditolak when from is ServiceRequestStatus.Diajukan or ServiceRequestStatus.Diverifikasi =>
            [Security.Roles.Kader, Security.Roles.Dpmd],
        _ => [sectorRole],
    };
}
