using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Posyandu.Identity.SignIn;

namespace Posyandu.Host.Hosting;

/// <summary>
/// JWT bearer tokens. Issuer, audiences and keys come from <c>Authentication:Schemes:Bearer</c> (the .NET
/// convention): in development <c>dotnet user-jwts</c> writes them to user secrets; in production point
/// <c>Authority</c> at the identity provider (e.g. Keycloak) or set <c>ValidIssuer</c>/<c>ValidAudiences</c>/
/// <c>SigningKeys</c>. The default scheme is the Identity module's <see cref="ApiAuthentication.Scheme"/>, which
/// sends this host's own tokens (OpenIddict) to their validation and every other bearer token here.
/// </summary>
internal static class AuthSetup
{
    public static IServiceCollection AddPosyanduAuth(this IServiceCollection services)
    {
        services.AddAuthentication(ApiAuthentication.Scheme).AddJwtBearer(JwtBearerDefaults.AuthenticationScheme);
        services.AddAuthorization(options =>
            // An endpoint that forgot to declare its roles is still closed to anonymous callers (and the
            // authorisation matrix test fails for it).
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
