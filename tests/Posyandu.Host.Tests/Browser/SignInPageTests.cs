using Microsoft.Playwright;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Browser;

/// <summary>
/// Signing in as people do, in Chromium, on the tiny demo dataset and its demo accounts (README, "Demo accounts"): a
/// regency coordinator signs in on the page, sees its regency only, drills down, exports, signs out; five wrong
/// passwords lock an account with a clear message. No token is pasted or injected anywhere.
/// </summary>
public sealed class SignInPageTests
{
    private const string DemoPassword = "DemoPosyandu2026";

    private static readonly Dictionary<string, string?> TinyDemo = new()
    {
        ["Demo:Seed"] = "true", ["Demo:VillageStep"] = "200", ["Demo:HouseholdsPerVillage"] = "3",
    };

    private BrowserSession _browser = null!;
    private TestHost _host = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _browser = await BrowserSession.LaunchAsync();
        _host = await TestHost.StartAsync(settings: TinyDemo, realSocket: true);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_host is not null) await _host.DisposeAsync();
        if (_browser is not null) await _browser.DisposeAsync();
    }

    [Test]
    public async Task A_demo_regency_coordinator_signs_in_sees_only_its_regency_drills_down_exports_and_signs_out()
    {
        var page = await _browser.Browser.NewPageAsync(new() { AcceptDownloads = true });
        await page.GotoAsync(Url("/dashboard/"));
        await page.WaitForURLAsync("**/akun/masuk**");
        await page.FillAsync("#userName", "dpmd.kukar");
        await page.FillAsync("#password", DemoPassword);
        await page.ClickAsync("#masuk");

        await page.WaitForSelectorAsync("#breadcrumb .current[data-region='64.02']");
        await page.WaitForSelectorAsync("#children tr[data-region]");
        var children = await page.EvalOnSelectorAllAsync<string[]>("#children tr[data-region]", "rows => rows.map(r => r.dataset.region)");
        Assert.That(children, Is.Not.Empty.And.All.StartWith("64.02."), "the regency's districts only");
        Assert.That(await page.Locator("textarea, #token").CountAsync(), Is.Zero, "no token field");
        Assert.That(await page.InnerTextAsync("#user"), Does.Contain("Koordinator DPMD Kab. Kutai Kartanegara"));
        var elsewhere = await page.EvaluateAsync<int>("async () => (await PosyanduSession.fetch('/api/reporting/scorecard?region=64.72')).status");
        Assert.That(elsewhere, Is.Not.EqualTo(200), "Kota Samarinda is outside the coordinator's region");

        await page.ClickAsync($"#children tr[data-region='{children[0]}']");
        await page.WaitForSelectorAsync($"#breadcrumb .current[data-region='{children[0]}']");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button.download[data-kind='scorecard'][data-format='csv']"));
        Assert.That(download.SuggestedFilename, Does.StartWith($"scorecard-{children[0]}-").And.EndWith(".csv"));
        Assert.That(await File.ReadAllTextAsync(await download.PathAsync()), Does.Contain("Kode indikator").And.Contain(children[0]));

        // The account page offers the roles the API says the coordinator may grant (SharedKernel's Roles, no admin).
        await page.GotoAsync(Url("/akun/"));
        await page.WaitForSelectorAsync("#role option[value='desa']", new() { State = WaitForSelectorState.Attached });
        Assert.That(await page.EvalOnSelectorAllAsync<string[]>("#role option", "options => options.map(o => o.value)"),
            Is.EqualTo(SharedKernel.Security.Roles.All.Where(r => r != SharedKernel.Security.Roles.Admin)));

        await page.ClickAsync("#sign-out");
        await page.WaitForURLAsync("**/akun/keluar**");
        await page.ClickAsync("#keluar");
        await page.WaitForURLAsync("**/akun/masuk**");
        Assert.That(await page.InnerTextAsync("#pesan"), Is.EqualTo("Anda sudah keluar."));
        Assert.That(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('posyandu.token')"), Is.Null);
        // Signed out for real: the dashboard asks for the password again.
        await page.GotoAsync(Url("/dashboard/"));
        await page.WaitForURLAsync("**/akun/masuk**");
    }

    [Test]
    public async Task The_demo_village_government_signs_in_on_the_village_page_through_the_same_code_flow()
    {
        var page = await _browser.Browser.NewPageAsync();
        await page.GotoAsync(Url("/desa/"));
        await page.WaitForURLAsync("**/akun/masuk**");
        await page.FillAsync("#userName", "demo.desa");
        await page.FillAsync("#password", DemoPassword);
        await page.ClickAsync("#masuk");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/desa/" && !url.Contains("code=", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#app:not([hidden])");
        Assert.That(await page.Locator("textarea, #token").CountAsync(), Is.Zero, "no token field");
        Assert.That(await page.EvaluateAsync<string[]>("() => PosyanduSession.roles()"), Is.EqualTo(new[] { "desa" }));
    }

    [Test]
    public async Task Five_wrong_passwords_lock_the_account_with_a_clear_message()
    {
        var page = await _browser.Browser.NewPageAsync();
        await page.GotoAsync(Url("/akun/masuk"));
        var messages = new List<string>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            messages.Add(await SignInAsync(page, "dikmas.kaltim", $"SalahSandi{attempt}"));
        }

        Assert.That(messages.Take(4), Has.All.EqualTo("Nama pengguna atau kata sandi salah."));
        Assert.That(messages[4], Does.StartWith("Akun Anda dikunci sementara karena 5 kali salah kata sandi.").And.Contain("hubungi administrator"));
        Assert.That(await SignInAsync(page, "dikmas.kaltim", DemoPassword), Does.StartWith("Akun Anda dikunci sementara"), "locked even with the right password");
        await page.ClickAsync("#lupa summary");
        Assert.That(await page.InnerTextAsync("#lupa"), Does.Contain("Hubungi administrator"));
    }

    private static async Task<string> SignInAsync(IPage page, string userName, string password)
    {
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        // The answer is a new page: wait until the one the click left is gone.
        await page.EvaluateAsync("() => { window.submitted = true; }");
        await page.ClickAsync("#masuk");
        await page.WaitForFunctionAsync("() => !window.submitted && document.querySelector('#pesan') !== null");
        return await page.InnerTextAsync("#pesan");
    }

    private string Url(string path) => new Uri(_host.BaseAddress, path).ToString();
}
