using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Health.Tests.LifeCycle;

/// <summary>Referrals (rujukan) to the puskesmas: issue, arrival, closing, and the kader's worklist.</summary>
public sealed class ReferralTests
{
    private LifeCycleWorld _world = null!;

    private HttpClient Kader => _world.Kader;

    [OneTimeSetUp]
    public async Task Start() => _world = await LifeCycleWorld.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _world.DisposeAsync();

    [Test]
    public async Task A_referral_goes_open_then_arrived_then_closed_once_and_leaves_the_worklist()
    {
        var siti = await _world.ResidentAsync("Siti Aminah", "female", "1998-03-12");
        await LifeCycleWorld.IdOf(await Kader.PostJson("/api/health/pregnancies", new { residentId = siti, hpht = "2026-08-01", registeredOn = "2026-11-10", muacCm = 22.0 }));
        var referral = await (await Kader.PostJson("/api/health/referrals",
                new { residentId = siti, reasonCode = "pregnancyKek", reason = "LiLA 22 cm pada kunjungan November", facility = "Puskesmas Muara Muntai", issuedOn = "2026-11-10" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        var id = referral.GetProperty("id").GetGuid();
        var worklist = $"/api/health/posyandu/{_world.Posyandu}/referrals/open";

        var listed = (await (await Kader.GetAsync(worklist)).ShouldBe<List<JsonElement>>(HttpStatusCode.OK)).Single(r => r.GetProperty("id").GetGuid() == id);
        var arrived = await (await Kader.PostJson($"/api/health/referrals/{id}/arrival", new { arrivedOn = "2026-11-12" })).ShouldBe<JsonElement>(HttpStatusCode.OK);
        await (await Kader.PostJson($"/api/health/referrals/{id}/arrival", new { arrivedOn = "2026-11-13" })).ShouldBeProblem(HttpStatusCode.Conflict);
        var stillListed = await (await Kader.GetAsync(worklist)).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);
        var closed = await (await Kader.PostJson($"/api/health/referrals/{id}/close", new { closedOn = "2026-11-20", outcome = "treated", note = "PMT ibu hamil diberikan" }))
            .ShouldBe<JsonElement>(HttpStatusCode.OK);
        await (await Kader.PostJson($"/api/health/referrals/{id}/close", new { closedOn = "2026-11-21", outcome = "other" })).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await Kader.PostJson($"/api/health/referrals/{id}/arrival", new { arrivedOn = "2026-11-21" })).ShouldBeProblem(HttpStatusCode.Conflict);
        var afterClose = await (await Kader.GetAsync(worklist)).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);

        Assert.That(referral.GetProperty("status").GetString(), Is.EqualTo("open"));
        Assert.That(listed.GetProperty("name").GetString(), Is.EqualTo("Siti Aminah"));
        Assert.That(listed.GetProperty("reasonCode").GetString(), Is.EqualTo("pregnancyKek"));
        Assert.That(listed.TryGetProperty("nik", out _), Is.False, "never the NIK on a worklist");
        Assert.That(arrived.GetProperty("status").GetString(), Is.EqualTo("arrived"));
        Assert.That(stillListed.Single(r => r.GetProperty("id").GetGuid() == id).GetProperty("status").GetString(), Is.EqualTo("arrived"));
        Assert.That(closed.GetProperty("status").GetString(), Is.EqualTo("closed"));
        Assert.That(closed.GetProperty("outcome").GetString(), Is.EqualTo("treated"));
        Assert.That(afterClose.Select(r => r.GetProperty("id").GetGuid()), Does.Not.Contain(id));
        var issued = (await _world.EventsAsync("ReferralIssued", id)).Single();
        Assert.That(issued.GetProperty("reasonCode").GetString(), Is.EqualTo("pregnancyKek"));
        Assert.That(issued.GetProperty("period").GetString(), Is.EqualTo("2026-11"));
        Assert.That(issued.GetProperty("regionCode").GetString(), Is.EqualTo(LifeCycleWorld.Perian));
        Assert.That(issued.ToString(), Does.Not.Contain("Siti").And.Not.Contain("LiLA"), "no name, no free text in the event");
        var closedEvent = (await _world.EventsAsync("ReferralClosed", id)).Single();
        Assert.That(closedEvent.GetProperty("outcome").GetString(), Is.EqualTo("treated"));
        Assert.That(closedEvent.GetProperty("arrived").GetBoolean(), Is.True);
        Assert.That(closedEvent.GetProperty("period").GetString(), Is.EqualTo("2026-11"));
    }

    [Test]
    public async Task A_referral_nobody_followed_can_be_closed_from_open()
    {
        var budi = await _world.ResidentAsync("Budi Santoso", "male", "1986-01-20");
        var id = await LifeCycleWorld.IdOf(await Kader.PostJson("/api/health/referrals",
            new { residentId = budi, reasonCode = "hypertension", reason = "Tekanan darah 170/100", facility = "Puskesmas Muara Muntai", issuedOn = "2026-11-01" }));

        var closed = await (await Kader.PostJson($"/api/health/referrals/{id}/close", new { closedOn = "2026-11-24", outcome = "notAttended" }))
            .ShouldBe<JsonElement>(HttpStatusCode.OK);

        Assert.That(closed.GetProperty("status").GetString(), Is.EqualTo("closed"));
        Assert.That((await _world.EventsAsync("ReferralClosed", id)).Single().GetProperty("arrived").GetBoolean(), Is.False);
    }

    [Test]
    public async Task The_worklist_of_a_posyandu_is_empty_for_a_kader_of_another_posyandu()
    {
        var wati = await _world.ResidentAsync("Wati", "female", "1995-05-05");
        await LifeCycleWorld.IdOf(await Kader.PostJson("/api/health/referrals",
            new { residentId = wati, reasonCode = "diabetesSuspicion", reason = "GDS 250", facility = "Puskesmas Muara Muntai", issuedOn = "2026-11-10" }));
        var other = await _world.PosyanduAsync("Posyandu Mawar");
        using var otherKader = _world.Host.Client([Roles.Kader], region: LifeCycleWorld.Perian, posyandu: other, sectors: ["health"]);

        var seen = await (await otherKader.GetAsync($"/api/health/posyandu/{_world.Posyandu}/referrals/open")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);
        var own = await (await Kader.GetAsync($"/api/health/posyandu/{_world.Posyandu}/referrals/open")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);

        Assert.That(seen, Is.Empty);
        Assert.That(own.Select(r => r.GetProperty("residentId").GetGuid()), Does.Contain(wati));
    }

    [Test]
    public async Task Bad_referrals_and_transitions_are_refused_and_store_nothing()
    {
        var ayu = await _world.ResidentAsync("Ayu", "female", "2018-04-04");
        var id = await LifeCycleWorld.IdOf(await Kader.PostJson("/api/health/referrals",
            new { residentId = ayu, reasonCode = "other", reason = "Demam tinggi tiga hari", facility = "Puskesmas Muara Muntai", issuedOn = "2026-11-10" }));
        var before = await _world.CountAsync();

        await (await Kader.PostJson("/api/health/referrals", new { residentId = Guid.NewGuid(), reasonCode = "other", reason = "x", facility = "Puskesmas" })).ShouldBeProblem(HttpStatusCode.NotFound);
        var noCode = await (await Kader.PostJson("/api/health/referrals", new { residentId = ayu, reason = "x", facility = "Puskesmas" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var unknownCode = await (await Kader.PostJson("/api/health/referrals", new { residentId = ayu, reasonCode = "flu", reason = "x", facility = "Puskesmas" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var blank = await (await Kader.PostJson("/api/health/referrals", new { residentId = ayu, reasonCode = "other", reason = " ", facility = "" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await Kader.PostJson("/api/health/referrals", new { residentId = ayu, reasonCode = "bgm", reason = "x", facility = "Puskesmas" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await Kader.PostJson("/api/health/referrals", new { residentId = ayu, reasonCode = "pregnancyAnaemia", reason = "x", facility = "Puskesmas" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var noOutcome = await (await Kader.PostJson($"/api/health/referrals/{id}/close", new { closedOn = "2026-11-20" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await Kader.PostJson($"/api/health/referrals/{id}/close", new { closedOn = "2026-11-09", outcome = "treated" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await Kader.PostJson($"/api/health/referrals/{id}/arrival", new { arrivedOn = "2026-11-01" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await Kader.PostJson($"/api/health/referrals/{Guid.NewGuid()}/close", new { closedOn = "2026-11-20", outcome = "treated" })).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That(noCode.ErrorFields(), Is.EqualTo(new[] { "reasonCode" }));
        Assert.That(unknownCode.ErrorFields(), Is.EqualTo(new[] { "reasonCode" }));
        Assert.That(blank.ErrorFields(), Is.EquivalentTo(new[] { "reason", "facility" }));
        Assert.That(noOutcome.ErrorFields(), Is.EqualTo(new[] { "outcome" }));
        Assert.That(await _world.CountAsync(), Is.EqualTo(before));
        var unchanged = await (await Kader.GetAsync($"/api/health/posyandu/{_world.Posyandu}/referrals/open")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);
        Assert.That(unchanged.Single(r => r.GetProperty("id").GetGuid() == id).GetProperty("status").GetString(), Is.EqualTo("open"));
    }

    [Test]
    public async Task A_growth_reason_is_accepted_for_an_under_five()
    {
        var rizky = await _world.ResidentAsync("Rizky", "male", "2024-05-17");

        var referral = await (await Kader.PostJson("/api/health/referrals",
                new { residentId = rizky, reasonCode = "growth2T", reason = "Berat badan tidak naik dua bulan berturut-turut", facility = "Puskesmas Muara Muntai", issuedOn = "2026-11-10" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(referral.GetProperty("reasonCode").GetString(), Is.EqualTo("growth2T"));
    }

    [Test]
    public async Task A_kader_who_does_not_serve_health_cannot_issue_a_referral()
    {
        using var educationKader = _world.Host.Client([Roles.Kader], region: LifeCycleWorld.Perian, posyandu: _world.Posyandu, sectors: ["education"]);

        var response = await educationKader.PostJson("/api/health/referrals", new { residentId = Guid.NewGuid(), reasonCode = "other", reason = "x", facility = "Puskesmas" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
