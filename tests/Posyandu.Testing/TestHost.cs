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

    private readonly bool _realSocket;

    private TestHost(WebApplication app, string dataDirectory, CapturedLogs logs, bool realSocket)
    {
        _app = app;
        _realSocket = realSocket;
        DataDirectory = dataDirectory;
        Logs = logs;
    }

    public string DataDirectory { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>With <c>realSocket</c>: the address the host listens on.</summary>
    public Uri BaseAddress => new(_app.Urls.First());

    /// <summary>The folder holding Posyandu.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Posyandu.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Posyandu.sln not found above the test folder.");
    }

    /// <param name="addModules">Test-only modules to add to the real ones.</param>
    /// <param name="settings">Configuration overrides.</param>
    /// <param name="runJobs">Run a Hangfire server (outbox delivery in the background) — off unless the test needs it.</param>
    /// <param name="dataDirectory">Reuse a data folder (to restart on the same files); a new temp folder by default.</param>
    /// <param name="services">Replace services (e.g. a <see cref="TestClock"/> as TimeProvider).</param>
    /// <param name="realSocket">Listen on a free loopback port (for a browser) instead of the in-memory test server.</param>
    /// <param name="beforeInitialize">Runs on the built host before its modules are initialised (a restore copies files then).</param>
    /// <param name="firstStart">
    /// Start on an empty folder through the whole first start (every migration, the region seeding, the first
    /// administrator's one-time password). Otherwise a new folder begins as a copy of one the real first start made
    /// earlier in this test process (<see cref="FirstStartTemplate"/>), and this start finds it migrated and seeded.
    /// </param>
    public static async Task<TestHost> StartAsync(
        Action<ModuleCatalog>? addModules = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        bool runJobs = false,
        string? dataDirectory = null,
        Action<IServiceCollection>? services = null,
        bool realSocket = false,
        Func<IServiceProvider, Task>? beforeInitialize = null,
        bool firstStart = false)
    {
        if (dataDirectory is null)
        {
            dataDirectory = Directory.CreateTempSubdirectory("posyandu-test-").FullName;
            if (!firstStart && beforeInitialize is null && FirstStartTemplate.Applies(settings))
            {
                await FirstStartTemplate.CopyToAsync(dataDirectory);
            }
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            // The host's own pages (landing page, dashboard), served from the source tree.
            WebRootPath = Path.Combine(RepositoryRoot, "src", "Host", "wwwroot"),
        });
        if (realSocket)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:DataDirectory"] = dataDirectory,
            ["Hangfire:Server:Enabled"] = runJobs ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Information",
            // Fixtures call the registry's search many times as one user; the rate limit's own test sets a low one.
            ["RateLimits:PersonLookup:PermitLimit"] = "100000",
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
        if (beforeInitialize is not null)
        {
            await beforeInitialize(app.Services);
        }

        await app.Services.InitializeModulesAsync();
        app.UsePosyanduHost(modules);
        app.UsePosyanduSignIn();
        await app.StartAsync();
        return new TestHost(app, dataDirectory, logs, realSocket);
    }

    /// <summary>A client whose requests carry a token with <paramref name="roles"/> (none: anonymous).</summary>
    public HttpClient Client(string[]? roles = null, string? region = null, Guid? posyandu = null, string user = "tester", string[]? sectors = null)
    {
        // Every client tells the suite's log check the names it registers (SuiteLog).
        var client = _realSocket
            ? new HttpClient(new NameRecorder { InnerHandler = new HttpClientHandler() }) { BaseAddress = BaseAddress }
            : new HttpClient(new NameRecorder { InnerHandler = _app.GetTestServer().CreateHandler() }) { BaseAddress = _app.GetTestServer().BaseAddress };
        if (roles is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create(user, roles, region, posyandu, sectors));
        }

        return client;
    }

    /// <summary>
    /// Lowers <c>Reporting:SmallCellThreshold</c> (read per request) until disposed: a fixture's handful of records then
    /// shows a complement (a count at or over the threshold withheld because its small sibling could be recomputed from
    /// it) without seeding five children per cell. Tests of a fixture run one at a time (no parallelism in the suite).
    /// </summary>
    public IDisposable SmallCellThreshold(int threshold)
    {
        var configuration = Services.GetRequiredService<IConfiguration>();
        const string key = SharedKernel.Reports.SmallCellPolicy.ThresholdKey;
        var before = configuration[key];
        configuration[key] = threshold.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Restore(() => configuration[key] = before);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    /// <summary>A client of the village government (<see cref="SharedKernel.Security.Roles.Desa"/>) of <paramref name="village"/>.</summary>
    public HttpClient DesaClient(string village, string user = "kepala-desa") =>
        Client([SharedKernel.Security.Roles.Desa], region: village, user: user);

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
