using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Posyandu.SharedKernel.Security;

/// <summary>
/// How an endpoint declares who may call it. Every module endpoint must call one of these (the authorisation
/// matrix test fails for an endpoint that does not); <c>admin</c> is always allowed.
/// </summary>
public static class EndpointAuthorization
{
    /// <summary>Only callers with one of <paramref name="roles"/> (or admin) may call the endpoint.</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params string[] roles)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(roles);
        var allowed = roles.Append(Roles.Admin).Distinct(StringComparer.Ordinal).ToArray();
        return builder.RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireRole(allowed));
    }

    /// <summary>
    /// Writes of one SPM sector: the sector's OPD (and the other <paramref name="alsoAllowed"/> roles), or a kader whose
    /// token lists the sector among those they serve (<c>sector</c> claims). A kader of education cannot record a
    /// health visit, though both work at the same Posyandu.
    /// </summary>
    public static TBuilder RequireSectorWriters<TBuilder>(this TBuilder builder, string sector, params string[] alsoAllowed)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(alsoAllowed);
        return builder.RequireSectorRoles(sector, [.. alsoAllowed, sector, Roles.Kader]);
    }

    /// <summary>
    /// Reads of one sector's personal data (UU 27/2022 Art. 16: purpose limitation; health data is specific personal
    /// data, Art. 4): the sector's OPD (and <paramref name="alsoAllowed"/>), or a kader who serves the sector. An
    /// education kader does not read a pregnant woman's anaemia flags or a child's immunisations, though both work at
    /// the same Posyandu; the Posyandu bound still comes from the scope filters. A module declares only its sector.
    /// </summary>
    public static TBuilder RequireSectorReaders<TBuilder>(this TBuilder builder, string sector, params string[] alsoAllowed)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(alsoAllowed);
        return builder.RequireSectorRoles(sector, [.. alsoAllowed, sector, Roles.Kader]);
    }

    /// <summary>
    /// Only callers with one of <paramref name="roles"/> (or admin), and a kader among them only with the
    /// <paramref name="sector"/> claim. Marks the endpoint with <see cref="SectorData"/>, so the authorisation matrix
    /// calls it as a kader of another sector and as a kader of another Posyandu of the same village.
    /// </summary>
    public static TBuilder RequireSectorRoles<TBuilder>(this TBuilder builder, string sector, params string[] roles)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentException.ThrowIfNullOrEmpty(sector);
        ArgumentNullException.ThrowIfNull(roles);
        var allowed = roles.Append(Roles.Admin).Distinct(StringComparer.Ordinal).ToArray();
        return builder.RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireRole(allowed).RequireAssertion(context =>
                PassesSectorRule(sector, allowed, context.User.IsInRole, context.User.HasClaim)))
            .WithMetadata(new SectorData(sector));
    }

    /// <summary>
    /// The sector rule of <see cref="RequireSectorRoles"/>, for a check outside an endpoint's policy (an import type of
    /// one sector): a kader passes only with the <paramref name="sector"/> claim, unless they also hold another of the
    /// <paramref name="allowed"/> roles; every other caller passes.
    /// </summary>
    public static bool PassesSectorRule(string sector, IEnumerable<string> allowed, Func<string, bool> isInRole, Func<string, string, bool> hasClaim)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentNullException.ThrowIfNull(isInRole);
        ArgumentNullException.ThrowIfNull(hasClaim);
        return !isInRole(Roles.Kader) || allowed.Any(r => r != Roles.Kader && isInRole(r)) || hasClaim(PosyanduClaims.Sector, sector);
    }

    /// <summary>
    /// The endpoint's records belong to a village, not to one of its Posyandu (a village's disaster preparedness, its
    /// poskamling and linmas: Permendagri 13/2024 makes the Posyandu a village institution, and several Posyandu of a
    /// village share these): every kader of the village serving the sector reaches them. The scope filters still bound
    /// the village; the authorisation matrix then does not expect a kader of another Posyandu of the village to be refused.
    /// </summary>
    public static TBuilder VillageWide<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new VillageWideData());

    /// <summary>Any authenticated caller with at least one platform role (data is still filtered by their scope).</summary>
    public static TBuilder RequireAnyRole<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRoles([.. Roles.All]);
}

/// <summary>
/// Endpoint metadata: the endpoint reads or writes personal data of one SPM sector (<see cref="Sector"/>), so a kader
/// reaches it only for a sector they serve (<see cref="EndpointAuthorization.RequireSectorRoles"/>).
/// </summary>
public sealed record SectorData(string Sector);

/// <summary>Endpoint metadata: the records are the village's, shared by its Posyandu (<see cref="EndpointAuthorization.VillageWide"/>).</summary>
public sealed record VillageWideData;
