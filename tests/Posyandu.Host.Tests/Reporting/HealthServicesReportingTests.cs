using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Reporting;

/// <summary>
/// Immunisation and pregnancy events reach the DPMD scorecard: basic-immunisation coverage counted in the month of
/// the first birthday over every child turning one (vaccinated or not), and pregnant women at KEK risk.
/// </summary>
public sealed class HealthServicesReportingTests
{
    private const string Perian = "64.02.01.2001";
    private TestHost _host = null!;
    private HttpClient _dpmd = null!;

    [OneTimeSetUp]
    public async Task Seed()
    {
        _host = await TestHost.StartAsync();
        _dpmd = _host.Client([Roles.Dpmd], region: "64");
        using var admin = _host.Client([Roles.Admin]);
        var posyandu = await IdOf(await admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Melati", regionCode = Perian, serviceDay = 5 }));
        var household = await IdOf(await admin.PostJson("/api/registry/households", new { nomorKk = "6402010101200001", regionCode = Perian, posyanduId = posyandu }));
        var vaccinated = await ResidentAsync(admin, household, "6402010510250001", "Rizky", "male", "2025-10-05", "anak");
        await ResidentAsync(admin, household, "6402011910250001", "Dimas", "male", "2025-10-19", "anak"); // turns one in October too, never vaccinated
        var mother = await ResidentAsync(admin, household, "6402015708950001", "Siti", "female", "1995-08-17", "istri");
        await Dispatch("registry");

        using var health = _host.Client([Roles.Health], region: "64.02");
        (string Antigen, int Dose, string On)[] idl =
        [
            ("hb0", 1, "2025-10-06"), ("bcg", 1, "2025-11-05"), ("opv", 1, "2025-11-05"), ("opv", 2, "2025-12-05"), ("dpt-hb-hib", 1, "2025-12-05"),
            ("opv", 3, "2026-01-05"), ("dpt-hb-hib", 2, "2026-01-05"), ("opv", 4, "2026-02-05"), ("dpt-hb-hib", 3, "2026-02-05"), ("ipv", 1, "2026-02-05"),
            ("mr", 1, "2026-07-05"),
        ];
        foreach (var (antigen, dose, on) in idl)
        {
            var response = await health.PostJson($"/api/health/children/{vaccinated}/immunisations", new { antigen, doseNumber = dose, givenOn = on, place = "posyandu" });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        }

        var pregnancy = await health.PostJson("/api/health/pregnancies", new { residentId = mother, hpht = "2026-08-01", registeredOn = "2026-11-05", muacCm = 22.5 });
        Assert.That(pregnancy.StatusCode, Is.EqualTo(HttpStatusCode.Created), await pregnancy.Content.ReadAsStringAsync());
        await Dispatch("health");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd.Dispose();
        await _host.DisposeAsync();
    }

    [TestCase(Perian)]
    [TestCase("64")]
    public async Task Basic_immunisation_coverage_counts_the_children_turning_one_that_month(string region)
    {
        var october = await Scorecard(region, "2026-10");

        var idl = Indicator(october, "kes-idl");
        Assert.That((idl.GetProperty("numerator").GetInt64(), idl.GetProperty("denominator").GetInt64(), idl.GetProperty("value").GetDecimal()), Is.EqualTo((1L, 2L, 50.0m)));
    }

    [Test]
    public async Task A_pregnant_woman_with_a_lila_below_23_5_cm_counts_as_kek_risk()
    {
        var kek = Indicator(await Scorecard("64.02", "2026-11"), "kes-kek");

        Assert.That((kek.GetProperty("numerator").GetInt64(), kek.GetProperty("denominator").GetInt64()), Is.EqualTo((1L, 1L)));
    }

    private async Task<JsonElement> Scorecard(string region, string period) =>
        await (await _dpmd.GetAsync($"/api/reporting/scorecard?region={region}&period={period}")).ShouldBe<JsonElement>(HttpStatusCode.OK);

    private Task<DispatchResult> Dispatch(string module) => _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(module, CancellationToken.None);

    private static JsonElement Indicator(JsonElement card, string id) =>
        card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray()).Single(i => i.GetProperty("id").GetString() == id);

    private static async Task<Guid> ResidentAsync(HttpClient client, Guid household, string nik, string name, string sex, string birthDate, string relation) =>
        (await (await client.PostJson("/api/registry/residents", new { nik, name, sex, birthDate, householdId = household, relation }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetGuid();

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
