using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Host.Tests.TestModules.Delta;
using Posyandu.Reporting.Persistence;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.ServiceRequests;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Reporting;

/// <summary>
/// Service requests of a sector module reach the DPMD scorecard only through integration events, rolled up from the
/// village to the province; a rebuild from the event history gives the same numbers.
/// </summary>
public sealed class ServiceRequestReportingTests
{
    private const string Perian = "64.02.01.2001"; // Desa Perian, Kec. Muara Muntai, Kab. Kutai Kartanegara
    private const string Samarinda = "64.72.01.1001";
    private static readonly Guid PosyanduA = Guid.NewGuid();
    private static readonly Guid PosyanduB = Guid.NewGuid();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
    private TestHost _host = null!;
    private HttpClient _province = null!;

    [OneTimeSetUp]
    public async Task Seed()
    {
        _host = await TestHost.StartAsync(m => m.Add(new DeltaModule()), services: s => s.AddSingleton<TimeProvider>(_clock));
        using var admin = _host.Client([Roles.Admin]);
        _province = _host.Client([Roles.Dpmd], region: "64");

        var done = await SubmitAsync(admin, Perian, PosyanduA);
        await SubmitAsync(admin, Perian, PosyanduA);
        await SubmitAsync(admin, Perian, PosyanduA);
        await SubmitAsync(admin, Samarinda, PosyanduB);
        foreach (var (to, note, outcome) in new[] { ("diverifikasi", "dikunjungi", (string?)null), ("diteruskan", "ke OPD", null), ("diproses", null, null), ("selesai", null, "selesai dibantu") })
        {
            var response = await admin.PostJson($"/api/delta/service-requests/{done}/transitions", new { to, note, outcome });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        }

        _clock.Advance(TimeSpan.FromDays(10)); // the three open requests pass their 3-day step
        await _host.Services.GetRequiredService<ServiceRequestSlaJob>().SweepAsync(CancellationToken.None);
        await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("delta", CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _province.Dispose();
        await _host.DisposeAsync();
    }

    [TestCase(Perian, 3, 2, 1, 1)]
    [TestCase("64.02.01", 3, 2, 1, 1)]
    [TestCase("64.02", 3, 2, 1, 1)]
    [TestCase("64", 4, 3, 1, 1)]
    [TestCase("64.72", 1, 1, 0, 0)]
    public async Task Requests_roll_up_from_the_village_to_the_province(string region, int total, int overdue, int closed, int closedOnTime)
    {
        var card = await ScorecardAsync(_province, region);

        var sla = Indicator(card, "ajuan-sla");
        var late = Indicator(card, "ajuan-terlambat");
        Assert.That(late.GetProperty("numerator").GetInt64(), Is.EqualTo(overdue), "overdue requests");
        Assert.That(late.GetProperty("denominator").GetInt64(), Is.EqualTo(total - closed), "open requests");
        Assert.That(sla.GetProperty("numerator").GetInt64(), Is.EqualTo(closedOnTime));
        Assert.That(sla.GetProperty("denominator").GetInt64(), Is.EqualTo(closed));
        Assert.That(Indicator(card, "ajuan-rumah-sla").GetProperty("denominator").GetInt64(), Is.EqualTo(0), "delta's requests are not housing's");
    }

    [Test]
    public async Task A_regional_user_cannot_read_a_region_outside_their_scope()
    {
        using var samarinda = _host.Client([Roles.Dpmd], region: "64.72");

        await (await samarinda.GetAsync($"/api/reporting/scorecard?region=64.02&period=2026-11")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await samarinda.GetAsync($"/api/reporting/scorecard?region=64&period=2026-11")).ShouldBeProblem(HttpStatusCode.NotFound);
        var own = Indicator(await ScorecardAsync(samarinda, "64.72"), "ajuan-terlambat");
        Assert.That((own.GetProperty("suppressed").GetBoolean(), own.GetProperty("numerator").ValueKind), Is.EqualTo((true, JsonValueKind.Null)),
            "one overdue request: a DPMD of a regency is below the province and sees the small cell withheld");
    }

    [Test]
    public async Task Child_regions_are_ranked_worst_first_and_the_posyandu_with_most_overdue_come_first()
    {
        var ranking = await (await _province.GetAsync("/api/reporting/indicators/ajuan-terlambat/ranking?region=64&period=2026-11"))
            .ShouldBe<JsonElement>(HttpStatusCode.OK);
        var rows = ranking.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("regionCode").GetString(), r.GetProperty("value").GetProperty("value").GetDecimal())).ToList();
        Assert.That(rows, Is.EqualTo(new[] { ("64.02", 100m), ("64.72", 100m) }));

        var top = await (await _province.GetAsync("/api/reporting/posyandu/overdue?region=64")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);
        Assert.That(top.Select(t => t.GetProperty("posyanduId").GetGuid()), Is.EqualTo(new[] { PosyanduA, PosyanduB }));
        Assert.That(top[0].GetProperty("overdue").GetInt64(), Is.EqualTo(2));
    }

    /// <summary>
    /// A province OPD is below DPMD of the province (threshold 2 here, 5 by default): Posyandu B's one overdue request is
    /// withheld and so are A's two, else the province's three on the scorecard less two gives the one away.
    /// </summary>
    [Test]
    public async Task The_posyandu_with_most_overdue_withhold_a_small_cell_and_its_complement_below_dpmd_of_the_province()
    {
        using var opd = _host.Client([Roles.Health], region: "64");
        List<JsonElement> below, province;
        using (_host.SmallCellThreshold(2))
        {
            below = await (await opd.GetAsync("/api/reporting/posyandu/overdue?region=64")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);
            province = await (await _province.GetAsync("/api/reporting/posyandu/overdue?region=64")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);
        }

        long?[] Overdue(List<JsonElement> rows) => [.. rows.Select(r => r.GetProperty("overdue")).Select(v => v.ValueKind == JsonValueKind.Null ? (long?)null : v.GetInt64())];
        Assert.That(Overdue(province), Is.EqualTo(new long?[] { 2, 1 }), "A's two, B's one — DPMD of the province");
        Assert.That(below.Select(r => r.GetProperty("posyanduId").GetGuid()), Is.EqualTo(new[] { PosyanduA, PosyanduB }), "still the most overdue first");
        Assert.That(Overdue(below), Is.EqualTo(new long?[] { null, null }), "B's one withheld, and A's two with it");
    }

    [Test]
    public async Task Exports_carry_the_same_numbers_and_suppress_small_cells_for_publication()
    {
        var csv = await (await _province.GetAsync("/api/reporting/scorecard/export?region=64&period=2026-11&format=csv")).Content.ReadAsStringAsync();
        var published = await (await _province.GetAsync("/api/reporting/scorecard/export?region=64&period=2026-11&format=csv&publication=true")).Content.ReadAsStringAsync();
        var xlsx = await _province.GetAsync("/api/reporting/scorecard/export?region=64&period=2026-11&format=xlsx");

        var line = csv.Split('\n').Single(l => l.Contains("ajuan-terlambat"));
        Assert.That(line, Does.Contain("2026-11,64,").And.Contain(",3,3,100,%"), "overdue 3 of 3 open in the province");
        var publishedLine = published.Split('\n').Single(l => l.Contains("ajuan-terlambat"));
        Assert.That(publishedLine, Does.Contain(",\"< 5\",\"< 5\",,%"), "counts under 5 are masked and the value withheld");
        Assert.That(xlsx.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Assert.That((await xlsx.Content.ReadAsByteArrayAsync())[..2], Is.EqualTo("PK"u8.ToArray()), "an XLSX is a zip");
        await (await _province.GetAsync("/api/reporting/scorecard/export?region=64&period=2026-11&format=pdf")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Rebuilding_from_the_event_history_gives_identical_numbers()
    {
        var before = await SnapshotAsync();

        var (delivered, failures) = await _host.Services.GetRequiredService<ReadModelRebuilder>().RebuildAsync("reporting", CancellationToken.None);

        Assert.That(failures, Is.Empty);
        Assert.That(delivered, Is.GreaterThan(0));
        Assert.That(await SnapshotAsync(), Is.EqualTo(before));
        Assert.That(before, Is.Not.Empty);
    }

    private async Task<List<string>> SnapshotAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var totals = await db.Totals.AsNoTracking().ToListAsync();
        return totals.Where(t => t.Value != 0).Select(t => $"{t.Period} {t.RegionCode} {t.Metric}={t.Value}").Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<JsonElement> ScorecardAsync(HttpClient client, string region) =>
        await (await client.GetAsync($"/api/reporting/scorecard?region={region}&period=2026-11")).ShouldBe<JsonElement>(HttpStatusCode.OK);

    private static JsonElement Indicator(JsonElement card, string id) =>
        card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == id);

    private static async Task<Guid> SubmitAsync(HttpClient client, string village, Guid posyandu)
    {
        var response = await client.PostJson("/api/delta/service-requests", new
        {
            type = DeltaModule.Water.Code, residentId = Guid.NewGuid(), posyanduId = posyandu, regionCode = village, description = "Air bersih",
        });
        return (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }
}
