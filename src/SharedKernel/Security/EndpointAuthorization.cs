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

    /// <summary>Any authenticated caller with at least one platform role (data is still filtered by their scope).</summary>
    public static TBuilder RequireAnyRole<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRoles([.. Roles.All]);
}
