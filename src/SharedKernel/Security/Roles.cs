namespace Posyandu.SharedKernel.Security;

/// <summary>
/// The roles a token can carry (<c>role</c> claims). One per SPM sector OPD, DPMD as coordinator, admin, and kader
/// (volunteer cadres, who work at one Posyandu).
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
    public const string Kader = "kader";

    public static IReadOnlyList<string> All { get; } =
        [Admin, Dpmd, Health, Education, Social, Housing, PublicWorks, GeneralEducation, Kader];

    /// <summary>The sector OPD roles.</summary>
    public static IReadOnlyList<string> Sectors { get; } =
        [Health, Education, Social, Housing, PublicWorks, GeneralEducation];
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
