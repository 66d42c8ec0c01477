using OpenIddict.Abstractions;
using Posyandu.Identity.SignIn;
using Posyandu.SharedKernel.Modules;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Posyandu.Identity.Startup;

/// <summary>
/// The platform's own browser pages (dashboard, account administration, the village page, Swagger UI) as one public
/// OpenID Connect client, <c>posyandu-web</c>: authorization code with PKCE, refresh tokens, revocation. Public: a
/// page cannot keep a secret; PKCE and the same-origin redirect rule (<see cref="ServerSetup"/>) protect the code.
/// </summary>
internal sealed class WebClientRegistration(IOpenIddictApplicationManager applications) : IModuleStartupTask
{
    public const string ClientId = "posyandu-web";

    public int Order => 10;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(ClientId, cancellationToken) is not null)
        {
            return;
        }

        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Posyandu Digital (halaman web)",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Prefixes.Scope + ServerSetup.ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        }, cancellationToken);
    }
}
