using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Posyandu.Testing;

/// <summary>The real Program (as <c>dotnet run</c> starts it, in Development) on a real socket, with a browser.</summary>
public sealed class BrowserHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly BrowserSession _session;
    private readonly string _data;

    private BrowserHost(WebApplicationFactory<Program> factory, BrowserSession session, string data)
    {
        _factory = factory;
        _session = session;
        _data = data;
    }

    public IBrowser Browser => _session.Browser;

    public Uri BaseAddress => _factory.ClientOptions.BaseAddress;

    public static async Task<BrowserHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var session = await BrowserSession.LaunchAsync();
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

        return new BrowserHost(factory, session, data);
    }

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
