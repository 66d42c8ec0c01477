using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Posyandu.Host.Hosting;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.Testing;

/// <summary>
/// The real host composition (<see cref="HostSetup"/>, the same code Program.cs runs) on an in-memory test server,
/// with SQLite files in a temporary folder and optionally extra test-only modules. One per fixture, not per test.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestHost(WebApplication app, string dataDirectory, CapturedLogs logs)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Logs = logs;
    }

    public string DataDirectory { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="addModules">Test-only modules to add to the real ones.</param>
    /// <param name="settings">Configuration overrides.</param>
    /// <param name="runJobs">Run a Hangfire server (outbox delivery in the background) — off unless the test needs it.</param>
    /// <param name="dataDirectory">Reuse a data folder (to restart on the same files); a new temp folder by default.</param>
    /// <param name="services">Replace services (e.g. a <c>FakeTimeProvider</c> as TimeProvider).</param>
    public static async Task<TestHost> StartAsync(
        Action<ModuleCatalog>? addModules = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        bool runJobs = false,
        string? dataDirectory = null,
        Action<IServiceCollection>? services = null)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("posyandu-test-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:DataDirectory"] = dataDirectory,
            ["Hangfire:Server:Enabled"] = runJobs ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Information",
        });
        builder.Configuration.AddInMemoryCollection(TestTokens.Settings);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var modules = PosyanduModules.All();
        addModules?.Invoke(modules);
        builder.AddPosyanduHost(modules);
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ILoggerProvider>(logs);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        await app.Services.InitializeModulesAsync();
        app.UsePosyanduHost(modules);
        await app.StartAsync();
        return new TestHost(app, dataDirectory, logs);
    }

    /// <summary>A client whose requests carry a token with <paramref name="roles"/> (none: anonymous).</summary>
    public HttpClient Client(string[]? roles = null, string? region = null, Guid? posyandu = null, string user = "tester")
    {
        var client = _app.GetTestClient();
        if (roles is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create(user, roles, region, posyandu));
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A restarted host may still hold the folder; temp is cleaned by the OS.
        }
    }

    /// <summary>Stops the host but keeps its data folder, for restart tests.</summary>
    public async Task StopKeepingDataAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
