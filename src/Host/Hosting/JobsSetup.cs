using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Host.Hosting;

/// <summary>
/// Hangfire runs the outbox dispatch, the sweeps and scheduled jobs. Storage follows the database provider:
/// in-memory with SQLite (the outbox table, not the job store, is the source of truth, so a restart loses
/// nothing), SQL Server storage in production. <c>Hangfire:Server:Enabled=false</c> runs no worker in this
/// instance (tests that drive the dispatcher themselves; a web-only node).
/// </summary>
internal static class JobsSetup
{
    public static IServiceCollection AddPosyanduJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.SqlServer)
            {
                config.UseSqlServerStorage(
                    configuration.GetConnectionString("hangfire") ?? database.ConnectionString,
                    new SqlServerStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = configuration.GetValue("Hangfire:PrepareSchema", true) });
            }
            else
            {
                config.UseInMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6) });
            }
        });

        if (configuration.GetValue("Hangfire:Server:Enabled", true))
        {
            services.AddHangfireServer(options =>
            {
                options.Queues = ["outbox", "default"];
                options.WorkerCount = configuration.GetValue("Hangfire:Server:WorkerCount", 8);
                // Scheduled outbox retries and SLA jobs are due within seconds, not the default 15 s later.
                options.SchedulePollingInterval = TimeSpan.FromSeconds(2);
            });
        }

        return services;
    }

    public static WebApplication UsePosyanduJobsDashboard(this WebApplication app)
    {
        // Mapped as an endpoint that the fallback policy lets through: the dashboard's own filter decides.
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            DashboardTitle = "Posyandu Digital — jobs",
            AppPath = "/",
            Authorization = [new AdminOnlyOutsideDevelopment(app.Environment)],
        }).AllowAnonymous();
        return app;
    }

    /// <summary>Open on a developer's machine; elsewhere only to an authenticated admin.</summary>
    private sealed class AdminOnlyOutsideDevelopment(IHostEnvironment environment) : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            environment.IsDevelopment() || context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
