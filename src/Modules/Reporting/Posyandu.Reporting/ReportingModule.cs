using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Reporting.Features.Export;
using Posyandu.Reporting.Features.Overdue;
using Posyandu.Reporting.Features.PosyanduDays;
using Posyandu.Reporting.Features.Ranking;
using Posyandu.Reporting.Features.Scorecard;
using Posyandu.Reporting.Features.Series;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.Reporting;

/// <summary>
/// DPMD's integrated SPM report: read models per Posyandu, village, district, regency and province and month, fed
/// only by the sector modules' integration events; indicators defined as data.
/// </summary>
public sealed class ReportingModule : IModule
{
    public const string ModuleName = "reporting";

    public string Name => ModuleName;

    public string Title => "Reporting (DPMD)";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ReportingDbContext, ReportingSqliteDbContext, ReportingSqlServerDbContext>(configuration, ModuleName);
        services.AddSingleton<IndicatorCatalog>();
        services.AddScoped<FactWriter>();
        services.AddScoped<StayWriter>();
        services.AddScoped<MetricReader>();
        services.AddScoped<SmallCells>();
        services.AddSingleton<PopulationBands>();
        services.AddSingleton<IReadModelReset, ReportingReadModelReset>();
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapScorecard();
        group.MapIndicatorSeries();
        group.MapRankChildRegions();
        group.MapTopOverduePosyandu();
        group.MapListPosyanduDaysHeld();
        group.MapExports();
    }
}
