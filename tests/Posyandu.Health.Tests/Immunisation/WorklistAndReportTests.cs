using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Health.Tests.Immunisation;

/// <summary>The kader's due list for a Posyandu day and Dinas Kesehatan's monthly immunisation report.</summary>
public sealed class WorklistAndReportTests
{
    private TestHost _host = null!;
    private HttpClient _admin = null!;
    private HttpClient _kader = null!;
    private Guid _posyandu;
    private Guid _other;
    private Guid _infant;
    private Guid _complete;
    private Guid _incomplete;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync();
        _admin = _host.Client([Roles.Admin]);
        var world = new ImmunisationWorld(_host, _admin);
        _posyandu = await world.PosyanduAsync("Posyandu Melati");
        _other = await world.PosyanduAsync("Posyandu Mawar");
        var household = await world.HouseholdAsync(_posyandu);
        var otherHousehold = await world.HouseholdAsync(_other);
        _infant = await world.ChildAsync(household, new DateOnly(2026, 6, 1), "Putri");
        await world.ChildAsync(household, new DateOnly(2026, 7, 25), "Bayu");   // 9 days old on 3 Aug: nothing due yet, HB-0 missed
        await world.ChildAsync(household, new DateOnly(2021, 1, 1), "Dimas");  // over five on 3 Aug 2026
        await world.ChildAsync(household, new DateOnly(2026, 8, 10), "Sari");   // not yet born on 3 Aug
        _complete = await world.ChildAsync(household, new DateOnly(2025, 1, 6), "Adi");
        _incomplete = await world.ChildAsync(otherHousehold, new DateOnly(2025, 1, 20), "Budi");
        await world.DeliverAsync();
        _kader = _host.Client([Roles.Kader], region: ImmunisationWorld.Perian, posyandu: _posyandu, sectors: ["health"]);

        await RecordAsync(_infant, "opv", 1, "2026-07-01");
        (string Antigen, int Dose, string On)[] idl =
        [
            ("hb0", 1, "2025-01-07"), ("bcg", 1, "2025-02-06"), ("opv", 1, "2025-02-06"), ("opv", 2, "2025-03-06"), ("dpt-hb-hib", 1, "2025-03-06"),
            ("opv", 3, "2025-04-07"), ("dpt-hb-hib", 2, "2025-04-07"), ("opv", 4, "2025-05-06"), ("dpt-hb-hib", 3, "2025-05-06"), ("ipv", 1, "2025-05-06"),
            ("mr", 1, "2025-10-06"),
        ];
        foreach (var (antigen, dose, on) in idl)
        {
            await RecordAsync(_complete, antigen, dose, on);
        }

        using var otherKader = _host.Client([Roles.Kader], region: ImmunisationWorld.Perian, posyandu: _other, sectors: ["health"]);
        await (await otherKader.PostJson($"/api/health/children/{_incomplete}/immunisations", new { antigen = "hb0", doseNumber = 1, givenOn = "2025-01-20", place = "other", placeName = "RSUD Aji Muhammad Parikesit" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _kader.Dispose();
        _admin.Dispose();
        await _host.DisposeAsync();
    }

    private async Task RecordAsync(Guid child, string antigen, int dose, string givenOn) =>
        await (await _kader.PostJson($"/api/health/children/{child}/immunisations", new { antigen, doseNumber = dose, givenOn, place = "posyandu" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

    [Test]
    public async Task The_due_list_names_the_children_with_a_dose_due_or_overdue_on_the_day_and_what_they_need()
    {
        var due = await (await _kader.GetAsync($"/api/health/posyandu/{_posyandu}/immunisations/due?date=2026-08-03")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);

        Assert.That(due.Select(c => c.GetProperty("name").GetString()), Is.EqualTo(new[] { "Adi", "Putri" }));
        var putri = due.Single(c => c.GetProperty("residentId").GetGuid() == _infant);
        var doses = putri.GetProperty("doses").EnumerateArray()
            .Select(d => $"{d.GetProperty("antigen").GetString()} {d.GetProperty("dose").GetInt32()} {d.GetProperty("status").GetString()}").ToList();
        Assert.That(doses, Is.EqualTo(new[] { "bcg 1 overdue", "opv 2 due", "dpt-hb-hib 1 due", "pcv 1 due", "rv 1 due" }));
        Assert.That(putri.GetProperty("ageMonths").GetInt32(), Is.EqualTo(2));
        Assert.That(putri.ToString(), Does.Not.Contain("nik"));
    }

    [Test]
    public async Task The_due_list_of_another_posyandu_is_empty_for_this_kader_and_a_bad_date_is_a_400()
    {
        var other = await (await _kader.GetAsync($"/api/health/posyandu/{_other}/immunisations/due?date=2026-08-03")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);
        var noDate = await (await _kader.GetAsync($"/api/health/posyandu/{_posyandu}/immunisations/due")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var badDate = await (await _kader.GetAsync($"/api/health/posyandu/{_posyandu}/immunisations/due?date=03-08-2026")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(other, Is.Empty);
        Assert.That(noDate.ErrorFields(), Is.EqualTo(new[] { "date" }));
        Assert.That(badDate.ErrorFields(), Is.EqualTo(new[] { "date" }));
    }

    [Test]
    public async Task The_report_counts_children_turning_one_and_of_them_idl_complete_per_posyandu()
    {
        using var province = _host.Client([Roles.Dpmd], region: "64"); // sees the counts below the small-cell threshold
        using var health = _host.Client([Roles.Health], region: "64.02");

        var report = await (await province.GetAsync("/api/health/reports/immunisation?region=64.02&period=2026-01")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var withheld = await (await health.GetAsync("/api/health/reports/immunisation?region=64.02&period=2026-01")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        Assert.That(withheld.GetProperty("total").GetProperty("childrenTurningOne").ValueKind, Is.EqualTo(JsonValueKind.Null),
            "two children: below DPMD of the province the count is withheld (small cell)");

        var total = report.GetProperty("total");
        Assert.That((total.GetProperty("childrenTurningOne").GetInt32(), total.GetProperty("basicImmunisationComplete").GetInt32()), Is.EqualTo((2, 1)));
        var rows = report.GetProperty("posyandu").EnumerateArray().ToDictionary(p => p.GetProperty("posyanduId").GetGuid(), p => p.GetProperty("counts"));
        Assert.That(rows[_posyandu].GetProperty("basicImmunisationComplete").GetInt32(), Is.EqualTo(1));
        Assert.That(rows[_other].GetProperty("childrenTurningOne").GetInt32(), Is.EqualTo(1));
        Assert.That(rows[_other].GetProperty("basicImmunisationComplete").GetInt32(), Is.EqualTo(0));
    }

    [Test]
    public async Task The_report_counts_doses_given_in_the_month_per_antigen()
    {
        using var health = _host.Client([Roles.Dpmd], region: "64"); // sees the counts below the small-cell threshold

        var report = await (await health.GetAsync("/api/health/reports/immunisation?region=64.02.01&period=2025-01")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var february = await (await health.GetAsync("/api/health/reports/immunisation?region=64.02.01.2001&period=2025-02")).ShouldBe<JsonElement>(HttpStatusCode.OK);

        Assert.That(report.GetProperty("total").GetProperty("dosesByAntigen").GetProperty("hb0").GetInt32(), Is.EqualTo(2));
        Assert.That(report.GetProperty("total").GetProperty("childrenTurningOne").GetInt32(), Is.Zero);
        var byAntigen = february.GetProperty("total").GetProperty("dosesByAntigen");
        Assert.That((byAntigen.GetProperty("bcg").GetInt32(), byAntigen.GetProperty("opv").GetInt32(), byAntigen.GetProperty("mr").GetInt32()), Is.EqualTo((1, 1, 0)));
    }

    [Test]
    public async Task The_report_of_a_region_outside_the_callers_scope_is_not_found_and_bad_parameters_are_400()
    {
        using var samarinda = _host.Client([Roles.Health], region: "64.72");
        using var health = _host.Client([Roles.Health], region: "64.02");

        await (await samarinda.GetAsync("/api/health/reports/immunisation?region=64.02&period=2026-01")).ShouldBeProblem(HttpStatusCode.NotFound);
        var bad = await (await health.GetAsync("/api/health/reports/immunisation?region=6402&period=2026-13")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var own = await (await samarinda.GetAsync("/api/health/reports/immunisation?region=64.72&period=2026-01")).ShouldBe<JsonElement>(HttpStatusCode.OK);

        Assert.That(bad.ErrorFields(), Is.EquivalentTo(new[] { "region", "period" }));
        Assert.That(own.GetProperty("total").GetProperty("childrenTurningOne").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task The_overdue_list_of_a_region_names_every_child_with_a_dose_overdue_at_the_months_end()
    {
        using var health = _host.Client([Roles.Health], region: "64.02");

        var overdue = await (await health.GetAsync("/api/health/reports/immunisation-overdue?region=64.02.01&period=2026-08")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);
        var kaders = await (await _kader.GetAsync($"/api/health/reports/immunisation-overdue?region={ImmunisationWorld.Perian}&period=2026-08")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);

        // Bayu (37 days old on 31 Aug) has BCG due, not yet overdue; Sari and Dimas have nothing overdue.
        Assert.That(overdue.Select(c => c.GetProperty("name").GetString()), Is.EqualTo(new[] { "Adi", "Budi", "Putri" }));
        Assert.That(overdue.SelectMany(c => c.GetProperty("doses").EnumerateArray()).Select(d => d.GetProperty("status").GetString()).Distinct(), Is.EqualTo(new[] { "overdue" }));
        var putri = overdue.Single(c => c.GetProperty("residentId").GetGuid() == _infant).GetProperty("doses").EnumerateArray()
            .Select(d => $"{d.GetProperty("antigen").GetString()} {d.GetProperty("dose").GetInt32()}");
        Assert.That(putri, Does.Contain("bcg 1"));
        Assert.That(kaders.Select(c => c.GetProperty("name").GetString()), Is.EqualTo(new[] { "Adi", "Putri" }), "a kader sees the children of their own Posyandu");
        Assert.That(overdue.Select(c => c.ToString()), Has.None.Contains("nik"));
    }

    [Test]
    public async Task The_overdue_list_is_not_for_dpmd_nor_for_another_region()
    {
        using var dpmd = _host.Client([Roles.Dpmd], region: "64");
        using var samarinda = _host.Client([Roles.Health], region: "64.72");

        Assert.That((await dpmd.GetAsync("/api/health/reports/immunisation-overdue?region=64.02&period=2026-08")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        await (await samarinda.GetAsync("/api/health/reports/immunisation-overdue?region=64.02&period=2026-08")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
