using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using OpenIddict.Validation.AspNetCore;

namespace Posyandu.Identity.SignIn;

/// <summary>
/// The API's authentication scheme: a policy scheme that forwards each bearer token to whoever issued it — this
/// host's OpenIddict server (its tokens are encrypted JWTs, or name this host as issuer) to OpenIddict's validation,
/// anything else (a province Keycloak realm configured under <c>Authentication:Schemes:Bearer</c>, <c>dotnet
/// user-jwts</c> in Development, the tests' tokens) to the JWT bearer handler. Endpoints do not change.
/// </summary>
public static class ApiAuthentication
{
    /// <summary>The host's default authentication scheme.</summary>
    public const string Scheme = "Posyandu";

    internal static IServiceCollection AddApiAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication().AddPolicyScheme(Scheme, "Posyandu API", policy =>
            policy.ForwardDefaultSelector = context => IsLocal(context) ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme : JwtBearerDefaults.AuthenticationScheme);
        return services;
    }

    private static bool IsLocal(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var token = header["Bearer ".Length..].Trim();
        var handler = new JsonWebTokenHandler();
        if (!handler.CanReadToken(token))
        {
            return false;
        }

        var jwt = handler.ReadJsonWebToken(token);
        return jwt.IsEncrypted || string.Equals(jwt.Issuer.TrimEnd('/'), $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}", StringComparison.OrdinalIgnoreCase);
    }
}
