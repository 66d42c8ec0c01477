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
        var roles = alsoAllowed.Append(sector).Append(Roles.Kader).Append(Roles.Admin).Distinct(StringComparer.Ordinal).ToArray();
        return builder.RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireRole(roles).RequireAssertion(context =>
            !context.User.IsInRole(Roles.Kader)
            || roles.Any(r => r != Roles.Kader && context.User.IsInRole(r))
            || context.User.HasClaim(PosyanduClaims.Sector, sector)));
    }

    /// <summary>Any authenticated caller with at least one platform role (data is still filtered by their scope).</summary>
    public static TBuilder RequireAnyRole<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRoles([.. Roles.All]);
}
