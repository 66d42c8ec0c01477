using System.Globalization;
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
/// The DPMD dashboard in Chromium on the real demo dataset (<c>--seed-demo</c>, tiny): drill from the province to a
/// village that has data, change the month, check every number shown equals the API's and that the village's health
/// indicators show figures, download an export. Test module Delta adds the service requests (ajuan) the demo has none
/// of. A screenshot is kept as a test artefact.
/// </summary>
public sealed class DashboardTests
{
    /// <summary>Every 200th village of Kaltim (six, in six regencies and cities), three households each: seeded in a few seconds.</summary>
    private static readonly Dictionary<string, string?> TinyDemo = new()
    {
        ["Demo:Seed"] = "true", ["Demo:VillageStep"] = "200", ["Demo:HouseholdsPerVillage"] = "3",
    };

    // The demo's months are WITA's (UTC+8), as the Reporting API's default month is.
    private static readonly Period Now = Period.Of(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
    private static readonly string ThisMonth = Now.ToString();
    private static readonly string LastMonth = Now.Previous().ToString();
    private static readonly CultureInfo IndonesianNumbers = CultureInfo.GetCultureInfo("id-ID");
    private BrowserSession _browser = null!;
    private TestHost _host = null!;
    private HttpClient _api = null!;
    private string _token = null!;
    private List<(string Code, string Name)> _path = null!;

    private string Village => _path[^1].Code;

    [OneTimeSetUp]
    public async Task Start()
    {
        _browser = await BrowserSession.LaunchAsync();
        _host = await TestHost.StartAsync(m => m.Add(new DeltaModule()), settings: TinyDemo, realSocket: true);
        _token = TestTokens.Create("koordinator", [Roles.Dpmd], region: "64");
        _api = _host.Client([Roles.Dpmd], region: "64");
        _path = await PathToAVillageWithDataAsync();
        await SubmitServiceRequestsAsync();
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
        await ExpectTrendOfFirstIndicatorWithDataAsync(page);

        foreach (var (code, name) in _path.Skip(1))
        {
            await page.ClickAsync($"#children tr[data-region='{code}']");
            await ExpectRegionAsync(page, code, name);
            await ExpectNumbersMatchApiAsync(page, code, ThisMonth);
        }

        Assert.That(await IndicatorCountsAsync(page, "ajuan-terlambat"), Is.EqualTo("1 / 2 · target 10%"), "one of the village's two open requests is overdue");
        await ExpectSectorFiguresAsync(page, ThisMonth, "health", "kes-ds");

        // Last month is a whole month of Posyandu days (this one may have barely begun): growth figures too.
        await page.FillAsync("#period", LastMonth);
        await page.DispatchEventAsync("#period", "change");
        await ExpectNumbersMatchApiAsync(page, Village, LastMonth);
        await ExpectSectorFiguresAsync(page, LastMonth, "health", "kes-ds", "kes-nd", "kes-stunting", "kes-underweight");
        // One line per sector module: its demo records reach the village's card last month.
        await ExpectSectorFiguresAsync(page, LastMonth, "social", "sos-rentan", "sos-bantuan");
        await ExpectSectorFiguresAsync(page, LastMonth, "generaleducation", "pm-sesi", "pm-peserta");
        await ExpectSectorFiguresAsync(page, LastMonth, "publicworks", "pu-air", "pu-sanitasi", "pu-odf", "pu-babs");
        await ExpectSectorFiguresAsync(page, LastMonth, "trantibumlinmas", "trantib-informasi", "trantib-poskamling");
        // D/S's 12-month trend in the picture rather than the (empty) default ajuan indicator's.
        await page.ClickAsync(".indicator[data-indicator='kes-ds']");
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('indicator') === 'kes-ds'");
        await page.ScreenshotAsync(new() { Path = Artefact("dashboard-village.png"), FullPage = true });

        await page.FillAsync("#period", ThisMonth);
        await page.DispatchEventAsync("#period", "change");
        await ExpectNumbersMatchApiAsync(page, Village, ThisMonth);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button.download[data-kind='scorecard'][data-format='csv']"));
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.That(download.SuggestedFilename, Is.EqualTo($"scorecard-{Village}-{ThisMonth}.csv"));
        Assert.That(csv, Does.Contain("Kode indikator").And.Contain(Village).And.Contain(_path[^1].Name).And.Contain("kes-ds").And.Contain("ajuan-terlambat"));
        TestContext.AddTestAttachment(Artefact("dashboard-village.png"), "The dashboard at village level, last month, on the demo data");
    }

    /// <summary>Opened without an indicator in the URL, the trend shows the scorecard's first indicator that has a value.</summary>
    private async Task ExpectTrendOfFirstIndicatorWithDataAsync(IPage page)
    {
        var card = await (await _api.GetAsync($"/api/reporting/scorecard?region=64&period={ThisMonth}")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var first = card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray())
            .First(i => i.GetProperty("value").ValueKind != JsonValueKind.Null);

        Assert.That(await page.EvaluateAsync<string>("() => new URLSearchParams(location.search).get('indicator')"), Is.EqualTo(first.GetProperty("id").GetString()));
        Assert.That(await page.InnerTextAsync("#trend-title"), Is.EqualTo($"Tren 12 bulan: {first.GetProperty("name").GetString()}"));
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
                ? $"Jumlah: {Shown(numerator)}"
                : $"{Shown(numerator)} / {Shown(indicator.GetProperty("denominator").GetInt64())}";
            Assert.That(shown, Does.StartWith(expected), $"{id} at {region} {period}");
        }
    }

    /// <summary>A count as the dashboard writes it (<c>toLocaleString('id-ID')</c>: 1.234).</summary>
    private static string Shown(long count) => count.ToString("#,0", IndonesianNumbers);

    private static Task<string> IndicatorCountsAsync(IPage page, string id) =>
        page.InnerTextAsync($".indicator[data-indicator='{id}'] .counts");

    private static string Artefact(string name) => Path.Combine(TestContext.CurrentContext.WorkDirectory, name);

    /// <summary>
    /// At the village, every indicator of <paramref name="sector"/> the API has a value for shows a figure, not "belum
    /// ada data", and the <paramref name="required"/> ones are among them: the demo's records of that sector reached
    /// the dashboard.
    /// </summary>
    private async Task ExpectSectorFiguresAsync(IPage page, string period, string sector, params string[] required)
    {
        var card = await (await _api.GetAsync($"/api/reporting/scorecard?region={Village}&period={period}")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var withValue = card.GetProperty("sectors").EnumerateArray().Single(s => s.GetProperty("sector").GetString() == sector).GetProperty("indicators")
            .EnumerateArray().Where(i => i.GetProperty("value").ValueKind != JsonValueKind.Null).Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.That(withValue, Is.SupersetOf(required), $"{sector} indicators with a value at {Village} {period}");
        foreach (var id in withValue)
        {
            Assert.That(await page.InnerTextAsync($".indicator[data-indicator='{id}'] .value"), Does.Not.Contain("belum ada data").And.Match(@"\d"), $"{id} at {Village} {period}");
        }
    }

    /// <summary>
    /// Province → regency → district → village, each time the first child region (by code) where under-fives were
    /// weighed last month (D of D/S) — taken from the API, so the path follows whatever villages the demo picked.
    /// </summary>
    private async Task<List<(string Code, string Name)>> PathToAVillageWithDataAsync()
    {
        var path = new List<(string Code, string Name)> { ("64", "Kalimantan Timur") };
        for (var level = 0; level < 3; level++)
        {
            var ranking = await (await _api.GetAsync($"/api/reporting/indicators/kes-ds/ranking?region={path[^1].Code}&period={LastMonth}")).ShouldBe<JsonElement>(HttpStatusCode.OK);
            var child = ranking.GetProperty("rows").EnumerateArray()
                .Where(r => r.GetProperty("value").GetProperty("numerator").GetInt64() > 0)
                .Select(r => (Code: r.GetProperty("regionCode").GetString()!, Name: r.GetProperty("regionName").GetString()!))
                .OrderBy(r => r.Code, StringComparer.Ordinal)
                .FirstOrDefault();
            Assert.That(child.Code, Is.Not.Null, $"no region below {path[^1].Code} weighed demo under-fives in {LastMonth}");
            path.Add(child);
        }

        return path;
    }

    /// <summary>Service requests through test module Delta: two in the village (one made overdue), one elsewhere — all through events.</summary>
    private async Task SubmitServiceRequestsAsync()
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
        // The demo left every other outbox dispatched.
        await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("delta", CancellationToken.None);
    }
}
