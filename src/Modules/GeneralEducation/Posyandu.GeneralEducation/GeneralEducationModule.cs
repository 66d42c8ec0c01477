using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.GeneralEducation.Features.Activities;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.GeneralEducation;

/// <summary>
/// General education (pendidikan masyarakat): the sector's records per Posyandu, on its own copy of the registry's Posyandu
/// (<see cref="Subscriptions.PosyanduProjector"/>). Created by tools/new-module.sh; replace the sample activity with
/// the sector's features.
/// </summary>
public sealed class GeneralEducationModule : IModule
{
    public const string ModuleName = "generaleducation";

    /// <summary>The OPD's role in tokens (the <c>Roles</c> constant of SharedKernel where it names the sector).</summary>
    public const string OpdRole = "generaleducation";

    public string Name => ModuleName;

    public string Title => "General education (pendidikan masyarakat)";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<GeneralEducationDbContext, GeneralEducationSqliteDbContext, GeneralEducationSqlServerDbContext>(configuration, ModuleName);

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapRecordActivity();
        group.MapGetActivity();
    }
}
