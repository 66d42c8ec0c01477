using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Trantibumlinmas.Features.Activities;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.Trantibumlinmas;

/// <summary>
/// Trantibumlinmas (Satpol PP dan BPBD): the sector's records per Posyandu, on its own copy of the registry's Posyandu
/// (<see cref="Subscriptions.PosyanduProjector"/>). Created by tools/new-module.sh; replace the sample activity with
/// the sector's features.
/// </summary>
public sealed class TrantibumlinmasModule : IModule
{
    public const string ModuleName = "trantibumlinmas";

    /// <summary>The OPD's role in tokens (the <c>Roles</c> constant of SharedKernel where it names the sector).</summary>
    public const string OpdRole = "trantibumlinmas";

    public string Name => ModuleName;

    public string Title => "Trantibumlinmas (Satpol PP dan BPBD)";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<TrantibumlinmasDbContext, TrantibumlinmasSqliteDbContext, TrantibumlinmasSqlServerDbContext>(configuration, ModuleName);

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapRecordActivity();
        group.MapGetActivity();
    }
}
