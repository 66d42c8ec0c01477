using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Posyandu.Host.Tests.TestModules.Delta;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Browser;

/// <summary>
/// The village government's page (<c>/desa/</c>) in Chromium on the tiny demo dataset, signed in as the desa user of
/// a village with demo data: its scorecard shows what the API gives that user (small cells withheld), its Posyandu
/// with pengurus and kader counts, last month's Posyandu days held, and the requests waiting for the village (test
/// module Delta adds them; the demo has none).
/// </summary>
public sealed class VillagePageTests
{
    /// <summary>
    /// The dashboard's tiny demo; the small-cell threshold at 2 so that a three-household village shows figures beside
    /// withheld cells (at the default 5 nearly every count of so small a village is withheld).
    /// </summary>
    private static readonly Dictionary<string, string?> TinyDemo = new()
    {
        ["Demo:Seed"] = "true", ["Demo:VillageStep"] = "200", ["Demo:HouseholdsPerVillage"] = "3", ["Reporting:SmallCellThreshold"] = "2",
    };

    private static readonly Period Now = Period.Of(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
    private static readonly string ThisMonth = Now.ToString();
    private static readonly string LastMonth = Now.Previous().ToString();
    private static readonly CultureInfo IndonesianNumbers = CultureInfo.GetCultureInfo("id-ID");
    private BrowserSession _browser = null!;
    private TestHost _host = null!;
    private HttpClient _dpmd = null!;
    private HttpClient _desa = null!;
    private string _village = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _browser = await BrowserSession.LaunchAsync();
        _host = await TestHost.StartAsync(m => m.Add(new DeltaModule()), settings: TinyDemo, realSocket: true);
        _dpmd = _host.Client([Roles.Dpmd], region: "64");
        _village = await AVillageWithDataAsync();
        _desa = _host.DesaClient(_village);
        await SubmitServiceRequestsAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd?.Dispose();
        _desa?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
        if (_browser is not null) await _browser.DisposeAsync();
    }

    [Test]
    public async Task The_village_page_shows_the_villages_figures()
    {
        var page = await _browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        await page.AddInitScriptAsync($"sessionStorage.setItem('posyandu.token', '{TestTokens.Desa("kepala-desa", _village)}');");

        await page.GotoAsync(new Uri(_host.BaseAddress, $"/desa/?period={LastMonth}").ToString());
        await page.WaitForSelectorAsync($"body[data-loaded='{_village} {LastMonth}']");

        await ExpectScorecardAsync(page);
        await ExpectPosyanduAsync(page);
        await ExpectWaitingRequestsAsync(page);

        // This month: the requests submitted today are on the village's card (its own scorecard's cross-sector figures).
        await page.FillAsync("#period", ThisMonth);
        await page.DispatchEventAsync("#period", "change");
        await page.WaitForSelectorAsync($"body[data-loaded='{_village} {ThisMonth}']");
        Assert.That(await page.InnerTextAsync(".indicator[data-indicator='ajuan-terlambat'] .counts"), Does.StartWith("2 / 3"), "two of the village's three open requests are overdue");
        await page.ScreenshotAsync(new() { Path = Artefact("village-page.png"), FullPage = true });
        TestContext.AddTestAttachment(Artefact("village-page.png"), "The village page, last month, on the demo data");
    }

    /// <summary>Every indicator as the API gives the desa user — a figure, "belum ada data" or withheld — and the withheld ones are DPMD's small cells.</summary>
    private async Task ExpectScorecardAsync(IPage page)
    {
        var mine = Indicators(await Ok(_desa, $"/api/reporting/scorecard?period={LastMonth}"));
        var dpmds = Indicators(await Ok(_dpmd, $"/api/reporting/scorecard?region={_village}&period={LastMonth}"));
        Assert.That(await page.InnerTextAsync("#village-name"), Does.EndWith((await VillageNameAsync())!));

        foreach (var (id, value) in mine)
        {
            var shown = await page.InnerTextAsync($".indicator[data-indicator='{id}'] .value");
            var counts = await page.InnerTextAsync($".indicator[data-indicator='{id}'] .counts");
            var exact = dpmds[id];
            var small = new[] { exact.GetProperty("numerator"), exact.GetProperty("denominator") }.Any(c => c.ValueKind == JsonValueKind.Number && c.GetInt64() == 1);
            Assert.That(value.GetProperty("suppressed").GetBoolean(), Is.EqualTo(small), $"{id}: withheld exactly when DPMD's count is below the threshold");
            if (small)
            {
                Assert.That((shown, value.GetProperty("numerator").ValueKind), Is.EqualTo(("disamarkan", JsonValueKind.Null)), id);
            }
            else if (value.GetProperty("value").ValueKind == JsonValueKind.Null)
            {
                Assert.That(shown, Is.EqualTo("belum ada data"), id);
            }
            else
            {
                Assert.That(shown, Does.Match(@"\d"), id);
                var numerator = Shown(value.GetProperty("numerator").GetInt64());
                Assert.That(counts, Does.StartWith(value.GetProperty("denominator").ValueKind == JsonValueKind.Null
                    ? $"Jumlah: {numerator}" : $"{numerator} / {Shown(value.GetProperty("denominator").GetInt64())}"), id);
            }
        }

        Assert.That(mine.Values.Count(v => v.GetProperty("value").ValueKind != JsonValueKind.Null), Is.Positive, "the village has figures to show");
    }

    private async Task ExpectPosyanduAsync(IPage page)
    {
        var sites = (await Ok(_desa, "/api/registry/posyandu/summaries")).EnumerateArray().ToList();
        var held = (await Ok(_desa, $"/api/reporting/posyandu/days-held?period={LastMonth}")).GetProperty("posyandu").EnumerateArray()
            .Select(p => p.GetProperty("posyanduId").GetGuid()).ToHashSet();

        Assert.That(sites, Is.Not.Empty);
        Assert.That(held, Is.Not.Empty, "the demo held its Posyandu days last month");
        foreach (var site in sites)
        {
            var row = $"#posyandu tr[data-posyandu='{site.GetProperty("id").GetGuid()}']";
            Assert.That(await page.InnerTextAsync($"{row} td.kader"), Is.EqualTo(site.GetProperty("kaderCount").GetInt32().ToString(CultureInfo.InvariantCulture)));
            Assert.That(await page.InnerTextAsync($"{row} td.pengurus"), Is.EqualTo(site.GetProperty("pengurusCount").GetInt32().ToString(CultureInfo.InvariantCulture)));
            Assert.That(await page.GetAttributeAsync($"{row} td.day", "data-state"), Is.EqualTo(held.Contains(site.GetProperty("id").GetGuid()) ? "held" : "missed"),
                "last month is over: a Posyandu day not held was missed");
        }

        Assert.That(sites.Select(s => s.GetProperty("kaderCount").GetInt32()), Is.All.EqualTo(3), "the demo gives each Posyandu three kader");
        Assert.That(await page.InnerTextAsync("#posyandu"), Does.Not.Match(@"\d{16}"), "counts, no NIKs");
    }

    private async Task ExpectWaitingRequestsAsync(IPage page)
    {
        var waiting = (await Ok(_desa, "/api/service-requests/waiting-for-village")).EnumerateArray().Select(w => w.GetProperty("id").GetGuid().ToString()).ToList();
        var rows = await page.EvalOnSelectorAllAsync<string[]>("#waiting tr[data-request]", "rows => rows.map(r => r.dataset.request)");

        Assert.That(waiting, Has.Count.EqualTo(3), "the village's three requests, not the other village's");
        Assert.That(rows, Is.EqualTo(waiting), "oldest first, as the API lists them");
        Assert.That(await page.InnerTextAsync("#waiting-count"), Is.EqualTo("3"));
        Assert.That(await page.InnerTextAsync("#waiting"), Does.Contain("Menunggu verifikasi").And.Contain("Sambungan air bersih"));
    }

    private static Dictionary<string, JsonElement> Indicators(JsonElement card) =>
        card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray())
            .ToDictionary(i => i.GetProperty("id").GetString()!);

    private async Task<string?> VillageNameAsync() =>
        (await Ok(_dpmd, $"/api/reporting/scorecard?region={_village}&period={LastMonth}")).GetProperty("regionName").GetString();

    private static async Task<JsonElement> Ok(HttpClient client, string url) => await (await client.GetAsync(url)).ShouldBe<JsonElement>(HttpStatusCode.OK);

    private static string Shown(long count) => count.ToString("#,0", IndonesianNumbers);

    private static string Artefact(string name) => Path.Combine(TestContext.CurrentContext.WorkDirectory, name);

    /// <summary>The first village (by code) where under-fives were weighed last month, from DPMD's ranking down the levels.</summary>
    private async Task<string> AVillageWithDataAsync()
    {
        var region = "64";
        for (var level = 0; level < 3; level++)
        {
            var ranking = await Ok(_dpmd, $"/api/reporting/indicators/kes-ds/ranking?region={region}&period={LastMonth}");
            region = ranking.GetProperty("rows").EnumerateArray()
                .Where(r => r.GetProperty("value").GetProperty("numerator").GetInt64() > 0)
                .Select(r => r.GetProperty("regionCode").GetString()!).Order(StringComparer.Ordinal).First();
        }

        return region;
    }

    /// <summary>Three requests in the village (the first two made overdue), one in another; all through events.</summary>
    private async Task SubmitServiceRequestsAsync()
    {
        using var admin = _host.Client([Roles.Admin]);
        var posyandu = Guid.NewGuid();
        var ids = new List<Guid>();
        foreach (var village in new[] { _village, _village, _village, "64.72.01.1001" })
        {
            var response = await admin.PostJson("/api/delta/service-requests", new
            {
                type = DeltaModule.Water.Code, residentId = Guid.NewGuid(), posyanduId = posyandu, regionCode = village, description = "Air bersih",
            });
            ids.Add((await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        }

        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DeltaDbContext>();
            foreach (var id in ids.Take(2))
            {
                var request = await db.Set<SharedKernel.ServiceRequests.ServiceRequest>().FindAsync(id);
                request!.DueAt = DateTime.UtcNow.AddMinutes(-1);
            }

            await db.SaveChangesAsync();
        }

        await _host.Services.GetRequiredService<SharedKernel.ServiceRequests.ServiceRequestSlaJob>().SweepAsync(CancellationToken.None);
        await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("delta", CancellationToken.None);
    }
}
