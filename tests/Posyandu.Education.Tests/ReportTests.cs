using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Education.Tests;

/// <summary>Dinas Pendidikan's monthly report: PAUD participation 3–6 and out-of-school children, per Posyandu up to regency.</summary>
public sealed class ReportTests : EducationFixture
{
    protected override async Task SeedAsync()
    {
        var (_, samarinda) = await PosyanduWithHouseholdAsync(RawaMakmur, "Posyandu Flamboyan");
        // Desa Perian: three children of PAUD age on 30 Nov 2026, one enrolled then.
        var turnsThreeOnTheLastDay = await ChildAsync("2023-11-30");
        await ChildAsync("2021-01-10");
        var leftPaud = await ChildAsync("2020-01-10");
        await ChildAsync("2024-01-01"); // two: not yet PAUD age
        await ChildAsync("2019-11-30"); // seven on the last day: school age
        await Enrol(turnsThreeOnTheLastDay, "sps", "2026-11-01");
        var ended = await Enrol(leftPaud, "tk", "2025-07-14");
        await Ok(await Opd.PostJson($"/api/education/paud/enrolments/{ended}/end", new { endDate = "2026-06-30", status = "withdrawn" }));
        // Kel. Rawa Makmur: one child, enrolled.
        await Enrol(await ChildAsync("2022-02-02", samarinda, RawaMakmur), "kb", "2026-01-05");

        var stillOut = await ChildAsync("2011-01-01");
        var backInSchool = await ChildAsync("2010-05-05");
        var farAway = await ChildAsync("2009-03-03", samarinda, RawaMakmur);
        await Identify(stillOut, "2026-11-05", "cost");
        var resolved = await Identify(backInSchool, "2026-10-01", "work");
        await Ok(await Opd.PostJson($"/api/education/out-of-school/cases/{resolved}/resolve", new { resolvedOn = "2026-11-20", outcome = "returnedToSchool" }));
        await Identify(farAway, "2026-09-09", "distance");
    }

    [Test]
    public async Task Participation_and_out_of_school_children_roll_up_from_posyandu_to_regency()
    {
        using var province = Host.Client([Roles.Dpmd], region: "64"); // sees the counts below the small-cell threshold
        var report = await Ok(await province.GetAsync("/api/education/report?region=64&period=2026-11&groupBy=regency"));

        var total = report.GetProperty("total");
        Assert.That(report.GetProperty("asOf").GetString(), Is.EqualTo("2026-11-30"));
        Assert.That((total.GetProperty("childrenOfPaudAge").GetInt32(), total.GetProperty("enrolledInPaud").GetInt32()), Is.EqualTo((4, 2)));
        Assert.That(total.GetProperty("paudParticipationPercent").GetDouble(), Is.EqualTo(50.0));
        Assert.That(Counts(total, "outOfSchoolIdentified"), Is.EqualTo(new[] { "cost=1" }));
        Assert.That(Counts(total, "outOfSchoolResolved"), Is.EqualTo(new[] { "returnedToSchool=1" }));
        Assert.That(Counts(total, "outOfSchoolOpen"), Is.EqualTo(new[] { "cost=1", "distance=1" }));
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.That(rows.Select(r => r.GetProperty("key").GetString()), Is.EqualTo(new[] { "64.02", "64.72" }));
        Assert.That(rows[0].GetProperty("paudParticipationPercent").GetDouble(), Is.EqualTo(33.3));
        Assert.That(rows[1].GetProperty("paudParticipationPercent").GetDouble(), Is.EqualTo(100.0));
        Assert.That(Counts(rows[1], "outOfSchoolOpen"), Is.EqualTo(new[] { "distance=1" }));
    }

    [Test]
    public async Task Rows_per_posyandu_carry_its_name_and_an_earlier_month_counts_what_was_true_then()
    {
        using var province = Host.Client([Roles.Dpmd], region: "64");
        var november = await Ok(await province.GetAsync("/api/education/report?region=64.02&period=2026-11"));
        var october = await Ok(await province.GetAsync("/api/education/report?region=64.02&period=2026-10&groupBy=posyandu"));

        var row = november.GetProperty("rows").EnumerateArray().Single();
        Assert.That(row.GetProperty("posyanduId").GetGuid(), Is.EqualTo(Posyandu));
        Assert.That(row.GetProperty("name").GetString(), Is.EqualTo("Posyandu Melati"));
        Assert.That(row.GetProperty("childrenOfPaudAge").GetInt32(), Is.EqualTo(3));
        var octoberTotal = october.GetProperty("total");
        Assert.That(octoberTotal.GetProperty("childrenOfPaudAge").GetInt32(), Is.EqualTo(3),
            "on 31 October the youngest was still two and the eldest still six");
        Assert.That(octoberTotal.GetProperty("enrolledInPaud").GetInt32(), Is.EqualTo(0));
        Assert.That(Counts(octoberTotal, "outOfSchoolIdentified"), Is.EqualTo(new[] { "work=1" }));
        Assert.That(Counts(octoberTotal, "outOfSchoolOpen"), Is.EqualTo(new[] { "work=1" }));
    }

    [Test]
    public async Task A_region_outside_the_callers_scope_is_not_found_and_bad_parameters_are_400()
    {
        using var samarinda = Host.Client([Roles.Education], region: "64.72");
        using var kader = Host.Client([Roles.Kader], region: Perian, posyandu: Posyandu, sectors: ["education"]);

        await (await samarinda.GetAsync("/api/education/report?region=64.02&period=2026-11")).ShouldBeProblem(HttpStatusCode.NotFound);
        var ownPart = await Ok(await samarinda.GetAsync("/api/education/report?region=64&period=2026-11"));
        var badPeriod = await (await Opd.GetAsync("/api/education/report?region=64&period=2026-13")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var badLevel = await (await Opd.GetAsync("/api/education/report?region=64&period=2026-11&groupBy=country")).ShouldBeProblem(HttpStatusCode.BadRequest);

        var ownTotal = ownPart.GetProperty("total");
        Assert.That(ownTotal.GetProperty("childrenOfPaudAge").ValueKind, Is.EqualTo(JsonValueKind.Null),
            "a province query shows only the caller's regency, whose one child of PAUD age an OPD sees withheld (small cell)");
        Assert.That((ownTotal.GetProperty("paudParticipationPercent").ValueKind, ownTotal.GetProperty("outOfSchoolOpen").GetProperty("distance").ValueKind),
            Is.EqualTo((JsonValueKind.Null, JsonValueKind.Null)));
        Assert.That(badPeriod.ErrorFields(), Is.EqualTo(new[] { "period" }));
        Assert.That(badLevel.ErrorFields(), Is.EqualTo(new[] { "groupBy" }));
        Assert.That((await kader.GetAsync("/api/education/report?region=64.02&period=2026-11")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<Guid> Enrol(Guid child, string type, string start) =>
        await IdOf(await Opd.PostJson($"/api/education/paud/children/{child}/enrolments", new { institutionName = "PAUD Desa", institutionType = type, startDate = start }));

    private async Task<Guid> Identify(Guid child, string on, string reason) =>
        await IdOf(await Opd.PostJson($"/api/education/out-of-school/children/{child}/cases", new { identifiedOn = on, reason }));

    private static List<string> Counts(JsonElement row, string property) =>
        row.GetProperty(property).EnumerateObject().Select(p => $"{p.Name}={p.Value.GetInt32()}").ToList();
}
