using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Reporting;

/// <summary>
/// School-age screening reaches the DPMD scorecard: a 12-year-old's IMT/U below −2 SD counts as thin in the village
/// and every region above it, and a later screening in the same month replaces the first (one count per child-month).
/// </summary>
public sealed class SchoolAgeReportingTests
{
    private const string Perian = "64.02.01.2001";
    private static readonly string[] Levels = [Perian, "64.02.01", "64.02", "64"];
    private TestHost _host = null!;
    private HttpClient _dpmd = null!;
    private HttpClient _health = null!;
    private Guid _child;

    [OneTimeSetUp]
    public async Task Seed()
    {
        _host = await TestHost.StartAsync();
        _dpmd = _host.Client([Roles.Dpmd], region: "64");
        _health = _host.Client([Roles.Health], region: "64.02");
        using var admin = _host.Client([Roles.Admin]);
        var posyandu = await IdOf(await admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Kenanga", regionCode = Perian, serviceDay = 5 }));
        var household = await IdOf(await admin.PostJson("/api/registry/households", new { nomorKk = "6402010101200002", regionCode = Perian, posyanduId = posyandu }));
        _child = (await (await admin.PostJson("/api/registry/residents", new
            {
                nik = "6402011006140001", name = "Bagas", sex = "male", birthDate = "2014-06-10", householdId = household, relation = "anak",
            }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetGuid();
        await Dispatch("registry");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd.Dispose();
        _health.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task A_thin_12_year_old_counts_up_to_the_province_until_a_later_screening_that_month_replaces_it()
    {
        var before = await FiguresAsync("kes-kurus-sekolah");

        await Screen("2026-11-05", weightKg: 28, heightCm: 145); // BMI 13.3: IMT/U < −2 SD at 12 years 4 months
        var afterThin = await FiguresAsync("kes-kurus-sekolah");
        await Screen("2026-11-20", weightKg: 38, heightCm: 145); // BMI 18.1: gizi baik
        var afterNormal = await FiguresAsync("kes-kurus-sekolah");

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.All.EqualTo((0L, 0L)), "nobody screened yet");
            Assert.That(afterThin, Is.All.EqualTo((1L, 1L)), "thin, of one screened, at village, district, regency and province");
            Assert.That(afterNormal, Is.All.EqualTo((0L, 1L)), "the later screening replaces the first: still one screened, no longer thin");
        });
        Assert.That(await FiguresAsync("kes-obesitas-sekolah"), Is.All.EqualTo((0L, 1L)));
    }

    private async Task Screen(string on, double weightKg, double heightCm)
    {
        var response = await _health.PostJson($"/api/health/residents/{_child}/screenings", new { screenedOn = on, weightKg, heightCm });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        await Dispatch("health");
    }

    /// <summary>(numerator, denominator) of the indicator in November 2026 at each level from the village up.</summary>
    private async Task<List<(long, long)>> FiguresAsync(string id)
    {
        var figures = new List<(long, long)>();
        foreach (var region in Levels)
        {
            var card = await (await _dpmd.GetAsync($"/api/reporting/scorecard?region={region}&period=2026-11")).ShouldBe<JsonElement>(HttpStatusCode.OK);
            var indicator = card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray())
                .Single(i => i.GetProperty("id").GetString() == id);
            figures.Add((indicator.GetProperty("numerator").GetInt64(),
                indicator.GetProperty("denominator") is { ValueKind: JsonValueKind.Number } d ? d.GetInt64() : 0));
        }

        return figures;
    }

    private Task<DispatchResult> Dispatch(string module) => _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(module, CancellationToken.None);

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
