using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Posyandu.SharedKernel.Auditing;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;

namespace Posyandu.SharedKernel.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext on the configured provider. EF cannot serve two providers from one migration
    /// set, so a module declares one subclass per provider (<typeparamref name="TSqlite"/>,
    /// <typeparamref name="TSqlServer"/>), each owning its migrations folder; the module's code only ever asks for
    /// <typeparamref name="TContext"/>.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TSqlServer>(
        this IServiceCollection services, IConfiguration configuration, string module)
        where TContext : ModuleDbContext
        where TSqlite : TContext
        where TSqlServer : TContext
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            var connectionString = configuration.GetConnectionString(module) ?? options.ConnectionString
                ?? throw new InvalidOperationException(
                    $"Database:Provider is SqlServer but neither ConnectionStrings:{module} nor Database:ConnectionString is set.");
            services.AddDbContext<TSqlServer>((sp, builder) => builder
                .UseSqlServer(connectionString, sql => sql.MigrationsHistoryTable("__ef_migrations_history", module))
                .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor>()));
            services.AddScoped<TContext>(sp => WithScope(sp, sp.GetRequiredService<TSqlServer>()));
        }
        else
        {
            services.AddDbContext<TSqlite>((sp, builder) => builder
                .UseSqlite(SqliteConnectionString(sp, options, module), sql => sql.MigrationsHistoryTable("__ef_migrations_history"))
                // SQLite has no schemas; each module has a file of its own instead.
                .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.SqliteEventId.SchemaConfiguredWarning))
                .AddInterceptors(new SqlitePragmaInterceptor(options.BusyTimeoutMs), sp.GetRequiredService<OutboxCommitInterceptor>()));
            services.AddScoped<TContext>(sp => WithScope(sp, sp.GetRequiredService<TSqlite>()));
        }

        services.AddSingleton(new ModuleDatabase(module, typeof(TContext)));
        return services;
    }

    /// <summary>Binds the context to the caller's data scope; outside a request (jobs) the scope is unrestricted.</summary>
    private static TContext WithScope<TContext>(IServiceProvider services, TContext context)
        where TContext : ModuleDbContext
    {
        var user = services.GetService<ICurrentUser>();
        context.Scope = user?.Scope ?? DataScope.Unrestricted;
        context.Actor = user is null ? AuditActor.System : AuditActor.From(user);
        return context;
    }

    private static string SqliteConnectionString(IServiceProvider services, DatabaseOptions options, string module)
    {
        var contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
        var folder = Path.GetFullPath(Path.Combine(contentRoot, options.DataDirectory));
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, $"{module}.db"),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }
}
