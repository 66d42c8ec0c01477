using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.PublicWorks.Features.Households;
using Posyandu.PublicWorks.Features.Infrastructure;
using Posyandu.PublicWorks.Features.Report;
using Posyandu.PublicWorks.Features.Surveys;
using Posyandu.PublicWorks.ServiceRequests;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.PublicWorks;

/// <summary>
/// Dinas Pekerjaan Umum's module: household water and sanitation surveys judged by the SPM air minum (Permen PUPR
/// 29/2018) and the JMP sanitation ladder with the STBM pillars (Permenkes 3/2014), the villages' ODF status, community
/// infrastructure reports as service requests with location and severity, the monthly report — on its own projection
/// of the registry's households, residents and Posyandu.
/// </summary>
public sealed class PublicWorksModule : IModule
{
    public const string ModuleName = "publicworks";

    public string Name => ModuleName;

    public string Title => "Public works (Dinas PU)";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PublicWorksDbContext, PublicWorksSqliteDbContext, PublicWorksSqlServerDbContext>(configuration, ModuleName);
        services.AddServiceRequests(configuration, ModuleName, Roles.PublicWorks, [.. PublicWorksServiceRequests.All]);
        services.AddScoped<IServiceRequestSubjects, PublicWorksSubjects>();
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapRecordSurvey();
        group.MapGetWaterSanitationRecord();
        group.MapGetWaterSanitationReport();
        group.MapGetOdfStatus();
        group.MapReportInfrastructure();
        group.MapListInfrastructureReports();
        group.MapGetInfrastructureReport();
        group.MapAttachInfrastructurePhoto();
        group.MapServiceRequests(ModuleName);
    }
}
