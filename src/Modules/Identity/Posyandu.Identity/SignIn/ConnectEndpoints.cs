using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Posyandu.Identity.SignIn;

/// <summary>
/// The two OpenID Connect endpoints OpenIddict passes through to the host: the authorization endpoint (a signed-in
/// browser session becomes an authorization code) and the token endpoint (code, refresh token or client credentials
/// become tokens, after checking that the account or client may still sign in).
/// </summary>
internal static class ConnectEndpoints
{
    public static void MapConnect(this IEndpointRouteBuilder app)
    {
        app.MapMethods(ServerSetup.AuthorizePath, ["GET", "POST"], AuthorizeAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(ServerSetup.TokenPath, TokenAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, UserManager<Account> users, SignInManager<Account> signIn)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var account = session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
        if (account is null || !await signIn.CanSignInAsync(account))
        {
            // To the sign-in page, and back here afterwards with the same request.
            var back = context.Request.PathBase + context.Request.Path + QueryString.Create(
                context.Request.HasFormContentType ? [.. context.Request.Form] : [.. context.Request.Query]);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = back }, [IdentityConstants.ApplicationScheme]);
        }

        var principal = TokenPrincipals.ForAccount(account, users.Options.ClaimsIdentity.SecurityStampClaimType, request.GetScopes());
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(
        HttpContext context, UserManager<Account> users, SignInManager<Account> signIn, IdentityDbContext db)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            // OpenIddict has checked the client's secret; its role and region are ours.
            var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == request.ClientId);
            return client is null || client.Disabled
                ? Refuse(Errors.InvalidClient, "Klien ini tidak aktif.")
                : Results.SignIn(TokenPrincipals.ForClient(client, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            // The stamp changes when an account is disabled, its scope or its password changes: the old grant ends.
            var account = granted is null ? null : await signIn.ValidateSecurityStampAsync(granted);
            if (account is null || !await signIn.CanSignInAsync(account) || await users.IsLockedOutAsync(account))
            {
                return Refuse(Errors.InvalidGrant, "Akun ini tidak lagi dapat masuk.");
            }

            return Results.SignIn(
                TokenPrincipals.ForAccount(account, users.Options.ClaimsIdentity.SecurityStampClaimType, granted!.GetScopes()),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
