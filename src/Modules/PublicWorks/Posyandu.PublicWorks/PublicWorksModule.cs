using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.PublicWorks.Features.Activities;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.PublicWorks;

/// <summary>
/// Public works (Dinas PU): the sector's records per Posyandu, on its own copy of the registry's Posyandu
/// (<see cref="Subscriptions.PosyanduProjector"/>). Created by tools/new-module.sh; replace the sample activity with
/// the sector's features.
/// </summary>
public sealed class PublicWorksModule : IModule
{
    public const string ModuleName = "publicworks";

    /// <summary>The OPD's role in tokens (the <c>Roles</c> constant of SharedKernel where it names the sector).</summary>
    public const string OpdRole = "publicworks";

    public string Name => ModuleName;

    public string Title => "Public works (Dinas PU)";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<PublicWorksDbContext, PublicWorksSqliteDbContext, PublicWorksSqlServerDbContext>(configuration, ModuleName);

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapRecordActivity();
        group.MapGetActivity();
    }
}
