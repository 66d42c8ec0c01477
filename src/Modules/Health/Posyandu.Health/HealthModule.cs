using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Health.Features.Anthropometry;
using Posyandu.Health.Features.ChildVisits;
using Posyandu.Health.Features.Eppgbm;
using Posyandu.Health.Features.GrowthReports;
using Posyandu.Health.Features.Immunisation;
using Posyandu.Health.Features.Pregnancy;
using Posyandu.Health.Features.Referrals;
using Posyandu.Health.Features.Screening;
using Posyandu.Health.Features.SipExports;
using Posyandu.SharedKernel.Imports;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.Health;

/// <summary>
/// Dinas Kesehatan's module: growth monitoring with WHO z-scores (Permenkes 2/2020), and — as it grows —
/// immunisation and the ILP life-cycle services: the z-score calculator, under-five Posyandu days (N/T, 2T, BGM),
/// SKDN and the growth reports.
/// </summary>
public sealed class HealthModule : IModule
{
    public const string ModuleName = "health";

    public string Name => ModuleName;

    public string Title => "Health (Dinas Kesehatan)";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<HealthDbContext, HealthSqliteDbContext, HealthSqlServerDbContext>(configuration, ModuleName);
        services.AddScoped<ChildVisitRecorder>();
        services.AddScoped<ChildMonths>();
        // e-PPGBM: the child matcher (shared by Health's imports) and the measurements import type.
        services.AddScoped<ChildMatcher>();
        services.AddImportType<EppgbmMeasurementImport>();
        // Immunisation history (Buku KIA, ASIK): the doses through RecordImmunisation, children by the same matcher.
        services.AddImportType<ImmunisationHistoryImport>();
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapCalculateZScores();
        group.MapRecordChildVisit();
        group.MapGetGrowthChart();
        group.MapGetSkdn();
        group.MapGetNutritionStatus();
        group.MapGetSchoolAgeNutrition();
        group.MapChildrenNeedingAction();
        group.MapRecordImmunisation();
        group.MapGetChildImmunisations();
        group.MapGetDueImmunisations();
        group.MapListOverdueImmunisations();
        group.MapGetImmunisationReport();
        group.MapRegisterPregnancy();
        group.MapRecordAntenatalCheck();
        group.MapClosePregnancy();
        group.MapGetPregnancy();
        group.MapRecordScreening();
        group.MapIssueReferral();
        group.MapRecordReferralArrival();
        group.MapCloseReferral();
        group.MapListOpenReferrals();
        group.MapExportEppgbm();
        group.MapExportSipFormat2();
        group.MapExportSkdnRecap();
    }
}
