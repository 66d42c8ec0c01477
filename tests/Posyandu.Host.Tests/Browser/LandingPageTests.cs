using Posyandu.Testing;

namespace Posyandu.Host.Tests.Browser;

/// <summary>The landing page in a real browser: it speaks Bahasa Indonesia and its links lead to working pages.</summary>
public sealed class LandingPageTests
{
    private BrowserHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() => _host = await BrowserHost.StartAsync();

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Test]
    public async Task The_landing_page_links_to_the_api_docs_the_jobs_and_the_health_check()
    {
        var page = await _host.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(_host.BaseAddress, "/").ToString());

        Assert.That(await page.TitleAsync(), Does.Contain("Posyandu Digital"));
        Assert.That(await page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo("id"));
        Assert.That(await page.Locator("header").InnerTextAsync(), Does.Contain("Kalimantan Timur"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "landing.png"), FullPage = true });

        await page.ClickAsync("text=Dokumentasi API");
        await page.WaitForSelectorAsync(".swagger-ui .info .title");
        Assert.That(await page.Locator(".swagger-ui .info .title").InnerTextAsync(), Does.Contain("Posyandu Digital API"));
        Assert.That(await page.Locator("button.authorize").CountAsync(), Is.EqualTo(1), "Swagger UI has an Authorize button");

        await page.GotoAsync(new Uri(_host.BaseAddress, "/").ToString());
        await page.ClickAsync("text=Pekerjaan latar");
        Assert.That(await page.Locator("body").InnerTextAsync(), Does.Contain("Posyandu Digital — jobs"));
    }
}
