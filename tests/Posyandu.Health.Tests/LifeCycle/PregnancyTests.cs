using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Health.Tests.LifeCycle;

/// <summary>Pregnant women (ibu hamil) at the Posyandu: registration from HPHT, antenatal checks, closing.</summary>
public sealed class PregnancyTests
{
    private LifeCycleWorld _world = null!;

    private HttpClient Kader => _world.Kader;

    [OneTimeSetUp]
    public async Task Start() => _world = await LifeCycleWorld.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _world.DisposeAsync();

    [Test]
    public async Task Registration_dates_the_pregnancy_flags_age_and_kek_risk_and_publishes_pregnancy_registered_once()
    {
        var rina = await _world.ResidentAsync("Rina Marlina", "female", "2008-06-15");

        var pregnancy = await (await Kader.PostJson("/api/health/pregnancies", new { residentId = rina, hpht = "2026-08-01", registeredOn = "2026-11-10", muacCm = 22.0 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(pregnancy.GetProperty("gestationalWeeksAtRegistration").GetInt32(), Is.EqualTo(14));
        Assert.That(pregnancy.GetProperty("estimatedDueDate").GetString(), Is.EqualTo("2027-05-08"));
        Assert.That(pregnancy.GetProperty("motherAgeYears").GetInt32(), Is.EqualTo(18));
        Assert.That(pregnancy.GetProperty("ageRisk").GetBoolean(), Is.True, "18 years: terlalu muda");
        Assert.That(pregnancy.GetProperty("kekRisk").GetBoolean(), Is.True, "LiLA 22 cm");
        var published = (await _world.EventsAsync("PregnancyRegistered", pregnancy.GetProperty("id").GetGuid())).Single();
        Assert.That(published.GetProperty("residentId").GetGuid(), Is.EqualTo(rina));
        Assert.That(published.GetProperty("posyanduId").GetGuid(), Is.EqualTo(_world.Posyandu));
        Assert.That(published.GetProperty("regionCode").GetString(), Is.EqualTo(LifeCycleWorld.Perian));
        Assert.That(published.GetProperty("period").GetString(), Is.EqualTo("2026-11"));
        Assert.That(published.GetProperty("gestationalWeeks").GetInt32(), Is.EqualTo(14));
        Assert.That(published.GetProperty("kekRisk").GetBoolean(), Is.True);
        Assert.That(published.ToString(), Does.Not.Contain("Rina"), "no names in the event");
    }

    [Test]
    public async Task An_antenatal_check_flags_kek_anaemia_and_hypertension_at_their_cut_offs_and_marks_the_pregnancy()
    {
        var siti = await _world.ResidentAsync("Siti Aminah", "female", "1998-03-12");
        var pregnancyId = await LifeCycleWorld.IdOf(await Kader.PostJson("/api/health/pregnancies", new { residentId = siti, hpht = "2026-06-01", registeredOn = "2026-09-01" }));
        var registered = (await _world.EventsAsync("PregnancyRegistered", pregnancyId)).Single();

        var check = await (await Kader.PostJson($"/api/health/pregnancies/{pregnancyId}/checks",
                new { checkedOn = "2026-11-10", weightKg = 58.5, systolicMmHg = 140, diastolicMmHg = 85, muacCm = 23.5, hbGPerDl = 10.9, ironTabletsGiven = 30 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(registered.GetProperty("kekRisk").ValueKind, Is.EqualTo(JsonValueKind.Null), "LiLA not measured at registration: unknown, not 'no risk'");
        Assert.That(registered.GetProperty("ageRisk").GetBoolean(), Is.False, "28 years");
        Assert.That(check.GetProperty("gestationalWeeks").GetInt32(), Is.EqualTo(23));
        Assert.That(check.GetProperty("kekRisk").GetBoolean(), Is.False, "LiLA 23.5 is not below 23.5");
        Assert.That(check.GetProperty("anaemia").GetBoolean(), Is.True, "Hb 10.9 < 11");
        Assert.That(check.GetProperty("hypertension").GetBoolean(), Is.True, "systolic 140");
        var record = await (await Kader.GetAsync($"/api/health/pregnancies/{pregnancyId}")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        Assert.That(record.GetProperty("pregnancy").GetProperty("anaemia").GetBoolean(), Is.True);
        Assert.That(record.GetProperty("pregnancy").GetProperty("hypertension").GetBoolean(), Is.True);
        Assert.That(record.GetProperty("pregnancy").GetProperty("kekRisk").GetBoolean(), Is.False);
        Assert.That(record.GetProperty("checks").GetArrayLength(), Is.EqualTo(1));
        var published = (await _world.EventsAsync("AntenatalCheckRecorded", check.GetProperty("id").GetGuid())).Single();
        Assert.That(published.GetProperty("anaemia").GetBoolean(), Is.True);
        Assert.That(published.GetProperty("kekRisk").GetBoolean(), Is.False);
        Assert.That(published.GetProperty("ironTabletsGiven").GetInt32(), Is.EqualTo(30));
        Assert.That(published.GetProperty("period").GetString(), Is.EqualTo("2026-11"));
    }

    [Test]
    public async Task A_closed_pregnancy_cannot_be_closed_again_nor_checked_and_the_woman_may_register_a_new_one()
    {
        var dewi = await _world.ResidentAsync("Dewi Lestari", "female", "1988-09-09");
        var pregnancyId = await LifeCycleWorld.IdOf(await Kader.PostJson("/api/health/pregnancies", new { residentId = dewi, hpht = "2026-03-01", registeredOn = "2026-04-20" }));

        await (await Kader.PostJson("/api/health/pregnancies", new { residentId = dewi, hpht = "2026-03-01", registeredOn = "2026-05-01" })).ShouldBeProblem(HttpStatusCode.Conflict);
        var closed = await (await Kader.PostJson($"/api/health/pregnancies/{pregnancyId}/close", new { outcome = "birth", endedOn = "2026-11-20" }))
            .ShouldBe<JsonElement>(HttpStatusCode.OK);
        await (await Kader.PostJson($"/api/health/pregnancies/{pregnancyId}/close", new { outcome = "other", endedOn = "2026-11-21" })).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await Kader.PostJson($"/api/health/pregnancies/{pregnancyId}/checks", new { checkedOn = "2026-11-21", weightKg = 60.0 })).ShouldBeProblem(HttpStatusCode.Conflict);

        Assert.That(closed.GetProperty("outcome").GetString(), Is.EqualTo("birth"));
        Assert.That(closed.GetProperty("endedOn").GetString(), Is.EqualTo("2026-11-20"));
        var published = (await _world.EventsAsync("PregnancyClosed", pregnancyId)).Single();
        Assert.That(published.GetProperty("outcome").GetString(), Is.EqualTo("birth"));
        await LifeCycleWorld.IdOf(await Kader.PostJson("/api/health/pregnancies", new { residentId = dewi, hpht = "2026-11-22", registeredOn = "2026-11-24" }));
    }

    [Test]
    public async Task Registrations_for_the_wrong_person_or_with_impossible_values_are_refused_and_store_nothing()
    {
        var budi = await _world.ResidentAsync("Budi Santoso", "male", "1986-01-20");
        var ayu = await _world.ResidentAsync("Ayu Lestari", "female", "2018-04-04");
        var maryam = await _world.ResidentAsync("Maryam", "female", "1960-02-02");
        var wati = await _world.ResidentAsync("Wati", "female", "1995-05-05");
        var before = await _world.CountAsync();

        await (await Kader.PostJson("/api/health/pregnancies", new { residentId = budi, hpht = "2026-08-01", registeredOn = "2026-11-10" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await Kader.PostJson("/api/health/pregnancies", new { residentId = ayu, hpht = "2026-08-01", registeredOn = "2026-11-10" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await Kader.PostJson("/api/health/pregnancies", new { residentId = maryam, hpht = "2026-08-01", registeredOn = "2026-11-10" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await Kader.PostJson("/api/health/pregnancies", new { residentId = Guid.NewGuid(), hpht = "2026-08-01", registeredOn = "2026-11-10" })).ShouldBeProblem(HttpStatusCode.NotFound);
        var future = await (await Kader.PostJson("/api/health/pregnancies", new { residentId = wati, hpht = "2026-11-11", registeredOn = "2026-11-10" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var tooOld = await (await Kader.PostJson("/api/health/pregnancies", new { residentId = wati, hpht = "2026-01-05", registeredOn = "2026-11-10" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var missing = await (await Kader.PostJson("/api/health/pregnancies", new { residentId = wati, registeredOn = "2026-11-10" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var noArm = await (await Kader.PostJson("/api/health/pregnancies", new { residentId = wati, hpht = "2026-08-01", registeredOn = "2026-11-10", muacCm = 0 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var tomorrow = await (await Kader.PostJson("/api/health/pregnancies", new { residentId = wati, hpht = "2026-08-01", registeredOn = "2099-01-01" })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(future.ErrorFields(), Is.EqualTo(new[] { "hpht" }));
        Assert.That(tooOld.ErrorFields(), Is.EqualTo(new[] { "hpht" }), "2026-01-05 is 44 weeks before");
        Assert.That(missing.ErrorFields(), Is.EqualTo(new[] { "hpht" }));
        Assert.That(noArm.ErrorFields(), Is.EqualTo(new[] { "muacCm" }));
        Assert.That(tomorrow.ErrorFields(), Does.Contain("registeredOn"));
        Assert.That(await _world.CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Impossible_antenatal_checks_are_refused_per_field_and_store_nothing()
    {
        var nur = await _world.ResidentAsync("Nur Hasanah", "female", "1999-12-01");
        var pregnancyId = await LifeCycleWorld.IdOf(await Kader.PostJson("/api/health/pregnancies", new { residentId = nur, hpht = "2026-07-01", registeredOn = "2026-10-01" }));
        var before = await _world.CountAsync();
        var url = $"/api/health/pregnancies/{pregnancyId}/checks";

        var inverted = await (await Kader.PostJson(url, new { checkedOn = "2026-11-10", systolicMmHg = 80, diastolicMmHg = 120 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var halfPressure = await (await Kader.PostJson(url, new { checkedOn = "2026-11-10", systolicMmHg = 120 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var noArm = await (await Kader.PostJson(url, new { checkedOn = "2026-11-10", muacCm = 0.0 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var negativeHb = await (await Kader.PostJson(url, new { checkedOn = "2026-11-10", hbGPerDl = -1.0 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var nothing = await (await Kader.PostJson(url, new { checkedOn = "2026-11-10" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await Kader.PostJson(url, new { checkedOn = "2026-06-30", weightKg = 55.0 })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await Kader.PostJson($"/api/health/pregnancies/{Guid.NewGuid()}/checks", new { checkedOn = "2026-11-10", weightKg = 55.0 })).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That(inverted.ErrorFields(), Is.EqualTo(new[] { "systolicMmHg" }));
        Assert.That(halfPressure.ErrorFields(), Is.EqualTo(new[] { "diastolicMmHg" }));
        Assert.That(noArm.ErrorFields(), Is.EqualTo(new[] { "muacCm" }));
        Assert.That(negativeHb.ErrorFields(), Is.EqualTo(new[] { "hbGPerDl" }));
        Assert.That(nothing.ErrorFields(), Is.EqualTo(new[] { "weightKg" }));
        Assert.That(await _world.CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_kader_who_does_not_serve_health_cannot_register_a_pregnancy()
    {
        using var educationKader = _world.Host.Client([Roles.Kader], region: LifeCycleWorld.Perian, posyandu: _world.Posyandu, sectors: ["education"]);

        var response = await educationKader.PostJson("/api/health/pregnancies", new { residentId = Guid.NewGuid(), hpht = "2026-08-01" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
