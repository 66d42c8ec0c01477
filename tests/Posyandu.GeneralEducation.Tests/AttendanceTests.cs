using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.GeneralEducation.Tests;

/// <summary>
/// Attendance and <c>pm-peserta</c>: unique residents per month (not attendances), a resident from outside the Posyandu's
/// area welcome and counted apart, guests counted, knowledge gain from pre/post tests; and the module's monthly report.
/// </summary>
public sealed class AttendanceTests : GeneralEducationFixture
{
    private Guid _ani;
    private Guid _budi;
    private Guid _visitor;
    private Guid _samarinda;
    private Guid _first;
    private Guid _second;

    /// <summary>
    /// Month 1 at Posyandu Melati (Perian): on the 5th Ani, Budi and a visitor from Samarinda (tested: +30, +10, +20),
    /// 3 guests; on the 20th Ani and the visitor again. Month 2: Ani once more.
    /// </summary>
    protected override async Task SeedAsync()
    {
        _ani = await ResidentAsync();
        _budi = await ResidentAsync();
        Guid household;
        (_samarinda, household) = await PosyanduAsync(RawaMakmur, "Posyandu Flamboyan");
        _visitor = await ResidentAsync(household, RawaMakmur);
        At(Month(1, 20));
        _first = await ActivityAsync(Month(1, 5));
        await Ok(await AttendAsync(_first, [Attendee(_ani, 40, 70), Attendee(_budi, 50, 60), Attendee(_visitor, 30, 50)], guests: 3));
        _second = await ActivityAsync(Month(1, 20), topic: "cuci-tangan", client: Kader);
        await Ok(await AttendAsync(_second, [Attendee(_ani), Attendee(_visitor)]));
        At(Month(2, 6));
        await Ok(await AttendAsync(await ActivityAsync(Month(2, 6), topic: "hoaks"), [Attendee(_ani)]));
    }

    [Test]
    public async Task A_resident_attending_twice_in_a_month_counts_once_and_a_visitor_counts_at_home()
    {
        Assert.That((await ScorecardAsync("64", Month(1), "pm-peserta")).Numerator, Is.EqualTo(3), "Ani, Budi and the visitor: 5 attendances, 3 residents");
        Assert.That((await ScorecardAsync(Perian, Month(1), "pm-peserta")).Numerator, Is.EqualTo(2), "Perian's own residents");
        Assert.That((await ScorecardAsync(RawaMakmur, Month(1), "pm-peserta")).Numerator, Is.EqualTo(1), "the visitor, at home");
        Assert.That((await ScorecardAsync("64", Month(2), "pm-peserta")).Numerator, Is.EqualTo(1));
    }

    [Test]
    public async Task The_kader_records_a_visitor_from_outside_the_area_who_is_shown_apart()
    {
        var activity = await Ok(await Kader.GetAsync($"/api/generaleducation/activities/{_first}"));

        Assert.That(activity.GetProperty("status").GetString(), Is.EqualTo("held"));
        Assert.That((activity.GetProperty("attendees").GetInt32(), activity.GetProperty("attendeesFromOutsideArea").GetInt32(), activity.GetProperty("guests").GetInt32()),
            Is.EqualTo((3, 1, 3)));
        Assert.That((activity.GetProperty("tested").GetInt32(), activity.GetProperty("meanKnowledgeGain").GetDouble()), Is.EqualTo((3, 20.0)));
        Assert.That(activity.GetProperty("sectorTag").GetString(), Is.EqualTo("kesehatan-gizi"));
        var visitor = activity.GetProperty("attendance").EnumerateArray().Single(a => a.GetProperty("residentId").GetGuid() == _visitor);
        Assert.That(visitor.GetProperty("fromOutsideArea").GetBoolean(), Is.True);
        Assert.That(activity.ToString(), Does.Not.Contain("Siti"), "residents by id, no names");
    }

    [Test]
    public async Task The_monthly_report_rolls_up_from_posyandu_to_regency()
    {
        using var province = Host.Client([Roles.Dpmd], region: "64"); // sees the counts below the small-cell threshold
        var byPosyandu = await Ok(await province.GetAsync($"/api/generaleducation/report?region=64&period={PeriodOf(Month(1))}"));
        var byRegency = await Ok(await province.GetAsync($"/api/generaleducation/report?region=64&period={PeriodOf(Month(1))}&groupBy=regency"));

        var total = byPosyandu.GetProperty("total");
        Assert.That((total.GetProperty("activitiesHeld").GetInt32(), total.GetProperty("participants").GetInt32(), total.GetProperty("attendances").GetInt32()), Is.EqualTo((2, 3, 5)));
        Assert.That((total.GetProperty("participantsFromOutside").GetInt32(), total.GetProperty("guests").GetInt32()), Is.EqualTo((1, 3)));
        Assert.That((total.GetProperty("tested").GetInt32(), total.GetProperty("meanKnowledgeGain").GetDouble()), Is.EqualTo((3, 20.0)));
        Assert.That(Counts(total.GetProperty("activitiesBySector")), Is.EqualTo(new[] { "kesehatan-gizi=1", "phbs-lingkungan=1" }));
        var melati = byPosyandu.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == Posyandu.ToString());
        Assert.That(melati.GetProperty("name").GetString(), Is.EqualTo("Posyandu Melati"));
        Assert.That((melati.GetProperty("participants").GetInt32(), melati.GetProperty("participantsFromOutside").GetInt32()), Is.EqualTo((2, 1)),
            "its own residents, and the visitor apart");
        var flamboyan = byPosyandu.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == _samarinda.ToString());
        Assert.That((flamboyan.GetProperty("participants").GetInt32(), flamboyan.GetProperty("activitiesHeld").GetInt32()), Is.EqualTo((1, 0)));
        Assert.That(byRegency.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()), Is.EqualTo(new[] { "64.02", "64.72" }));
    }

    /// <summary>
    /// The OPD of the province is below DPMD of the province (threshold 2 here, 5 by default): Flamboyan's one participant
    /// is withheld and so are Melati's two, else the total of three less two gives the one away; the total is shown.
    /// </summary>
    [Test]
    public async Task The_monthly_report_withholds_a_small_cell_and_its_complement_below_dpmd_of_the_province()
    {
        JsonElement report;
        using (Host.SmallCellThreshold(2))
        {
            report = await Ok(await Opd.GetAsync($"/api/generaleducation/report?region=64&period={PeriodOf(Month(1))}"));
        }

        var rows = report.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        Assert.That(report.GetProperty("total").GetProperty("participants").GetInt32(), Is.EqualTo(3));
        Assert.That((rows[_samarinda.ToString()].GetProperty("participants").ValueKind, rows[Posyandu.ToString()].GetProperty("participants").ValueKind),
            Is.EqualTo((JsonValueKind.Null, JsonValueKind.Null)), "Flamboyan's one withheld, and Melati's two with it");
        Assert.That(report.GetProperty("total").GetProperty("participantsFromOutside").ValueKind, Is.EqualTo(JsonValueKind.Null), "one visitor: withheld in the total too");
        Assert.That(rows[Posyandu.ToString()].GetProperty("meanKnowledgeGain").GetDouble(), Is.EqualTo(20.0), "three tested at Melati: not small at 2, the mean stays");
    }

    [Test]
    public async Task A_correction_replaces_the_list_and_a_resident_still_attending_elsewhere_in_the_month_stays_counted()
    {
        At(Month(3, 10));
        var early = await ActivityAsync(Month(3, 2), topic: "jamban-sehat");
        var late = await ActivityAsync(Month(3, 4), topic: "psn-dbd");
        await Ok(await AttendAsync(early, [Attendee(_budi)]));
        await Ok(await AttendAsync(late, [Attendee(_budi), Attendee(_ani)]));
        await Ok(await AttendAsync(late, [Attendee(_ani)])); // Budi was not there after all

        Assert.That((await ScorecardAsync("64", Month(3), "pm-peserta")).Numerator, Is.EqualTo(2), "Budi still came on the 2nd");
        await Ok(await AttendAsync(early, [], guests: 4)); // nor on the 2nd: guests only
        Assert.That((await ScorecardAsync("64", Month(3), "pm-peserta")).Numerator, Is.EqualTo(1), "only Ani");
        var read = await Ok(await Kader.GetAsync($"/api/generaleducation/activities/{late}"));
        Assert.That(read.GetProperty("attendance").EnumerateArray().Select(a => a.GetProperty("residentId").GetGuid()), Is.EqualTo(new[] { _ani }));
    }

    [Test]
    public async Task Bad_attendance_is_a_400_or_422_problem()
    {
        var duplicate = await (await AttendAsync(_second, [Attendee(_ani), Attendee(_ani)])).ShouldBeProblem(HttpStatusCode.BadRequest);
        var score = await (await AttendAsync(_second, [Attendee(_ani, 10, 101)])).ShouldBeProblem(HttpStatusCode.BadRequest);
        var missing = await (await Kader.PostJson($"/api/generaleducation/activities/{_second}/attendance", new { guests = 2 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await AttendAsync(_second, [Attendee(Guid.NewGuid())])).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await AttendAsync(_second, [])).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await AttendAsync(Guid.NewGuid(), [Attendee(_ani)])).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That(duplicate.ErrorFields(), Is.EqualTo(new[] { "attendees" }));
        Assert.That(score.ErrorFields(), Is.EqualTo(new[] { "attendees" }));
        Assert.That(missing.ErrorFields(), Is.EqualTo(new[] { "attendees" }));
    }

    [Test]
    public async Task Activities_are_listed_per_posyandu_and_sector_and_the_catalogue_is_served()
    {
        var month = await Ok(await Kader.GetAsync($"/api/generaleducation/posyandu/{Posyandu}/activities?from={Iso(Month(1))}&to={Iso(Month(2).AddDays(-1))}"));
        var health = await Ok(await Kader.GetAsync($"/api/generaleducation/posyandu/{Posyandu}/activities?from={Iso(Month(1))}&to={Iso(Month(2).AddDays(-1))}&sector=kesehatan-gizi"));
        using var anyone = Host.Client([Roles.Housing], region: "64.72");
        var catalogue = await Ok(await anyone.GetAsync("/api/generaleducation/topics"));
        var backwards = await (await Kader.GetAsync($"/api/generaleducation/posyandu/{Posyandu}/activities?from={Iso(Month(2))}&to={Iso(Month(1))}")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(month.EnumerateArray().Select(a => a.GetProperty("id").GetGuid()), Is.SupersetOf(new[] { _second, _first }));
        Assert.That(month.EnumerateArray().First().GetProperty("date").GetString(), Is.GreaterThanOrEqualTo(Iso(Month(1, 20))), "newest first");
        Assert.That(health.EnumerateArray().Select(a => a.GetProperty("sectorTag").GetString()).Distinct(), Is.EqualTo(new[] { "kesehatan-gizi" }));
        Assert.That(catalogue.GetProperty("sectors").EnumerateArray().Select(s => s.GetProperty("tag").GetString()), Is.EqualTo(new[]
        {
            "kesehatan-gizi", "phbs-lingkungan", "bencana-trantibum", "gender-inklusi", "literasi-digital", "pengasuhan-bkb", "keterampilan",
        }));
        Assert.That(catalogue.GetProperty("topics").GetArrayLength(), Is.GreaterThan(20));
        Assert.That(backwards.ErrorFields(), Is.EqualTo(new[] { "to" }));
    }

    [Test]
    public async Task A_region_outside_the_callers_scope_is_not_found_and_bad_parameters_are_400()
    {
        using var samarinda = Host.Client([Roles.GeneralEducation], region: "64.72");

        await (await samarinda.GetAsync($"/api/generaleducation/report?region=64.02&period={PeriodOf(Month(1))}")).ShouldBeProblem(HttpStatusCode.NotFound);
        JsonElement own;
        using (Host.SmallCellThreshold(1)) // nothing withheld: this test is about scope
        {
            own = await Ok(await samarinda.GetAsync($"/api/generaleducation/report?region=64&period={PeriodOf(Month(1))}"));
        }

        var badPeriod = await (await Opd.GetAsync("/api/generaleducation/report?region=64&period=2026-13")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var badLevel = await (await Opd.GetAsync($"/api/generaleducation/report?region=64&period={PeriodOf(Month(1))}&groupBy=country")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(own.GetProperty("total").GetProperty("participants").GetInt32(), Is.EqualTo(1), "only Samarinda's resident, counted at home");
        Assert.That(own.GetProperty("total").GetProperty("activitiesHeld").GetInt32(), Is.Zero);
        Assert.That(badPeriod.ErrorFields(), Is.EqualTo(new[] { "period" }));
        Assert.That(badLevel.ErrorFields(), Is.EqualTo(new[] { "groupBy" }));
        Assert.That((await Kader.GetAsync($"/api/generaleducation/report?region=64.02&period={PeriodOf(Month(1))}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_held_activity_is_published_without_names()
    {
        var held = (await PublishedAsync("ActivityHeld")).Single(e => e.GetProperty("activityId").GetGuid() == _first);

        Assert.That((held.GetProperty("attendees").GetInt32(), held.GetProperty("attendeesFromOutsideArea").GetInt32(), held.GetProperty("guests").GetInt32()), Is.EqualTo((3, 1, 3)));
        Assert.That(held.ToString(), Does.Not.Contain("Siti").And.Not.Contain("Bidan"));
    }

    private static List<string> Counts(JsonElement counts) => counts.EnumerateObject().Select(p => $"{p.Name}={p.Value.GetInt32()}").ToList();
}
