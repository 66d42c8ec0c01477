using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Housing.Features.Assessments;
using Posyandu.Housing.Features.Households;
using Posyandu.Housing.Features.Rehabilitations;
using Posyandu.Housing.Features.Report;
using Posyandu.Housing.ServiceRequests;
using Posyandu.SharedKernel.Imports;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.Housing;

/// <summary>
/// Dinas Perumahan dan Kawasan Permukiman's module: the RTLH programme per Posyandu household — assessments of
/// the house against the RTLH criteria, rehabilitation (bedah rumah / BSPS) from start to completion, the kader's
/// worklist, the sector's service requests and monthly report — on its own projection of the registry's
/// households, residents and Posyandu.
/// </summary>
public sealed class HousingModule : IModule
{
    public const string ModuleName = "housing";

    public string Name => ModuleName;

    public string Title => "Housing (Dinas Perumahan dan Kawasan Permukiman)";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<HousingDbContext, HousingSqliteDbContext, HousingSqlServerDbContext>(configuration, ModuleName);
        services.AddServiceRequests(configuration, ModuleName, Roles.Housing, [.. HousingServiceRequests.All]);
        services.AddScoped<IServiceRequestSubjects, HousingSubjects>();
        // Bulk import (SharedKernel/Imports): RTLH surveys → AssessHouse.
        services.AddImportType<RtlhSurveyImport>();
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapAssessHouse();
        group.MapGetHousingRecord();
        group.MapListRtlhWorklist();
        group.MapStartRehabilitation();
        group.MapCompleteRehabilitation();
        group.MapCancelRehabilitation();
        group.MapGetRtlhReport();
        group.MapServiceRequests(ModuleName);
    }
}
