using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Social.Features.Activities;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.Social;

/// <summary>
/// Social (Dinas Sosial): the sector's records per Posyandu, on its own copy of the registry's Posyandu
/// (<see cref="Subscriptions.PosyanduProjector"/>). Created by tools/new-module.sh; replace the sample activity with
/// the sector's features.
/// </summary>
public sealed class SocialModule : IModule
{
    public const string ModuleName = "social";

    /// <summary>The OPD's role in tokens (the <c>Roles</c> constant of SharedKernel where it names the sector).</summary>
    public const string OpdRole = "social";

    public string Name => ModuleName;

    public string Title => "Social (Dinas Sosial)";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<SocialDbContext, SocialSqliteDbContext, SocialSqlServerDbContext>(configuration, ModuleName);

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapRecordActivity();
        group.MapGetActivity();
    }
}
