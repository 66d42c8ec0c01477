using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Identity.Features.Accounts;
using Posyandu.Identity.Features.Clients;
using Posyandu.Identity.SignIn;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.Identity;

/// <summary>
/// Accounts and sign-in: users on ASP.NET Core Identity with one role and a region (and for a kader a Posyandu and
/// sectors), managed by admin and DPMD within their region; an OpenID Connect server (OpenIddict) issuing the tokens
/// the API authorises on — authorization code with PKCE for the platform's pages, refresh tokens, client credentials
/// for an OPD's own system — and the sign-in pages (<see cref="SignInPages"/>).
/// </summary>
public sealed class IdentityModule : IModule
{
    public const string ModuleName = "identity";

    public string Name => ModuleName;

    public string Title => "Identity (akun dan masuk)";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IdentityDbContext, IdentitySqliteDbContext, IdentitySqlServerDbContext>(configuration, ModuleName);
        services.AddAccounts();
        services.AddSignInServer(configuration);
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapGetMe();
        group.MapListAccounts();
        group.MapGetAccount();
        group.MapCreateAccount();
        group.MapChangeAccountScope();
        group.MapDisableAccount();
        group.MapEnableAccount();
        group.MapResetPassword();
        group.MapRegisterClient();
        group.MapListClients();
        group.MapListGrantableRoles();
    }
}
