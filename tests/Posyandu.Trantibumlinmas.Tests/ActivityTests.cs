using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Time;
using Posyandu.Testing;

namespace Posyandu.Trantibumlinmas.Tests;

/// <summary>The sample feature through real HTTP on the real host (temporary SQLite files), one host for the fixture.</summary>
public sealed class ActivityTests
{
    /// <summary>Desa Perian, Kec. Muara Muntai, Kab. Kutai Kartanegara.</summary>
    private const string Perian = "64.02.01.2001";

    private TestHost _host = null!;
    private HttpClient _opd = null!;
    private Guid _posyandu;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _host = await TestHost.StartAsync();
        _opd = _host.Client([TrantibumlinmasModule.OpdRole], region: "64");
        using var admin = _host.Client([Roles.Admin]);
        var site = await (await admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Melati", regionCode = Perian, serviceDay = 10 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        _posyandu = site.GetProperty("id").GetGuid();
        // The module learns of the Posyandu through the registry's events, as in production.
        await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("registry", CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _opd.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task An_activity_is_recorded_at_a_posyandu_and_read_back()
    {
        var created = await (await _opd.PostJson($"/api/trantibumlinmas/posyandu/{_posyandu}/activities", new { date = "2026-11-10", participants = 12, note = " Penyuluhan " }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        var read = await (await _opd.GetAsync($"/api/trantibumlinmas/activities/{created.GetProperty("id").GetGuid()}")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        Assert.That(read.GetProperty("regionCode").GetString(), Is.EqualTo(Perian));
        Assert.That(read.GetProperty("participants").GetInt32(), Is.EqualTo(12));
        Assert.That(read.GetProperty("note").GetString(), Is.EqualTo("Penyuluhan"));
    }

    [Test]
    public async Task An_invalid_activity_is_a_400_problem_naming_the_field()
    {
        var problem = await (await _opd.PostJson($"/api/trantibumlinmas/posyandu/{_posyandu}/activities", new { date = "2026-11-10", participants = 0 }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { "participants" }));
    }

    [Test]
    public async Task An_activity_tomorrow_is_refused_by_the_host_clock()
    {
        var tomorrow = _host.Services.GetRequiredService<TimeProvider>().Today().AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var problem = await (await _opd.PostJson($"/api/trantibumlinmas/posyandu/{_posyandu}/activities", new { date = tomorrow, participants = 3 }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { "date" }));
    }

    [Test]
    public async Task An_unknown_posyandu_is_a_404_problem()
    {
        await (await _opd.PostJson($"/api/trantibumlinmas/posyandu/{Guid.NewGuid()}/activities", new { date = "2026-11-10", participants = 3 }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_module_is_served_in_the_openapi_document()
    {
        using var client = _host.Client();
        var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;

        Assert.That(document.GetProperty("paths").TryGetProperty("/api/trantibumlinmas/posyandu/{posyanduId}/activities", out _), Is.True);
    }
}
