using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Housing.Tests;

/// <summary>Assessing a house: the verdict stored with its reasons, the event for DPMD, superseding, and what is refused.</summary>
public sealed partial class AssessmentTests : HousingFixture
{
    [Test]
    public async Task An_rtlh_assessment_stores_the_verdict_and_reasons_and_tells_dpmd_once()
    {
        var household = await HouseholdAsync();
        var body = Rtlh(Month(1, 12));

        var response = await Kader.PostJson($"/api/housing/households/{household}/assessments", body, idempotencyKey: $"assess-{household}");
        var assessment = await response.ShouldBe<JsonElement>(HttpStatusCode.Created);
        var replay = await Kader.PostJson($"/api/housing/households/{household}/assessments", body, idempotencyKey: $"assess-{household}");

        var id = assessment.GetProperty("id").GetGuid();
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/housing/households/{household}"));
        Assert.That(assessment.GetProperty("isRtlh").GetBoolean(), Is.True);
        Assert.That(Strings(assessment.GetProperty("reasons")), Is.EqualTo(new[] { "overcrowded", "earthOrBambooFloor", "noOwnLatrine" }));
        Assert.That(assessment.GetProperty("areaPerPersonM2").GetDecimal(), Is.EqualTo(6.0m));
        Assert.That((assessment.GetProperty("meetsBuildingSafety").GetBoolean(), assessment.GetProperty("meetsMinimumArea").GetBoolean(),
            assessment.GetProperty("meetsOccupantHealth").GetBoolean()), Is.EqualTo((true, false, false)));
        Assert.That(assessment.GetProperty("floorMaterial").GetString(), Is.EqualTo("earth"), "enums in camelCase");
        Assert.That(replay.Headers.GetValues("Idempotency-Replayed"), Is.EqualTo(new[] { "true" }));
        var published = (await PublishedAsync("HouseAssessed")).Where(e => e.GetProperty("householdId").GetGuid() == household).ToList();
        Assert.That(published, Has.Count.EqualTo(1), "one event, though the request was replayed");
        Assert.That(published[0].GetProperty("assessmentId").GetGuid(), Is.EqualTo(id));
        Assert.That(published[0].GetProperty("posyanduId").GetGuid(), Is.EqualTo(Posyandu));
        Assert.That(published[0].GetProperty("regionCode").GetString(), Is.EqualTo(Perian));
        Assert.That(published[0].GetProperty("isRtlh").GetBoolean(), Is.True);
        Assert.That(published[0].GetProperty("period").GetString(), Is.EqualTo(PeriodOf(Month(1))));
        Assert.That(Strings(published[0].GetProperty("reasons")), Is.EqualTo(new[] { "overcrowded", "earthOrBambooFloor", "noOwnLatrine" }));
        Assert.That(published[0].ToString(), Does.Not.Contain("Siti").And.Not.Contain("floorAreaM2"), "ids, places and facts only");
    }

    [Test]
    public async Task Without_a_number_of_occupants_the_households_living_residents_are_counted()
    {
        var household = await HouseholdAsync(residents: 5);
        var assessment = await (await Kader.PostJson($"/api/housing/households/{household}/assessments",
            House(Month(1), h => { h.Remove("occupants"); h["floorAreaM2"] = 35.99; }))).ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(assessment.GetProperty("occupants").GetInt32(), Is.EqualTo(5));
        Assert.That(assessment.GetProperty("occupantsFromRegistry").GetBoolean(), Is.True);
        Assert.That(assessment.GetProperty("areaPerPersonM2").GetDecimal(), Is.EqualTo(7.19m));
        Assert.That(Strings(assessment.GetProperty("reasons")), Is.EqualTo(new[] { "overcrowded" }), "35.99 m² for five is just below 7.2 m² each");
    }

    [Test]
    public async Task A_later_assessment_supersedes_an_earlier_one_and_one_recorded_late_only_fills_in_the_history()
    {
        var household = await HouseholdAsync();
        var rtlh = await AssessAsync(household, Rtlh(Month(1)));
        var sound = await AssessAsync(household, House(Month(3)));
        var late = await AssessAsync(household, Rtlh(Month(2)));

        var record = await Ok(await Opd.GetAsync($"/api/housing/households/{household}"));

        Assert.That(record.GetProperty("isRtlh").GetBoolean(), Is.False);
        Assert.That(record.GetProperty("assessmentInForceId").GetGuid(), Is.EqualTo(sound));
        var assessments = record.GetProperty("assessments").EnumerateArray().ToList();
        Assert.That(assessments.Select(a => a.GetProperty("details").GetProperty("id").GetGuid()), Is.EqualTo(new[] { sound, late, rtlh }), "newest first");
        Assert.That(assessments.Select(a => a.GetProperty("inForce").GetBoolean()), Is.EqualTo(new[] { true, false, false }));
        Assert.That(record.GetProperty("registeredOn").GetString(), Is.EqualTo(Iso(RegistrationDay)));
        Assert.That(record.GetProperty("registeredOccupants").GetInt32(), Is.EqualTo(4));
    }

    [Test]
    public async Task A_survey_older_than_the_households_registration_here_is_accepted()
    {
        var household = await HouseholdAsync();

        var survey = await AssessAsync(household, Rtlh(RegistrationDay.AddMonths(-8)));

        var record = await Ok(await Opd.GetAsync($"/api/housing/households/{household}"));
        Assert.That(record.GetProperty("assessmentInForceId").GetGuid(), Is.EqualTo(survey));
        Assert.That(record.GetProperty("isRtlh").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Bad_assessments_are_refused_with_a_problem_and_store_nothing()
    {
        var household = await HouseholdAsync();
        var empty = await HouseholdAsync(residents: 0);
        var before = await CountAsync();
        var url = $"/api/housing/households/{household}/assessments";

        await (await Kader.PostJson($"/api/housing/households/{Guid.NewGuid()}/assessments", House(Month(1)))).ShouldBeProblem(HttpStatusCode.NotFound);
        var future = await (await Kader.PostJson(url, House(Today.AddDays(1)))).ShouldBeProblem(HttpStatusCode.BadRequest);
        var noArea = await (await Kader.PostJson(url, House(Month(1), h => h["floorAreaM2"] = 0))).ShouldBeProblem(HttpStatusCode.BadRequest);
        var palace = await (await Kader.PostJson(url, House(Month(1), h => h["floorAreaM2"] = 2000.01))).ShouldBeProblem(HttpStatusCode.BadRequest);
        var nobody = await (await Kader.PostJson(url, House(Month(1), h => h["occupants"] = 0))).ShouldBeProblem(HttpStatusCode.BadRequest);
        var missing = await (await Kader.PostJson(url, House(Month(1), h => { h.Remove("foundation"); h.Remove("water"); }))).ShouldBeProblem(HttpStatusCode.BadRequest);
        var unknownCondition = await (await Kader.PostJson(url, House(Month(1), h => h["foundation"] = "collapsed"))).ShouldBeProblem(HttpStatusCode.BadRequest);
        var noOccupantsKnown = await (await Kader.PostJson($"/api/housing/households/{empty}/assessments", House(Month(1), h => h.Remove("occupants"))))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        using var malformed = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent("{ \"assessedOn\": ", System.Text.Encoding.UTF8, "application/json") };
        await (await Kader.SendAsync(malformed)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(future.ErrorFields(), Is.EqualTo(new[] { "assessedOn" }));
        Assert.That(noArea.ErrorFields(), Is.EqualTo(new[] { "floorAreaM2" }));
        Assert.That(palace.ErrorFields(), Is.EqualTo(new[] { "floorAreaM2" }));
        Assert.That(nobody.ErrorFields(), Is.EqualTo(new[] { "occupants" }));
        Assert.That(missing.ErrorFields(), Is.EquivalentTo(new[] { "foundation", "water" }));
        Assert.That(missing.GetProperty("errors").GetProperty("foundation")[0].GetString(), Does.Contain("good, minorDamage, moderateDamage, severeDamage"));
        Assert.That(unknownCondition.GetProperty("status").GetInt32(), Is.EqualTo(400));
        Assert.That(noOccupantsKnown.ErrorFields(), Is.EqualTo(new[] { "occupants" }));
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Writers_outside_the_households_region_or_sector_cannot_assess_it()
    {
        var household = await HouseholdAsync();
        using var samarinda = Host.Client([Roles.Housing], region: "64.72");
        using var healthKader = Host.Client([Roles.Kader], region: Perian, posyandu: Posyandu, sectors: ["health"]);
        using var otherKader = Host.Client([Roles.Kader], region: Perian, posyandu: Guid.NewGuid(), sectors: ["housing"]);
        using var education = Host.Client([Roles.Education], region: "64");
        var before = await CountAsync();

        await (await samarinda.PostJson($"/api/housing/households/{household}/assessments", Rtlh(Month(1)))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await otherKader.PostJson($"/api/housing/households/{household}/assessments", Rtlh(Month(1)))).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.That((await healthKader.PostJson($"/api/housing/households/{household}/assessments", Rtlh(Month(1)))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await education.PostJson($"/api/housing/households/{household}/assessments", Rtlh(Month(1)))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        await (await samarinda.GetAsync($"/api/housing/households/{household}")).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Reading_a_households_record_is_audited()
    {
        var household = await HouseholdAsync();
        await Ok(await Opd.GetAsync($"/api/housing/households/{household}"));

        var reads = await InDatabase(db => db.AuditEntries.AsNoTracking().CountAsync(a => a.EntityId == household.ToString() && a.Action == "read"));

        Assert.That(reads, Is.EqualTo(1));
    }

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();
}
