namespace Posyandu.SharedKernel.Security;

/// <summary>
/// The roles a token can carry (<c>role</c> claims). One per SPM sector OPD, DPMD as coordinator, admin, kader
/// (volunteer cadres, who work at one Posyandu) and desa (the village government of one village).
/// </summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Dpmd = "dpmd";
    public const string Health = "health";
    public const string Education = "education";
    public const string Social = "social";
    public const string Housing = "housing";
    public const string PublicWorks = "publicworks";
    public const string GeneralEducation = "generaleducation";

    /// <summary>
    /// Trantibumlinmas — ketenteraman, ketertiban umum dan pelindungan masyarakat, the sixth SPM field of Permendagri
    /// 13/2024: Satpol PP and BPBD (one OPD role for both, as the Posyandu's bidang is one).
    /// </summary>
    public const string Trantibumlinmas = "trantibumlinmas";
    public const string Kader = "kader";

    /// <summary>
    /// The village government (pemerintah desa: kepala desa / lurah, sekretaris or operator desa) of one village: its
    /// region claim must be a full village code (<c>64.02.01.2001</c>); a shorter one gives it nothing. The Posyandu is
    /// a village community institution (LKD, Permendagri 13/2024) partnered by the village head: the village verifies
    /// and forwards service requests, approves what a module asks it to, and sees its village's aggregates.
    /// </summary>
    public const string Desa = "desa";

    public static IReadOnlyList<string> All { get; } =
        [Admin, Dpmd, Health, Education, Social, Housing, PublicWorks, GeneralEducation, Trantibumlinmas, Kader, Desa];

    /// <summary>The sector OPD roles.</summary>
    public static IReadOnlyList<string> Sectors { get; } =
        [Health, Education, Social, Housing, PublicWorks, GeneralEducation, Trantibumlinmas];
}

/// <summary>Claim names besides roles.</summary>
public static class PosyanduClaims
{
    /// <summary>Kemendagri code prefix the user may see: <c>64</c>, <c>64.02</c>, <c>64.02.01</c> or a village.</summary>
    public const string Region = "region";

    /// <summary>For a kader: the id of the Posyandu they serve.</summary>
    public const string Posyandu = "posyandu";

    /// <summary>For a kader: a sector they serve (repeatable), e.g. <c>health</c>.</summary>
    public const string Sector = "sector";
}
