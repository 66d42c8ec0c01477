using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Posyandu.Identity.SignIn;

/// <summary>
/// What a token says about its holder: the claims the API authorises on — <c>sub</c>, one
/// <c>role</c>, <c>region</c>, and for a kader <c>posyandu</c> and <c>sector</c>s (<see cref="PosyanduClaims"/>) — and the <c>name</c> and <c>preferred_username</c> the pages show. The
/// account's security stamp rides in the refresh token only, so a disabled account or a changed scope ends its refresh.
/// </summary>
internal static class TokenPrincipals
{
    public static ClaimsPrincipal ForAccount(Account account, string securityStampClaimType, IEnumerable<string> scopes)
    {
        // OpenID Connect's meanings: name is what people read, preferred_username what they type.
        var identity = NewIdentity(account.Id, account.DisplayName, account.Scope);
        identity.SetClaim(Claims.PreferredUsername, account.UserName);
        identity.AddClaim(new Claim(securityStampClaimType, account.SecurityStamp ?? ""));
        identity.SetScopes(scopes);
        identity.SetDestinations(claim => claim.Type == securityStampClaimType ? [] : [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    public static ClaimsPrincipal ForClient(ApiClient client, IEnumerable<string> scopes)
    {
        var identity = NewIdentity(client.ClientId, client.DisplayName, new AccountScope(client.Role, client.RegionCode, null, []));
        identity.SetScopes(scopes);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    private static ClaimsIdentity NewIdentity(string subject, string name, AccountScope scope)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject).SetClaim(Claims.Name, name).SetClaim(Claims.Role, scope.Role);
        if (scope.RegionCode is not null)
        {
            identity.SetClaim(PosyanduClaims.Region, scope.RegionCode);
        }

        if (scope.PosyanduId is { } posyandu)
        {
            identity.SetClaim(PosyanduClaims.Posyandu, posyandu.ToString());
        }

        foreach (var sector in scope.Sectors)
        {
            identity.AddClaim(new Claim(PosyanduClaims.Sector, sector));
        }

        return identity;
    }
}
