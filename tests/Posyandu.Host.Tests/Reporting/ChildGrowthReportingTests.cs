using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Reporting.Persistence;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Reporting;

/// <summary>
/// Registry → Health → Reporting through events only: a child registered in Desa Perian, measured at the Posyandu,
/// appears in the stunting/underweight/wasting figures of the village, district, regency and province; a rebuild
/// from history gives the same numbers.
/// </summary>
public sealed class ChildGrowthReportingTests
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
        var posyandu = await IdOf(await admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Melati", regionCode = Perian, serviceDay = 10 }));
        var household = await IdOf(await admin.PostJson("/api/registry/households", new { nomorKk = "6402010101200001", regionCode = Perian, posyanduId = posyandu }));
        var stunted = await ResidentAsync(admin, household, "6402011705240001", "Rizky", "male", "2024-05-17");
        var healthy = await ResidentAsync(admin, household, "6402015702250001", "Salsa", "female", "2025-02-17");
        await ResidentAsync(admin, household, "6402011002230001", "Bima", "male", "2023-02-10");   // 45 months, never weighed: in S only
        await ResidentAsync(admin, household, "6402011002950001", "Andi", "male", "1995-02-10");   // an adult: in no age band
        await DispatchAsync("registry");

        using var kader = _host.Client([Roles.Kader], region: Perian, posyandu: posyandu, sectors: ["health"]);
        // 30 months, 80 cm lying → 79.3 cm standing-equivalent: well below −3 SD length-for-age; weight normal for length.
        await Visit(kader, stunted, new { measuredOn = "2026-11-10", weightKg = 10.5, lengthHeightCm = 80.0, measurement = "lying" });
        await Visit(kader, healthy, new { measuredOn = "2026-11-10", weightKg = 9.6, lengthHeightCm = 78.8, measurement = "lying" });
        // A re-weighing of the same child later the same month replaces the first: each child counts once per month.
        await Visit(kader, healthy, new { measuredOn = "2026-11-12", weightKg = 9.7, lengthHeightCm = 79.0, measurement = "lying" });
        await DispatchAsync("health");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd.Dispose();
        await _host.DisposeAsync();
    }

    [TestCase(Perian)]
    [TestCase("64.02.01")]
    [TestCase("64.02")]
    [TestCase("64")]
    public async Task A_measurement_is_reflected_from_the_village_to_the_province(string region)
    {
        var card = await (await _dpmd.GetAsync($"/api/reporting/scorecard?region={region}&period=2026-11")).ShouldBe<JsonElement>(HttpStatusCode.OK);

        var stunting = Indicator(card, "kes-stunting");
        Assert.That((stunting.GetProperty("numerator").GetInt64(), stunting.GetProperty("denominator").GetInt64()), Is.EqualTo((1L, 2L)));
        Assert.That(stunting.GetProperty("value").GetDecimal(), Is.EqualTo(50.0m));
        Assert.That(Indicator(card, "kes-underweight").GetProperty("denominator").GetInt64(), Is.EqualTo(2), "two children weighed, once each");
    }

    [TestCase(Perian)]
    [TestCase("64")]
    public async Task D_per_S_counts_every_under_five_living_in_the_region_that_month(string region)
    {
        var november = await (await _dpmd.GetAsync($"/api/reporting/scorecard?region={region}&period=2026-11")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var beforeRizkyWasBorn = await (await _dpmd.GetAsync($"/api/reporting/scorecard?region={region}&period=2024-04")).ShouldBe<JsonElement>(HttpStatusCode.OK);

        var ds = Indicator(november, "kes-ds");
        Assert.That((ds.GetProperty("numerator").GetInt64(), ds.GetProperty("denominator").GetInt64(), ds.GetProperty("value").GetDecimal()), Is.EqualTo((2L, 3L, 66.7m)));
        Assert.That(Indicator(november, "kes-nd").GetProperty("numerator").GetInt64(), Is.Zero, "first weighings are B, not N");
        Assert.That(Indicator(beforeRizkyWasBorn, "kes-ds").GetProperty("denominator").GetInt64(), Is.EqualTo(1), "only Bima was born by April 2024");
        Assert.That(Indicator(november, "pend-paud").GetProperty("denominator").GetInt64(), Is.EqualTo(1), "Bima is of PAUD age (3–6)");
    }

    [Test]
    public async Task The_ranking_and_the_series_read_S_the_same_way()
    {
        var ranking = await (await _dpmd.GetAsync("/api/reporting/indicators/kes-ds/ranking?region=64.02.01&period=2026-11")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var series = await (await _dpmd.GetAsync($"/api/reporting/indicators/kes-ds/series?region={Perian}&period=2026-11&months=2")).ShouldBe<JsonElement>(HttpStatusCode.OK);

        var perian = ranking.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == Perian).GetProperty("value");
        Assert.That(perian.GetProperty("denominator").GetInt64(), Is.EqualTo(3));
        var points = series.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetProperty("denominator").GetInt64()).ToList();
        Assert.That(points, Is.EqualTo(new[] { 3L, 3L }), "October and November: the same three children");
    }

    [Test]
    public async Task Rebuilding_gives_identical_numbers()
    {
        var before = await SnapshotAsync();

        var (_, failures) = await _host.Services.GetRequiredService<ReadModelRebuilder>().RebuildAsync("reporting", CancellationToken.None);

        Assert.That(failures, Is.Empty);
        Assert.That(await SnapshotAsync(), Is.EqualTo(before));
        Assert.That(before, Has.Some.Contains("health.stunted=1"));
        Assert.That(before, Has.Some.EqualTo("2023-02 64 health.s+1"), "Bima counts in S from his birth month");
    }

    private async Task<List<string>> SnapshotAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var totals = await db.Totals.AsNoTracking().ToListAsync();
        var running = await db.RunningTotals.AsNoTracking().ToListAsync();
        return totals.Where(t => t.Value != 0).Select(t => $"{t.Period} {t.RegionCode} {t.Metric}={t.Value}")
            .Concat(running.Where(t => t.Delta != 0).Select(t => $"{t.Period} {t.RegionCode} {t.Metric}{t.Delta:+#;-#}"))
            .Order(StringComparer.Ordinal).ToList();
    }

    private Task<DispatchResult> DispatchAsync(string module) => _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(module, CancellationToken.None);

    private static JsonElement Indicator(JsonElement card, string id) =>
        card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray()).Single(i => i.GetProperty("id").GetString() == id);

    private static async Task Visit(HttpClient client, Guid resident, object body)
    {
        var response = await client.PostJson($"/api/health/children/{resident}/visits", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    private static async Task<Guid> ResidentAsync(HttpClient client, Guid household, string nik, string name, string sex, string birthDate) =>
        (await (await client.PostJson("/api/registry/residents", new { nik, name, sex, birthDate, householdId = household, relation = "anak" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetGuid();

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
