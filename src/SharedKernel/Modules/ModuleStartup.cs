using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Operations;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.ServiceRequests;
using Posyandu.SharedKernel.Web;

namespace Posyandu.SharedKernel.Modules;

public static class ModuleStartup
{
    /// <summary>
    /// Before the host serves requests: migrate every module's database (SQLite always; SQL Server when
    /// <c>Database:MigrateOnStartup</c>), run the modules' start-up tasks, register the outbox sweep and dispatch
    /// whatever was left pending before the last stop.
    /// </summary>
    public static async Task InitializeModulesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var configuration = services.GetRequiredService<IConfiguration>();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var databases = services.GetServices<ModuleDatabase>().ToList();
        EnsureSubscribersHaveDatabases(services.GetRequiredService<SubscriptionRegistry>(), databases);

        // Two instances starting together on the same databases would both migrate and seed (check, then insert):
        // one at a time, the second finds the work done (IDistributedLocks; EF's own migration lock covers only the first part).
        var startupLock = await services.GetRequiredService<IDistributedLocks>()
            .AcquireAsync("startup", TimeSpan.FromMinutes(10), cancellationToken).ConfigureAwait(false);
        await using (startupLock.ConfigureAwait(false))
        {
            await MigrateAndRunStartupTasksAsync(services, options, databases, cancellationToken).ConfigureAwait(false);
        }

        var outbox = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutboxOptions>>().Value;
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<OutboxDispatchJob>(
            "outbox-sweep", "outbox", job => job.SweepAsync(CancellationToken.None), outbox.SweepCron);
        var idempotency = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdempotencyOptions>>().Value;
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<IdempotencyCleanupJob>(
            IdempotencyCleanupJob.Id, job => job.RunAsync(CancellationToken.None), idempotency.CleanupCron);
        if (services.GetService<Imports.ImportFiles>() is not null)
        {
            var imports = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Imports.ImportOptions>>().Value;
            services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<Imports.ImportFileCleanupJob>(
                Imports.ImportFileCleanupJob.Id, job => job.RunAsync(CancellationToken.None), imports.FileCleanupCron);
        }
        if (services.GetServices<ServiceRequestSector>().Any())
        {
            var sla = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ServiceRequestOptions>>().Value;
            services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<ServiceRequestSlaJob>(
                "service-request-sla", job => job.SweepAsync(CancellationToken.None), sla.SweepCron);
        }

        var trigger = services.GetRequiredService<OutboxTrigger>();
        foreach (var database in databases)
        {
            trigger.Signal(database.Module);
        }
    }

    private static async Task MigrateAndRunStartupTasksAsync(
        IServiceProvider services, DatabaseOptions options, List<ModuleDatabase> databases, CancellationToken cancellationToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            foreach (var database in databases)
            {
                var context = database.Resolve(scope.ServiceProvider);
                if (options.ShouldMigrateOnStartup)
                {
                    // A module without migrations (a test-only module, a prototype) gets its schema created directly.
                    if (context.Database.GetMigrations().Any())
                    {
                        // Asked first, because MigrateAsync always builds the snapshot's and the design-time model and
                        // diffs them (EF's pending-model-changes guard, which SqlServerSchemaTests applies to every
                        // module): with fourteen databases and nothing to apply, a tenth of a restart's CPU (measured).
                        if ((await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
                        {
                            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                        }
                    }
                    else
                    {
                        await context.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                if (context.Database.IsSqlite())
                {
                    // WAL is a property of the file: set once, kept across connections and restarts.
                    await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await using (var scope = services.CreateAsyncScope())
        {
            foreach (var task in scope.ServiceProvider.GetServices<IModuleStartupTask>().OrderBy(t => t.Order))
            {
                await task.RunAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static void EnsureSubscribersHaveDatabases(SubscriptionRegistry subscriptions, List<ModuleDatabase> databases)
    {
        var missing = subscriptions.All.Where(s => databases.All(d => d.Module != s.ConsumerModule)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                "Integration-event handlers need their module's DbContext for the inbox: " +
                string.Join(", ", missing.Select(s => $"{s.HandlerName} in '{s.ConsumerModule}'")));
        }
    }
}
