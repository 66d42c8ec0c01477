using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Modules;
using Posyandu.Trantibumlinmas.Features.CatalogueView;
using Posyandu.Trantibumlinmas.Features.Incidents;
using Posyandu.Trantibumlinmas.Features.Preparedness;
using Posyandu.Trantibumlinmas.Features.Protection;
using Posyandu.Trantibumlinmas.Features.Report;
using Posyandu.Trantibumlinmas.ServiceRequests;

namespace Posyandu.Trantibumlinmas;

/// <summary>
/// Trantibumlinmas — ketenteraman, ketertiban umum dan pelindungan masyarakat (Satpol PP dan BPBD), the Posyandu field
/// of Permendagri 13/2024: incident reports with a confidential reporter and the village head's approval before a
/// sensitive escalation (SharedKernel's approval step), disaster preparedness per village (hazards, informasi rawan
/// bencana of Permendagri 101/2018, evacuation points, KIE from GeneralEducation's events), community protection assets
/// (linmas, poskamling, APAR and detection equipment, ronda), service requests, the monthly report — on its own copy of
/// the registry's Posyandu and residents.
/// </summary>
public sealed class TrantibumlinmasModule : IModule
{
    public const string ModuleName = "trantibumlinmas";

    /// <summary>The OPD's role in tokens.</summary>
    public const string OpdRole = Roles.Trantibumlinmas;

    public string Name => ModuleName;

    public string Title => "Trantibumlinmas (Satpol PP dan BPBD)";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<TrantibumlinmasDbContext, TrantibumlinmasSqliteDbContext, TrantibumlinmasSqlServerDbContext>(configuration, ModuleName);
        services.AddServiceRequests(configuration, ModuleName, Roles.Trantibumlinmas, [.. TrantibumlinmasServiceRequests.All]);
        services.AddScoped<IServiceRequestSubjects, TrantibumlinmasSubjects>();
        services.AddApprovals();
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapGetCatalogue();
        group.MapReportIncident();
        group.MapListIncidents();
        group.MapGetIncident();
        group.MapRecordIncidentAction();
        group.MapEscalateIncident();
        group.MapSetVillageHazard();
        group.MapRecordHazardInformation();
        group.MapAddEvacuationPoint();
        group.MapGetPreparedness();
        group.MapAddLinmasMember();
        group.MapRegisterPoskamling();
        group.MapCheckPoskamling();
        group.MapRecordPatrol();
        group.MapAddEquipment();
        group.MapCheckEquipment();
        group.MapGetProtection();
        group.MapGetTrantibumlinmasReport();
        group.MapApprovals(ModuleName, Roles.Trantibumlinmas);
        group.MapServiceRequests(ModuleName);
    }
}
