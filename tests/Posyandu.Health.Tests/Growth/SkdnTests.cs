using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Health.Persistence;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Health.Tests.Growth;

/// <summary>
/// SKDN, N/T and 2T through the API on hand-built month sequences in one village, and a late weighing that
/// changes the next month's trend.
/// </summary>
public sealed partial class SkdnTests
{
    private const string Perian = "64.02.01.2001";
    private const string MuaraLeka = "64.02.01.2002";
    private TestHost _host = null!;
    private HttpClient _health = null!;
    private HttpClient _province = null!;
    private Guid _posyandu;
    private readonly Dictionary<string, Guid> _children = [];
    private int _serial;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync();
        using var admin = _host.Client([Roles.Admin]);
        _posyandu = await IdOf(await admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Melati", regionCode = Perian, serviceDay = 10 }));
        var household = await IdOf(await admin.PostJson("/api/registry/households", new { nomorKk = "6402010101200002", regionCode = Perian, posyanduId = _posyandu }));
        foreach (var name in new[] { "A", "B", "C", "D", "E" })
        {
            _children[name] = await ResidentAsync(admin, household, "150125", "2025-01-15");
        }

        await ResidentAsync(admin, household, "150890", "1990-08-15");  // an adult: not in S
        (await admin.PostJson("/api/registry/residents", new { nik = $"640201550890{++_serial:D4}", name = "Ibu Sari", sex = "female", birthDate = "1990-08-15", householdId = household, relation = "istri" }))
            .EnsureSuccessStatusCode(); // the children's mother (SIP Format 2), not in S
        await ResidentAsync(admin, household, "010121", "2021-01-01");  // 69 months in October 2026: not in S
        var elsewhere = await IdOf(await admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Mawar", regionCode = MuaraLeka, serviceDay = 12 }));
        var otherHousehold = await IdOf(await admin.PostJson("/api/registry/households", new { nomorKk = "6402010101200003", regionCode = MuaraLeka, posyanduId = elsewhere }));
        _children["H"] = await ResidentAsync(admin, otherHousehold, "150125", "2025-01-15");
        _children["L"] = await ResidentAsync(admin, otherHousehold, "150125", "2025-01-15");
        await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("registry", CancellationToken.None);
        _health = _host.Client([Roles.Health], region: "64.02");
        _province = _host.Client([Roles.Dpmd], region: "64"); // sees the counts below the small-cell threshold

        // Ages 19–22 months: the KBM is 200 g throughout.
        await Weigh("A", "2026-09-10", 8.0); await Weigh("A", "2026-10-10", 8.4);                               // B, N
        await Weigh("B", "2026-09-10", 9.0); await Weigh("B", "2026-10-10", 9.1); await Weigh("B", "2026-11-10", 9.15); // B, T, 2T
        await Weigh("C", "2026-08-10", 10.0); await Weigh("C", "2026-10-10", 10.5);                             // B, O
        await Weigh("D", "2026-10-10", 10.2);                                                                   // B
        // E: registered, never weighed.
        // L, in the other village: 72 cm lying at 17 months is severely stunted.
        (await _health.PostJson($"/api/health/children/{_children["L"]}/visits", new { measuredOn = "2026-07-10", weightKg = 9.0, lengthHeightCm = 72.0, measurement = "lying" }))
            .EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _health.Dispose();
        _province.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task October_counts_S_K_D_N_T_O_B_and_the_ratios_of_the_village()
    {
        var total = (await Skdn(Perian, "2026-10")).GetProperty("total");

        Assert.That(Counts(total), Is.EqualTo(new[] { 5, 4, 4, 1, 1, 1, 1, 0, 0 }), "S K D N T O B 2T BGM");
        Assert.That(total.GetProperty("dPerS").GetDecimal(), Is.EqualTo(80.0m));
        Assert.That(total.GetProperty("nPerD").GetDecimal(), Is.EqualTo(25.0m));
    }

    /// <summary>Below DPMD of the province counts of 1–4 are withheld, with what they could be recomputed from.</summary>
    [Test]
    public async Task The_health_office_of_the_regency_sees_the_small_counts_withheld()
    {
        var total = (await (await _health.GetAsync($"/api/health/reports/skdn?region={Perian}&period=2026-10")).ShouldBe<JsonElement>(HttpStatusCode.OK)).GetProperty("total");

        Assert.That(new[] { "s", "k", "d", "n", "t", "o", "b", "twoT", "bgm" }.Select(p => total.GetProperty(p).ValueKind == JsonValueKind.Null ? (int?)null : total.GetProperty(p).GetInt32()),
            Is.EqualTo(new int?[] { 5, null, null, null, null, null, null, 0, 0 }), "S K D N T O B 2T BGM");
        Assert.That(total.GetProperty("dPerS").ValueKind, Is.EqualTo(JsonValueKind.Null), "a ratio over a withheld count");
    }

    [Test]
    public async Task Two_months_without_the_minimum_gain_make_2T_and_a_referral()
    {
        var november = (await Skdn(Perian, "2026-11")).GetProperty("total");
        var chart = await (await _health.GetAsync($"/api/health/children/{_children["B"]}/visits")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var last = chart.EnumerateArray().Last();
        var worklist = await (await _health.GetAsync($"/api/health/reports/children-needing-action?region={Perian}&period=2026-11")).ShouldBe<JsonElement>(HttpStatusCode.OK);

        Assert.That(Counts(november), Is.EqualTo(new[] { 5, 4, 1, 0, 1, 0, 0, 1, 0 }), "S K D N T O B 2T BGM");
        Assert.That((last.GetProperty("trend").GetString(), last.GetProperty("twoT").GetBoolean(), last.GetProperty("referralReasons").GetString()), Is.EqualTo(("T", true, "2T")));
        Assert.That(last.GetProperty("weightGainGrams").GetInt32(), Is.EqualTo(50));
        Assert.That(worklist.EnumerateArray().Select(c => c.GetProperty("residentId").GetGuid()), Is.EqualTo(new[] { _children["B"] }));
        Assert.That(worklist[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()), Does.Contain("2T"));
    }

    [Test]
    public async Task Rows_per_posyandu_and_per_district_add_up_to_the_total()
    {
        var perPosyandu = await Skdn("64.02.01", "2026-10");
        var perDistrict = await Skdn("64.02", "2026-10", "district");

        Assert.That(perPosyandu.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("s").GetInt32()), Is.EqualTo(perPosyandu.GetProperty("total").GetProperty("s").GetInt32()));
        Assert.That(perDistrict.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()), Is.EqualTo(new[] { "64.02.01" }));
    }

    [Test]
    public async Task A_weighing_recorded_late_turns_the_next_months_B_into_N_and_republishes_it()
    {
        var october = await Weigh("H", "2026-10-12", 9.0);
        Assert.That(october.GetProperty("trend").GetString(), Is.EqualTo("B"));

        var september = await Weigh("H", "2026-09-12", 8.7);

        var chart = await (await _health.GetAsync($"/api/health/children/{_children["H"]}/visits")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        Assert.That(chart.EnumerateArray().Select(v => v.GetProperty("trend").GetString()), Is.EqualTo(new[] { "B", "N" }));
        Assert.That(september.GetProperty("trend").GetString(), Is.EqualTo("B"));
        await using var scope = _host.Services.CreateAsyncScope();
        var octoberId = october.GetProperty("id").GetString()!;
        var messages = await scope.ServiceProvider.GetRequiredService<HealthDbContext>().OutboxMessages
            .Where(m => m.Type.EndsWith("ChildMeasured") && m.Payload.Contains(octoberId)).Select(m => m.Payload).ToListAsync();
        Assert.That(messages.Select(p => JsonDocument.Parse(p).RootElement.GetProperty("trend").GetString()), Is.EqualTo(new[] { "B", "N" }));
    }

    [Test]
    public async Task Nutrition_status_counts_stunting_over_the_children_measured_for_length()
    {
        var july = await (await _province.GetAsync($"/api/health/reports/nutrition?region={MuaraLeka}&period=2026-07&by=village")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var total = july.GetProperty("total");

        Assert.That((total.GetProperty("weighed").GetInt32(), total.GetProperty("lengthMeasured").GetInt32(), total.GetProperty("stunted").GetInt32()), Is.EqualTo((1, 1, 1)));
        Assert.That(total.GetProperty("stuntedPercent").GetDecimal(), Is.EqualTo(100.0m));
        Assert.That(july.GetProperty("rows")[0].GetProperty("key").GetString(), Is.EqualTo(MuaraLeka));
    }

    /// <summary>
    /// One child at one Posyandu of Muara Aloh, three at the other (threshold 2 here, 5 by default) — weighed, given MR
    /// and, for their school-age siblings, screened: below DPMD of the province the one is withheld in each report and so
    /// are the three, else the village's total less three gives the one away; DPMD of the province sees every count.
    /// </summary>
    [Test]
    public async Task The_health_reports_withhold_a_small_cell_and_its_complement_below_dpmd_of_the_province()
    {
        const string muaraAloh = "64.02.01.2003";
        using var admin = _host.Client([Roles.Admin]);
        using var district = _host.Client([Roles.Health], region: "64.02.01");
        var (one, three) = (await IdOf(await admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Kenanga", regionCode = muaraAloh, serviceDay = 5 })),
            await IdOf(await admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Anggrek", regionCode = muaraAloh, serviceDay = 6 })));
        var (underFives, schoolAge) = (new List<Guid>(), new List<Guid>());
        foreach (var (posyandu, count, kk) in new[] { (one, 1, "6402010101200004"), (three, 3, "6402010101200005") })
        {
            var household = await IdOf(await admin.PostJson("/api/registry/households", new { nomorKk = kk, regionCode = muaraAloh, posyanduId = posyandu }));
            for (var i = 0; i < count; i++)
            {
                underFives.Add(await ResidentAsync(admin, household, "150125", "2025-01-15"));
                schoolAge.Add(await ResidentAsync(admin, household, "030314", "2014-03-03"));
            }
        }

        await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("registry", CancellationToken.None);
        foreach (var child in underFives)
        {
            (await _health.PostJson($"/api/health/children/{child}/visits", new { measuredOn = "2026-05-05", weightKg = 9.5, lengthHeightCm = 78.0, measurement = "lying" }))
                .EnsureSuccessStatusCode();
            (await _health.PostJson($"/api/health/children/{child}/immunisations", new { antigen = "mr", doseNumber = 1, givenOn = "2026-05-05", place = "posyandu" }))
                .EnsureSuccessStatusCode();
        }

        foreach (var pupil in schoolAge)
        {
            (await _health.PostJson($"/api/health/residents/{pupil}/screenings", new { screenedOn = "2026-05-05", weightKg = 38.0, heightCm = 150.0 })).EnsureSuccessStatusCode();
        }

        var reports = new (string Url, Func<JsonElement, (JsonElement Total, Dictionary<string, JsonElement> Rows)> Cells)[]
        {
            ($"/api/health/reports/nutrition?region={muaraAloh}&period=2026-05",
                r => (r.GetProperty("total").GetProperty("weighed"), r.GetProperty("rows").EnumerateArray().ToDictionary(x => x.GetProperty("key").GetString()!, x => x.GetProperty("weighed")))),
            ($"/api/health/reports/school-age-nutrition?region={muaraAloh}&period=2026-05",
                r => (r.GetProperty("total").GetProperty("screened"), r.GetProperty("rows").EnumerateArray().ToDictionary(x => x.GetProperty("key").GetString()!, x => x.GetProperty("screened")))),
            ($"/api/health/reports/immunisation?region={muaraAloh}&period=2026-05",
                r => (r.GetProperty("total").GetProperty("dosesByAntigen").GetProperty("mr"), r.GetProperty("posyandu").EnumerateArray()
                    .ToDictionary(x => x.GetProperty("posyanduId").GetString()!, x => x.GetProperty("counts").GetProperty("dosesByAntigen").GetProperty("mr")))),
        };
        foreach (var (url, cells) in reports)
        {
            JsonElement below, province;
            using (_host.SmallCellThreshold(2))
            {
                below = await (await district.GetAsync(url)).ShouldBe<JsonElement>(HttpStatusCode.OK);
                province = await (await _province.GetAsync(url)).ShouldBe<JsonElement>(HttpStatusCode.OK);
            }

            int?[] Shown((JsonElement Total, Dictionary<string, JsonElement> Rows) c) =>
                [.. new[] { c.Total, c.Rows[one.ToString()], c.Rows[three.ToString()] }.Select(e => e.ValueKind == JsonValueKind.Null ? (int?)null : e.GetInt32())];
            Assert.That(Shown(cells(province)), Is.EqualTo(new int?[] { 4, 1, 3 }), $"{url}: total, the one, the three — DPMD of the province");
            Assert.That(Shown(cells(below)), Is.EqualTo(new int?[] { 4, null, null }), $"{url}: the one withheld, and the three with it");
        }

        using (_host.SmallCellThreshold(2))
        {
            var row = (await (await district.GetAsync(reports[0].Url)).ShouldBe<JsonElement>(HttpStatusCode.OK)).GetProperty("rows")[0];
            Assert.That(row.GetProperty("stuntedPercent").ValueKind, Is.EqualTo(JsonValueKind.Null), "the prevalence over a withheld count is null too");
        }
    }

    [Test]
    public async Task A_region_outside_the_callers_scope_is_not_found_and_a_bad_grouping_is_a_field_error()
    {
        await (await _health.GetAsync("/api/health/reports/skdn?region=64.72&period=2026-10")).ShouldBeProblem(HttpStatusCode.NotFound);
        var bad = await (await _health.GetAsync("/api/health/reports/skdn?region=64.02&by=province")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var month = await (await _health.GetAsync("/api/health/reports/skdn?region=64.02&period=2026-13")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(bad.ErrorFields(), Is.EqualTo(new[] { "by" }));
        Assert.That(month.ErrorFields(), Is.EqualTo(new[] { "period" }));
    }

    private static int[] Counts(JsonElement row) =>
        new[] { "s", "k", "d", "n", "t", "o", "b", "twoT", "bgm" }.Select(p => row.GetProperty(p).GetInt32()).ToArray();

    private async Task<JsonElement> Skdn(string region, string period, string by = "posyandu") =>
        await (await _province.GetAsync($"/api/health/reports/skdn?region={region}&period={period}&by={by}")).ShouldBe<JsonElement>(HttpStatusCode.OK);

    private async Task<JsonElement> Weigh(string child, string on, double kg) =>
        await (await _health.PostJson($"/api/health/children/{_children[child]}/visits", new { measuredOn = on, weightKg = kg }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

    private async Task<Guid> ResidentAsync(HttpClient client, Guid household, string birthDigits, string birthDate) =>
        (await (await client.PostJson("/api/registry/residents",
                new { nik = $"640201{birthDigits}{++_serial:D4}", name = "Anak", sex = "male", birthDate, householdId = household, relation = "anak" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetGuid();

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
