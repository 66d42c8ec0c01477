using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Registry.Features;
using Posyandu.SharedKernel.Imports;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.Registry;

/// <summary>
/// DPMD's master data: Kemendagri regions, Posyandu and their pengurus, kader, households and residents. Other
/// modules never read these tables: they keep projections fed by this module's integration events.
/// </summary>
public sealed class RegistryModule : IModule
{
    public const string ModuleName = "registry";

    public string Name => ModuleName;

    public string Title => "Registry (DPMD)";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<RegistryDbContext, RegistrySqliteDbContext, RegistrySqlServerDbContext>(configuration, ModuleName);
        // Bulk import (SharedKernel/Imports): households and residents, the kader register.
        services.AddScoped<Features.Imports.PosyanduColumn>();
        services.AddImportType<Features.Imports.ResidentImport>();
        services.AddImportType<Features.Imports.KaderImport>();
        // Region claims are checked against the registry's codes (SharedKernel's DataScope asks through this).
        services.AddSingleton<IRegionCatalog, Regions.RegionCatalog>();
    }

    public void MapEndpoints(IEndpointRouteBuilder group) =>
        group.MapRegistryEndpoints();
}
