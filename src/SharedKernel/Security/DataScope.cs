using System.Security.Claims;

namespace Posyandu.SharedKernel.Security;

/// <summary>
/// What part of the province's data the current caller may see. Applied by every module's DbContext as a global
/// query filter on <see cref="IRegionScoped"/> / <see cref="IPosyanduScoped"/> entities, so a handler cannot forget it.
/// </summary>
public sealed record DataScope
{
    /// <summary>A prefix no code has: a caller without a region claim sees no region-bound data.</summary>
    private const string Nothing = "-";

    /// <summary>Background work (outbox delivery, jobs) and admins without a region claim.</summary>
    public static DataScope Unrestricted { get; } = new();

    /// <summary>Null: every region. Otherwise a Kemendagri code prefix (segments are fixed width, so a plain prefix test is exact).</summary>
    public string? RegionPrefix { get; init; }

    /// <summary>Null: every Posyandu in the region. Set for kader.</summary>
    public Guid? PosyanduId { get; init; }

    public bool IsUnrestricted => RegionPrefix is null && PosyanduId is null;

    public bool CanSeeRegion(string regionCode) =>
        RegionPrefix is null || (regionCode ?? "").StartsWith(RegionPrefix, StringComparison.Ordinal);

    public bool CanSee(IRegionScoped record) =>
        CanSeeRegion(record?.RegionCode ?? "") && (PosyanduId is null || record is not IPosyanduScoped p || p.PosyanduId == PosyanduId);

    /// <param name="user">The token's claims.</param>
    /// <param name="regions">The Kemendagri codes of the registry (<see cref="IRegionCatalog"/>), when known: a region
    /// claim that is not one of them gives nothing.</param>
    public static DataScope From(ClaimsPrincipal user, IRegionCatalog? regions = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var region = user.FindFirst(PosyanduClaims.Region)?.Value?.Trim();
        Guid? posyandu = Guid.TryParse(user.FindFirst(PosyanduClaims.Posyandu)?.Value, out var id) ? id : null;
        if (string.IsNullOrEmpty(region))
        {
            return user.IsInRole(Roles.Admin) && posyandu is null
                ? Unrestricted
                : new DataScope { RegionPrefix = Nothing, PosyanduId = posyandu };
        }

        // The claim is a prefix test on codes, so it must itself be a whole Kemendagri code: "64.0" would otherwise
        // match 64.01–64.09, "64.02.0" every district of a regency. A code the registry does not hold gives nothing too
        // (an identity provider's typo must not become a scope).
        if (!Domain.RegionCode.TryParse(region, out var code, out _) || code.ToString() != region
            || (regions is not null && !regions.Contains(region)))
        {
            return new DataScope { RegionPrefix = Nothing, PosyanduId = posyandu };
        }

        // The village government sees one village: a token of the desa role (and of no wider role) whose region is not a
        // full village code is a mistake of the identity provider, and a mistake must not widen what it sees.
        if (user.IsInRole(Roles.Desa) && !WiderThanVillage(user))
        {
            var isVillage = Domain.RegionCode.TryParse(region, out var village, out _) && village.Level == Domain.RegionLevel.Village;
            return new DataScope { RegionPrefix = isVillage ? village.ToString() : Nothing, PosyanduId = user.IsInRole(Roles.Kader) ? posyandu ?? Guid.Empty : posyandu };
        }

        return new DataScope { RegionPrefix = region, PosyanduId = user.IsInRole(Roles.Kader) ? posyandu ?? Guid.Empty : posyandu };
    }

    /// <summary>A role whose region claim may be any prefix (everything but desa and kader).</summary>
    private static bool WiderThanVillage(ClaimsPrincipal user) =>
        Roles.All.Any(r => r is not Roles.Desa and not Roles.Kader && user.IsInRole(r));
}

/// <summary>The Kemendagri region codes the registry holds (the registry module provides it), to validate region claims.</summary>
public interface IRegionCatalog
{
    bool Contains(string code);
}

/// <summary>A record bound to a place: only callers whose region scope covers <see cref="RegionCode"/> see it.</summary>
public interface IRegionScoped
{
    /// <summary>The Kemendagri code (usually a village) the record belongs to.</summary>
    string RegionCode { get; }
}

/// <summary>A record bound to a Posyandu: a kader sees only their own Posyandu's.</summary>
public interface IPosyanduScoped : IRegionScoped
{
    Guid PosyanduId { get; }
}
