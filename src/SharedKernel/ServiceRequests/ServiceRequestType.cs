namespace Posyandu.SharedKernel.ServiceRequests;

/// <summary>
/// A kind of request a sector module accepts, with the documents it needs before verification and the working
/// days each step may take (5 by default, as the pilots set).
/// </summary>
/// <param name="Code">Stable code used in the API (e.g. <c>rtlh-rehab</c>).</param>
/// <param name="Name">Name in Bahasa Indonesia.</param>
/// <param name="RequiredDocuments">Attachment kinds needed before the request can be verified.</param>
public sealed record ServiceRequestType(string Code, string Name, IReadOnlyList<string> RequiredDocuments)
{
    public const int DefaultStepLimit = 5;

    /// <summary>Working days per step, by the status the step starts in; missing steps use <see cref="DefaultStepLimit"/>.</summary>
    public IReadOnlyDictionary<ServiceRequestStatus, int> StepLimits { get; init; } = new Dictionary<ServiceRequestStatus, int>();

    /// <summary>
    /// The requester is confidential (a resident reporting a problem of the village — an infrastructure report, later an
    /// incident): the shared views name the resident or household only to the sector's OPD, the village (desa and its
    /// kader) and admin; DPMD coordinates the request without learning who raised it.
    /// </summary>
    public bool ConfidentialRequester { get; init; }

    public int LimitFor(ServiceRequestStatus step) => StepLimits.TryGetValue(step, out var days) ? days : DefaultStepLimit;
}

/// <summary>Who may see the requester of a type with <see cref="ServiceRequestType.ConfidentialRequester"/>.</summary>
public static class ConfidentialRequesters
{
    /// <summary>The sector's OPD, the village (its government and its kader) and admin; DPMD coordinates without it.</summary>
    public static bool MaySeeConfidentialRequester(this Security.ICurrentUser user, string sectorRole)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Security.Roles.Admin) || user.IsInRole(sectorRole) || user.IsInRole(Security.Roles.Desa) || user.IsInRole(Security.Roles.Kader);
    }
}

/// <summary>Documents a request may carry.</summary>
public static class DocumentKinds
{
    public const string Ktp = "ktp";
    public const string Kk = "kk";
    public const string HousePhotoFront = "house-photo-front";
    public const string HousePhotoSide = "house-photo-side";
    public const string HousePhotoBack = "house-photo-back";
    public const string LocationPhoto = "location-photo";

    /// <summary>Proof of land tenure (sertifikat, girik, surat keterangan tanah from the village): BSPS requires it.</summary>
    public const string LandTenure = "land-tenure";

    /// <summary>Surat keterangan tidak mampu (SKTM) or another village statement of a family's condition: social assistance and rehabilitation require it.</summary>
    public const string Sktm = "sktm";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Ktp, Kk, HousePhotoFront, HousePhotoSide, HousePhotoBack, LocationPhoto, LandTenure, Sktm, Other];
}

/// <summary>What one module registered: its sector role and request types.</summary>
public sealed record ServiceRequestSector(string Module, string SectorRole, IReadOnlyList<ServiceRequestType> Types)
{
    public ServiceRequestType? Find(string code) => Types.FirstOrDefault(t => t.Code == code);
}

/// <summary>The <c>ServiceRequests</c> configuration section.</summary>
public sealed class ServiceRequestOptions
{
    public const string Section = "ServiceRequests";

    /// <summary>Folder of the holiday CSVs; relative paths are resolved against the application folder.</summary>
    public string HolidaysDirectory { get; set; } = "Holidays";

    /// <summary>Working days an overdue step waits before escalating one level (village → district → regency).</summary>
    public int EscalationDelayWorkingDays { get; set; } = 2;

    /// <summary>Folder of the content-addressed attachment store; relative to the content root.</summary>
    public string AttachmentsDirectory { get; set; } = "data/attachments";

    public long MaxAttachmentBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>Cron of the SLA sweep.</summary>
    public string SweepCron { get; set; } = "*/5 * * * *";
}
