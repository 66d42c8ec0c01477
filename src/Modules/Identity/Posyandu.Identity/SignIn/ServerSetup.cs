using Microsoft.AspNetCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Posyandu.Identity.SignIn;

/// <summary>
/// The OpenID Connect server (OpenIddict 7): authorization code with PKCE (RFC 7636) for the platform's own pages and
/// Swagger UI, refresh tokens, client credentials for an OPD's system, revocation (RFC 7009) and discovery. Access
/// tokens carry the claims the API authorises on (<see cref="TokenPrincipals"/>); the API reads them through
/// OpenIddict's validation of the local server, beside external issuers (<see cref="ApiAuthentication"/>).
/// </summary>
internal static class ServerSetup
{
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string RevokePath = "/connect/revoke";

    /// <summary>The one scope of the API; <c>offline_access</c> adds a refresh token.</summary>
    public const string ApiScope = "api";

    public static IServiceCollection AddSignInServer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris(AuthorizePath.TrimStart('/'))
                    .SetTokenEndpointUris(TokenPath.TrimStart('/'))
                    .SetRevocationEndpointUris(RevokePath.TrimStart('/'));
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                server.RegisterScopes(ApiScope, Scopes.OfflineAccess);
                // Behind a load balancer or several names, the one issuer every instance names (else: the request's origin).
                if (configuration["Identity:Issuer"] is { Length: > 0 } issuer)
                {
                    server.SetIssuer(new Uri(issuer, UriKind.Absolute));
                }

                // Short-lived access tokens: a disabled account's last token expires soon; the refresh is refused at once.
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(15))
                    .SetRefreshTokenLifetime(TimeSpan.FromHours(8));
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough();
                // The platform's pages are served by this host on whatever origin it has (a port chosen at start in
                // tests, the province's domain in production): a redirect back to this same origin is accepted,
                // nothing else — so no list of origins to keep, and no code ever leaves the host's own pages.
                server.RemoveEventHandler(OpenIddictServerHandlers.Authentication.ValidateClientRedirectUri.Descriptor);
                server.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler => handler
                    .UseInlineHandler(SameOriginRedirectOnly)
                    .SetOrder(OpenIddictServerHandlers.Authentication.ValidateClientRedirectUri.Descriptor.Order));
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
            });

        // The Database section as every module reads it (nothing binds IOptions<DatabaseOptions>, whose defaults put the
        // keys in <content root>/data whatever Database:DataDirectory says, and took SQL Server for SQLite).
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddOptions<OpenIddictServerOptions>().Configure<IHostEnvironment>(
            (server, environment) => SigningKeys.Add(server, configuration, environment, database));
        // The API's validation of this server's tokens accepts only the server's own algorithms (SigningKeys.Algorithms).
        services.AddOptions<OpenIddictValidationOptions>().Configure(validation => validation.TokenValidationParameters.ValidAlgorithms = SigningKeys.Algorithms);
        services.AddOptions<OpenIddictServerAspNetCoreOptions>().Configure<IHostEnvironment>(
            (aspNetCore, environment) => aspNetCore.DisableTransportSecurityRequirement = AccountsSetup.IsLocalHttp(environment));
        services.AddApiAuthentication();
        return services;
    }

    private static ValueTask SameOriginRedirectOnly(OpenIddictServerEvents.ValidateAuthorizationRequestContext context)
    {
        var request = context.Transaction.GetHttpRequest();
        if (request is null || !Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var redirect)
            || !string.Equals(redirect.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(redirect.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            context.Reject(Errors.InvalidRequest, "redirect_uri must be a page of this host.");
        }

        return ValueTask.CompletedTask;
    }
}
