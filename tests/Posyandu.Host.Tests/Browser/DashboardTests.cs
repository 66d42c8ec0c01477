using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Posyandu.Host.Tests.TestModules.Delta;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.ServiceRequests;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Browser;

/// <summary>
/// The DPMD dashboard in Chromium on demo data: drill from the province to a village, change the month, check
/// every number shown equals the API's, download an export. A screenshot is kept as a test artefact.
/// </summary>
public sealed class DashboardTests
{
    private const string Village = "64.02.01.2001"; // Desa Perian, Kec. Muara Muntai, Kab. Kutai Kartanegara
    private static readonly string ThisMonth = Period.Of(DateOnly.FromDateTime(DateTime.UtcNow)).ToString();
    private static readonly string LastMonth = Period.Of(DateOnly.FromDateTime(DateTime.UtcNow)).Previous().ToString();
    private BrowserSession _browser = null!;
    private TestHost _host = null!;
    private HttpClient _api = null!;
    private string _token = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _browser = await BrowserSession.LaunchAsync();
        _host = await TestHost.StartAsync(m => m.Add(new DeltaModule()), realSocket: true);
        _token = TestTokens.Create("koordinator", [Roles.Dpmd], region: "64");
        _api = _host.Client([Roles.Dpmd], region: "64");
        await SeedDemoDataAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _api?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
        if (_browser is not null) await _browser.DisposeAsync();
    }

    [Test]
    public async Task A_coordinator_drills_from_the_province_to_a_village_and_the_numbers_match_the_api()
    {
        var page = await _browser.Browser.NewPageAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1400, Height = 1000 } });
        await page.AddInitScriptAsync($"sessionStorage.setItem('posyandu.token', '{_token}');");

        await page.GotoAsync(new Uri(_host.BaseAddress, $"/dashboard/?period={ThisMonth}").ToString());
        await ExpectRegionAsync(page, "64", "Kalimantan Timur");
        await ExpectNumbersMatchApiAsync(page, "64", ThisMonth);

        foreach (var (code, name) in new[] { ("64.02", "Kabupaten Kutai Kartanegara"), ("64.02.01", "Muara Muntai"), (Village, "Perian") })
        {
            await page.ClickAsync($"#children tr[data-region='{code}']");
            await ExpectRegionAsync(page, code, name);
            await ExpectNumbersMatchApiAsync(page, code, ThisMonth);
        }

        Assert.That(await IndicatorCountsAsync(page, "ajuan-terlambat"), Is.EqualTo("1 / 2 · target 10%"), "one of the village's two open requests is overdue");
        await page.ScreenshotAsync(new() { Path = Artefact("dashboard-village.png"), FullPage = true });

        await page.FillAsync("#period", LastMonth);
        await page.DispatchEventAsync("#period", "change");
        await ExpectNumbersMatchApiAsync(page, Village, LastMonth);

        await page.FillAsync("#period", ThisMonth);
        await page.DispatchEventAsync("#period", "change");
        await ExpectNumbersMatchApiAsync(page, Village, ThisMonth);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button.download[data-kind='scorecard'][data-format='csv']"));
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.That(download.SuggestedFilename, Is.EqualTo($"scorecard-{Village}-{ThisMonth}.csv"));
        Assert.That(csv, Does.Contain("Kode indikator").And.Contain(Village).And.Contain("Perian").And.Contain("ajuan-terlambat"));
        TestContext.AddTestAttachment(Artefact("dashboard-village.png"), "The dashboard at village level");
    }

    private async Task ExpectRegionAsync(IPage page, string code, string name)
    {
        await page.WaitForSelectorAsync($"#breadcrumb .current[data-region='{code}']");
        Assert.That(await page.InnerTextAsync("#breadcrumb .current"), Is.EqualTo(name));
    }

    /// <summary>
    /// Waits until the page shows <paramref name="region"/> and <paramref name="period"/> (the dashboard writes them
    /// into the URL with history.replaceState once rendered — not a navigation), then checks every indicator's
    /// counts against the scorecard API's.
    /// </summary>
    private async Task ExpectNumbersMatchApiAsync(IPage page, string region, string period)
    {
        await page.WaitForFunctionAsync($"() => new URLSearchParams(location.search).get('region') === '{region}' && new URLSearchParams(location.search).get('period') === '{period}'");
        var card = await (await _api.GetAsync($"/api/reporting/scorecard?region={region}&period={period}")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        foreach (var indicator in card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray()))
        {
            var id = indicator.GetProperty("id").GetString()!;
            var numerator = indicator.GetProperty("numerator").GetInt64();
            var shown = await IndicatorCountsAsync(page, id);
            var expected = indicator.GetProperty("denominator").ValueKind == JsonValueKind.Null
                ? $"Jumlah: {numerator}"
                : $"{numerator} / {indicator.GetProperty("denominator").GetInt64()}";
            Assert.That(shown, Does.StartWith(expected), $"{id} at {region} {period}");
        }
    }

    private static Task<string> IndicatorCountsAsync(IPage page, string id) =>
        page.InnerTextAsync($".indicator[data-indicator='{id}'] .counts");

    private static string Artefact(string name) => Path.Combine(TestContext.CurrentContext.WorkDirectory, name);

    /// <summary>Region names from the registry's seed, and service requests in two villages — all through events.</summary>
    private async Task SeedDemoDataAsync()
    {
        using var kader = _host.Client([Roles.Admin]);
        var posyandu = Guid.NewGuid();
        var ids = new List<Guid>();
        foreach (var village in new[] { Village, Village, "64.72.01.1001" })
        {
            var response = await kader.PostJson("/api/delta/service-requests", new
            {
                type = DeltaModule.Water.Code, residentId = Guid.NewGuid(), posyanduId = posyandu, regionCode = village, description = "Air bersih",
            });
            ids.Add((await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        }

        await using (var scope = _host.Services.CreateAsyncScope())
        {
            // Make the first request overdue without waiting three working days.
            var db = scope.ServiceProvider.GetRequiredService<DeltaDbContext>();
            var request = await db.Set<ServiceRequest>().FindAsync(ids[0]);
            request!.DueAt = DateTime.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        await _host.Services.GetRequiredService<ServiceRequestSlaJob>().SweepAsync(CancellationToken.None);
        var dispatcher = _host.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DispatchAsync("registry", CancellationToken.None);
        await dispatcher.DispatchAsync("delta", CancellationToken.None);
    }
}
