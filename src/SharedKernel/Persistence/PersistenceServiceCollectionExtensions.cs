using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Posyandu.SharedKernel.Messaging;

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
            Alias<TContext, TSqlServer>(services);
        }
        else
        {
            services.AddDbContext<TSqlite>((sp, builder) => builder
                .UseSqlite(SqliteConnectionString(sp, options, module), sql => sql.MigrationsHistoryTable("__ef_migrations_history"))
                // SQLite has no schemas; each module has a file of its own instead.
                .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.SqliteEventId.SchemaConfiguredWarning))
                .AddInterceptors(new SqlitePragmaInterceptor(options.BusyTimeoutMs), sp.GetRequiredService<OutboxCommitInterceptor>()));
            Alias<TContext, TSqlite>(services);
        }

        services.AddSingleton(new ModuleDatabase(module, typeof(TContext)));
        return services;
    }

    /// <summary>Module code asks for its base context type; resolve it as the provider's subclass.</summary>
    private static void Alias<TContext, TProvider>(IServiceCollection services)
        where TContext : ModuleDbContext
        where TProvider : TContext
    {
        if (typeof(TContext) != typeof(TProvider))
        {
            services.AddScoped<TContext>(sp => sp.GetRequiredService<TProvider>());
        }
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
