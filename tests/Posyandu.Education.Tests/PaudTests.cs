using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Education.Tests;

/// <summary>PAUD enrolments and the "PAUD age, not enrolled" worklist, on Education's projection of the registry.</summary>
public sealed class PaudTests : EducationFixture
{
    [Test]
    public async Task An_enrolment_is_stored_with_the_childs_posyandu_and_published_without_the_name()
    {
        var child = await ChildAsync("2022-04-02", name: "Anisa Rahmawati");

        var enrolment = await (await Kader.PostJson($"/api/education/paud/children/{child}/enrolments",
            new { institutionName = "TK Pertiwi Perian", npsn = "30401234", institutionType = "tk", startDate = "2026-07-13" })).ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(enrolment.GetProperty("posyanduId").GetGuid(), Is.EqualTo(Posyandu));
        Assert.That(enrolment.GetProperty("regionCode").GetString(), Is.EqualTo(Perian));
        Assert.That(enrolment.GetProperty("status").GetString(), Is.EqualTo("active"));
        var started = (await PublishedAsync("PaudEnrolmentStarted")).Single(e => e.GetProperty("residentId").GetGuid() == child);
        Assert.That(started.GetProperty("institutionType").GetString(), Is.EqualTo("tk"));
        Assert.That(started.GetProperty("period").GetString(), Is.EqualTo("2026-07"));
        Assert.That(started.GetProperty("ageMonths").GetInt32(), Is.EqualTo(51));
        Assert.That(started.GetProperty("regionCode").GetString(), Is.EqualTo(Perian));
        Assert.That(started.ToString(), Does.Not.Contain("Anisa"), "no names in the event");
    }

    [Test]
    public async Task Ending_an_enrolment_publishes_the_end_and_the_child_is_of_paud_age_and_not_enrolled_again()
    {
        var child = await ChildAsync("2021-09-30");
        var id = await IdOf(await Kader.PostJson($"/api/education/paud/children/{child}/enrolments",
            new { institutionName = "KB Melati", institutionType = "kb", startDate = "2025-01-06" }));
        Assert.That(await NotEnrolledAsync("2026-10-01"), Does.Not.Contain(child));

        var ended = await Ok(await Kader.PostJson($"/api/education/paud/enrolments/{id}/end", new { endDate = "2026-10-15", status = "withdrawn" }));

        Assert.That(ended.GetProperty("status").GetString(), Is.EqualTo("withdrawn"));
        var published = (await PublishedAsync("PaudEnrolmentEnded")).Single(e => e.GetProperty("enrolmentId").GetGuid() == id);
        Assert.That(published.GetProperty("status").GetString(), Is.EqualTo("withdrawn"));
        Assert.That(published.GetProperty("period").GetString(), Is.EqualTo("2026-10"));
        Assert.That(await NotEnrolledAsync("2026-10-15"), Does.Not.Contain(child), "still attending on the last day");
        Assert.That(await NotEnrolledAsync("2026-10-16"), Does.Contain(child));
        await (await Kader.PostJson($"/api/education/paud/enrolments/{id}/end", new { endDate = "2026-10-20", status = "completed" })).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task A_child_who_turns_three_appears_in_the_worklist_on_the_birthday_without_any_manual_step()
    {
        var child = await ChildAsync("2023-12-15");

        Assert.That(await NotEnrolledAsync("2026-12-14"), Does.Not.Contain(child), "two the day before the birthday");
        Assert.That(await NotEnrolledAsync("2026-12-15"), Does.Contain(child), "three on the birthday");
        Assert.That(await NotEnrolledAsync("2030-12-14"), Does.Contain(child), "six the day before the 7th birthday");
        Assert.That(await NotEnrolledAsync("2030-12-15"), Does.Not.Contain(child), "seven: school age");
        Assert.That(await NotEnrolledAsync("2026-06-01", fromAge: 0), Does.Contain(child), "BKB villages count from birth");
    }

    [Test]
    public async Task The_worklist_is_per_posyandu_and_aKader_sees_only_their_own()
    {
        var (otherPosyandu, otherHousehold) = await PosyanduWithHouseholdAsync("64.02.01.2002", "Posyandu Mawar");
        var here = await ChildAsync("2022-01-20");
        var there = await ChildAsync("2022-01-21", otherHousehold, "64.02.01.2002");

        var mine = await Ok(await Kader.GetAsync("/api/education/paud/not-enrolled?date=2026-11-01"));
        var theirs = await Ok(await Opd.GetAsync($"/api/education/paud/not-enrolled?date=2026-11-01&posyanduId={otherPosyandu}"));

        var ids = mine.EnumerateArray().Select(c => c.GetProperty("residentId").GetGuid()).ToList();
        Assert.That(ids, Does.Contain(here).And.Not.Contain(there));
        Assert.That(theirs.EnumerateArray().Select(c => c.GetProperty("residentId").GetGuid()), Is.EqualTo(new[] { there }));
        var row = mine.EnumerateArray().Single(c => c.GetProperty("residentId").GetGuid() == here);
        Assert.That(row.GetProperty("ageYears").GetInt32(), Is.EqualTo(4));
        Assert.That(row.GetProperty("ageMonths").GetInt32(), Is.EqualTo(57));
    }

    [Test]
    public async Task The_worklist_follows_the_registry_a_move_keeps_the_enrolment_running_and_a_death_removes_the_child()
    {
        var (newPosyandu, newHousehold) = await PosyanduWithHouseholdAsync("64.02.01.2004", "Posyandu Kenanga");
        var movesEnrolled = await ChildAsync("2022-05-05");
        var movesNotEnrolled = await ChildAsync("2022-06-06");
        var dies = await ChildAsync("2022-07-07");
        await IdOf(await Kader.PostJson($"/api/education/paud/children/{movesEnrolled}/enrolments",
            new { institutionName = "SPS Posyandu Melati", institutionType = "sps", startDate = "2026-02-02" }));
        Assert.That(await NotEnrolledAsync("2026-11-01"), Does.Contain(dies));

        await Ok(await Admin.PostJson($"/api/registry/residents/{movesEnrolled}/move", new { householdId = newHousehold }));
        await Ok(await Admin.PostJson($"/api/registry/residents/{movesNotEnrolled}/move", new { householdId = newHousehold }));
        await Ok(await Admin.PostJson($"/api/registry/residents/{dies}/death", new { dateOfDeath = "2026-10-01" }));
        await DeliverRegistryEventsAsync();
        using var newKader = Host.Client([Roles.Kader], region: "64.02.01.2004", posyandu: newPosyandu, sectors: ["education"]);
        var there = await Ok(await newKader.GetAsync("/api/education/paud/not-enrolled?date=2026-11-01"));

        Assert.That(there.EnumerateArray().Select(c => c.GetProperty("residentId").GetGuid()), Is.EqualTo(new[] { movesNotEnrolled }),
            "the enrolment recorded at the old Posyandu still counts");
        Assert.That(await NotEnrolledAsync("2026-11-01"), Does.Not.Contain(dies).And.Not.Contain(movesNotEnrolled));
        await (await newKader.PostJson($"/api/education/paud/children/{movesEnrolled}/enrolments",
            new { institutionName = "TK Kenanga", institutionType = "tk", startDate = "2026-11-02" })).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Enrolments_are_listed_by_child_and_by_day()
    {
        var child = await ChildAsync("2021-05-05");
        var first = await IdOf(await Kader.PostJson($"/api/education/paud/children/{child}/enrolments",
            new { institutionName = "TPA Cahaya", institutionType = "tpa", startDate = "2024-01-08", endDate = "2025-06-30", endStatus = "completed" }));
        var second = await IdOf(await Kader.PostJson($"/api/education/paud/children/{child}/enrolments",
            new { institutionName = "TK Pertiwi", institutionType = "tk", startDate = "2025-07-14" }));

        var all = await Ok(await Opd.GetAsync($"/api/education/paud/enrolments?residentId={child}"));
        var running = await Ok(await Opd.GetAsync($"/api/education/paud/enrolments?residentId={child}&activeOn=2025-03-01"));

        Assert.That(all.EnumerateArray().Select(e => e.GetProperty("id").GetGuid()), Is.EqualTo(new[] { second, first }));
        Assert.That(running.EnumerateArray().Select(e => e.GetProperty("id").GetGuid()), Is.EqualTo(new[] { first }));
        Assert.That((await PublishedAsync("PaudEnrolmentEnded")).Count(e => e.GetProperty("enrolmentId").GetGuid() == first), Is.EqualTo(1),
            "a past enrolment recorded with its end publishes the end too");
    }

    [Test]
    public async Task Bad_enrolments_are_refused_with_a_problem_and_store_nothing()
    {
        var teenager = await ChildAsync("2011-03-01");
        var toddler = await ChildAsync("2023-02-01");
        var enrolled = await ChildAsync("2022-02-01");
        var running = await IdOf(await Kader.PostJson($"/api/education/paud/children/{enrolled}/enrolments",
            new { institutionName = "SPS Posyandu Melati", institutionType = "sps", startDate = "2026-01-05" }));
        var (enrolments, events) = await CountAsync();
        var good = new { institutionName = "KB Melati", institutionType = "kb", startDate = "2026-07-13" };

        await (await Kader.PostJson($"/api/education/paud/children/{Guid.NewGuid()}/enrolments", good)).ShouldBeProblem(HttpStatusCode.NotFound);
        var tooOld = await (await Kader.PostJson($"/api/education/paud/children/{teenager}/enrolments", good)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var endBeforeStart = await (await Kader.PostJson($"/api/education/paud/children/{toddler}/enrolments",
            new { institutionName = "KB Melati", institutionType = "kb", startDate = "2026-07-13", endDate = "2026-07-01" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var badNpsn = await (await Kader.PostJson($"/api/education/paud/children/{toddler}/enrolments",
            new { institutionName = "KB Melati", npsn = "1234", institutionType = "kb", startDate = "2026-07-13" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var badType = await (await Kader.PostJson($"/api/education/paud/children/{toddler}/enrolments",
            new { institutionName = "KB Melati", institutionType = "sd", startDate = "2026-07-13" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await Kader.PostJson($"/api/education/paud/children/{enrolled}/enrolments", good)).ShouldBeProblem(HttpStatusCode.Conflict);
        var endingBeforeStart = await (await Kader.PostJson($"/api/education/paud/enrolments/{running}/end", new { endDate = "2025-12-31", status = "completed" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await Kader.PostJson($"/api/education/paud/enrolments/{Guid.NewGuid()}/end", new { endDate = "2026-10-01", status = "completed" })).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That(tooOld.GetProperty("detail").GetString(), Does.Contain("15"));
        Assert.That(endBeforeStart.ErrorFields(), Is.EqualTo(new[] { "endDate" }));
        Assert.That(badNpsn.ErrorFields(), Is.EqualTo(new[] { "npsn" }));
        Assert.That(badType.ErrorFields(), Is.EqualTo(new[] { "institutionType" }));
        Assert.That(endingBeforeStart.ErrorFields(), Is.EqualTo(new[] { "endDate" }));
        Assert.That(await CountAsync(), Is.EqualTo((enrolments, events)));
        var stillRunning = await InDatabase(db => db.Enrolments.AsNoTracking().SingleAsync(e => e.Id == running));
        Assert.That(stillRunning.EndDate, Is.Null);
    }

    [Test]
    public async Task Only_education_writes_enrolments()
    {
        var child = await ChildAsync("2022-08-08");
        using var healthKader = Host.Client([Roles.Kader], region: Perian, posyandu: Posyandu, sectors: ["health"]);
        using var health = Host.Client([Roles.Health], region: "64");
        var body = new { institutionName = "KB Melati", institutionType = "kb", startDate = "2026-07-13" };

        Assert.That((await healthKader.PostJson($"/api/education/paud/children/{child}/enrolments", body)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await health.PostJson($"/api/education/paud/children/{child}/enrolments", body)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private Task<(int Enrolments, int Events)> CountAsync() =>
        InDatabase(async db => (await db.Enrolments.CountAsync(), await db.OutboxMessages.CountAsync()));

    private async Task<List<Guid>> NotEnrolledAsync(string date, int? fromAge = null)
    {
        var list = await Ok(await Opd.GetAsync($"/api/education/paud/not-enrolled?posyanduId={Posyandu}&date={date}{(fromAge is { } age ? $"&fromAge={age}" : "")}"));
        return list.EnumerateArray().Select(c => c.GetProperty("residentId").GetGuid()).ToList();
    }
}
