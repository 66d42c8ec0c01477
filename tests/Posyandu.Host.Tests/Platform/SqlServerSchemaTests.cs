using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Host.Hosting;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.Host.Tests.Platform;

/// <summary>
/// Production runs on SQL Server, which CI does not have: build the host on the SqlServer provider (nothing
/// connects) and check the DDL its migrations would run, module by module; and check both providers' migrations
/// are up to date with the model.
/// </summary>
public sealed class SqlServerSchemaTests
{
    private static WebApplication BuildHost(string provider)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = "Server=none;Database=posyandu;Integrated Security=true;TrustServerCertificate=true",
            ["Database:DataDirectory"] = Path.Combine(Path.GetTempPath(), "posyandu-schema-tests"),
            ["Hangfire:Server:Enabled"] = "false",
            // What production must configure, or the host refuses to start (never used here: nothing signs or hashes).
            ["Identity:SigningKey"] = "unused-in-this-test",
            ["Identity:EncryptionKey"] = "unused-in-this-test",
            ["Privacy:LookupHashKey"] = Convert.ToBase64String(new byte[32]),
        });
        builder.AddPosyanduHost(PosyanduModules.All());
        return builder.Build();
    }

    public static IEnumerable<string> Modules()
    {
        using var app = BuildHost("Sqlite");
        return app.Services.GetServices<ModuleDatabase>().Select(d => d.Module).ToList();
    }

    [TestCaseSource(nameof(Modules))]
    public async Task Sql_server_migration_script_creates_the_module_schema_and_tables(string module)
    {
        await using var app = BuildHost("SqlServer");
        await using var scope = app.Services.CreateAsyncScope();
        var context = app.Services.GetServices<ModuleDatabase>().Single(d => d.Module == module).Resolve(scope.ServiceProvider);

        var script = context.GetService<IMigrator>().GenerateScript();

        Assert.That(context.Database.ProviderName, Is.EqualTo("Microsoft.EntityFrameworkCore.SqlServer"));
        Assert.That(script, Does.Contain($"CREATE SCHEMA [{module}]").Or.Contain($"EXEC(N'CREATE SCHEMA [{module}];')"));
        foreach (var table in context.Model.GetEntityTypes().Select(t => t.GetTableName()).Distinct())
        {
            Assert.That(script, Does.Contain($"CREATE TABLE [{module}].[{table}]"), $"table {table}");
        }

        Assert.That(script, Does.Contain($"[{module}].[__ef_migrations_history]"));
    }

    [TestCaseSource(nameof(Modules))]
    public async Task Migrations_of_both_providers_match_the_model(string module)
    {
        foreach (var provider in new[] { "Sqlite", "SqlServer" })
        {
            await using var app = BuildHost(provider);
            await using var scope = app.Services.CreateAsyncScope();
            var context = app.Services.GetServices<ModuleDatabase>().Single(d => d.Module == module).Resolve(scope.ServiceProvider);

            Assert.That(context.Database.GetMigrations(), Is.Not.Empty, $"{module} has {provider} migrations");
            Assert.That(context.Database.HasPendingModelChanges(), Is.False,
                $"{module}: the model changed without a {provider} migration (run tools/add-migration.sh)");
        }
    }
}
