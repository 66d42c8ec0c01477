using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Posyandu.Testing;

/// <summary>
/// The real Program on a real socket (Kestrel on a free port) and Debian's Chromium driven by Playwright, for
/// tests of pages people read. Without Chromium the test is ignored on a developer's machine but fails in CI
/// (<c>CI=true</c>), where <c>.ci/run</c> installs it.
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly WebApplicationFactory<Program> _factory;
    private readonly IPlaywright _playwright;
    private readonly string _data;

    private BrowserHost(WebApplicationFactory<Program> factory, IPlaywright playwright, IBrowser browser, string data)
    {
        _factory = factory;
        _playwright = playwright;
        Browser = browser;
        _data = data;
    }

    public IBrowser Browser { get; }

    public Uri BaseAddress => _factory.ClientOptions.BaseAddress;

    public static async Task<BrowserHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        if (!File.Exists(ChromiumPath))
        {
            var message = $"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium) to run browser tests.";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(message);
            }

            Assert.Ignore(message);
        }

        var data = Directory.CreateTempSubdirectory("posyandu-browser-").FullName;
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("Database:DataDirectory", data);
            foreach (var (key, value) in TestTokens.Settings.Concat(settings ?? new Dictionary<string, string?>()))
            {
                web.UseSetting(key, value);
            }
        });
        factory.UseKestrel(0);
        factory.StartServer();

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return new BrowserHost(factory, playwright, browser, data);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
