using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Housing.Tests;

/// <summary>Rehabilitation (bedah rumah / BSPS) from start to completion or cancellation, and the Posyandu's RTLH worklist.</summary>
public sealed class RehabilitationTests : HousingFixture
{
    [Test]
    public async Task An_rtlh_house_is_rehabilitated_and_leaves_the_worklist_when_the_works_start()
    {
        var household = await HouseholdAsync();
        var assessment = await AssessAsync(household, Rtlh(Month(1)));
        Assert.That(await WorklistAsync(), Does.Contain(household));

        var started = await (await Opd.PostJson($"/api/housing/households/{household}/rehabilitations",
            new { startedOn = Iso(Month(1, 20)), programme = "danaDesa", plannedBudgetRupiah = 17_500_000, note = "Lantai dan jamban" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        var id = started.GetProperty("id").GetGuid();
        var whileBuilding = await WorklistAsync();
        var completed = await Ok(await Opd.PostJson($"/api/housing/rehabilitations/{id}/complete", new { completedOn = Iso(Month(2, 28)), finalCostRupiah = 18_250_000 }));
        var record = await Ok(await Kader.GetAsync($"/api/housing/households/{household}"));

        Assert.That(started.GetProperty("status").GetString(), Is.EqualTo("inProgress"));
        Assert.That(started.GetProperty("assessmentId").GetGuid(), Is.EqualTo(assessment));
        Assert.That(whileBuilding, Does.Not.Contain(household), "in a rehabilitation: off the worklist");
        Assert.That(completed.GetProperty("status").GetString(), Is.EqualTo("completed"));
        Assert.That(record.GetProperty("isRtlh").GetBoolean(), Is.False, "the completed works end RTLH");
        Assert.That(record.GetProperty("rehabilitationInProgressId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(record.GetProperty("rehabilitations").EnumerateArray().Single().GetProperty("finalCostRupiah").GetInt64(), Is.EqualTo(18_250_000));
        Assert.That(await WorklistAsync(), Does.Not.Contain(household));
        var startedEvent = (await PublishedAsync("RehabilitationStarted")).Single(e => e.GetProperty("rehabilitationId").GetGuid() == id);
        var completedEvent = (await PublishedAsync("RehabilitationCompleted")).Single(e => e.GetProperty("rehabilitationId").GetGuid() == id);
        Assert.That(startedEvent.GetProperty("programme").GetString(), Is.EqualTo("danaDesa"));
        Assert.That(startedEvent.GetProperty("plannedBudgetRupiah").GetInt64(), Is.EqualTo(17_500_000));
        Assert.That(startedEvent.GetProperty("assessmentId").GetGuid(), Is.EqualTo(assessment));
        Assert.That(completedEvent.GetProperty("completedOn").GetString(), Is.EqualTo(Iso(Month(2, 28))));
        Assert.That(completedEvent.GetProperty("period").GetString(), Is.EqualTo(PeriodOf(Month(2))));
        Assert.That(startedEvent.ToString(), Does.Not.Contain("jamban"), "no free-text notes in events");
    }

    [Test]
    public async Task After_the_works_a_reassessment_that_still_finds_it_rtlh_puts_it_back_on_the_worklist()
    {
        var household = await HouseholdAsync();
        await AssessAsync(household, Rtlh(Month(1)));
        var first = await StartAsync(household, Month(1, 2));
        await Ok(await Opd.PostJson($"/api/housing/rehabilitations/{first}/complete", new { completedOn = Iso(Month(1, 25)), finalCostRupiah = 20_000_000 }));

        var again = await (await Opd.PostJson($"/api/housing/households/{household}/rehabilitations",
            new { startedOn = Iso(Month(2)), programme = "csr", plannedBudgetRupiah = 5_000_000 })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await AssessAsync(household, Rtlh(Month(2, 10)));

        Assert.That(again.GetProperty("detail").GetString(), Does.Contain("assess it again"));
        Assert.That(await WorklistAsync(), Does.Contain(household));
        Assert.That(await StartAsync(household, Month(2, 11), "baznas"), Is.Not.EqualTo(Guid.Empty));
    }

    [Test]
    public async Task A_cancelled_rehabilitation_leaves_the_house_rtlh_on_the_worklist()
    {
        var household = await HouseholdAsync();
        await AssessAsync(household, Rtlh(Month(1)));
        var id = await StartAsync(household, Month(1, 5), "apbdKabupaten");

        var cancelled = await Ok(await Opd.PostJson($"/api/housing/rehabilitations/{id}/cancel", new { cancelledOn = Iso(Month(2)), reason = "Sengketa lahan" }));
        var twice = await (await Opd.PostJson($"/api/housing/rehabilitations/{id}/cancel", new { cancelledOn = Iso(Month(2)), reason = "Lagi" }))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        var complete = await (await Opd.PostJson($"/api/housing/rehabilitations/{id}/complete", new { completedOn = Iso(Month(2)), finalCostRupiah = 1 }))
            .ShouldBeProblem(HttpStatusCode.Conflict);

        Assert.That(cancelled.GetProperty("status").GetString(), Is.EqualTo("cancelled"));
        Assert.That(cancelled.GetProperty("cancellationReason").GetString(), Is.EqualTo("Sengketa lahan"));
        Assert.That(twice.GetProperty("detail").GetString(), Does.Contain("already cancelled"));
        Assert.That(complete.GetProperty("status").GetInt32(), Is.EqualTo(409));
        Assert.That(await WorklistAsync(), Does.Contain(household));
        var published = (await PublishedAsync("RehabilitationCancelled")).Single(e => e.GetProperty("rehabilitationId").GetGuid() == id);
        Assert.That(published.GetProperty("programme").GetString(), Is.EqualTo("apbdKabupaten"));
        Assert.That(published.ToString(), Does.Not.Contain("Sengketa"));
    }

    [Test]
    public async Task Bad_rehabilitations_are_refused_with_a_problem_and_store_nothing()
    {
        var sound = await HouseholdAsync();
        await AssessAsync(sound, House(Month(1)));
        var neverAssessed = await HouseholdAsync();
        var rtlh = await HouseholdAsync();
        await AssessAsync(rtlh, Rtlh(Month(1, 10)));
        var running = await StartAsync(rtlh, Month(1, 15));
        var before = await CountAsync();
        var good = new { startedOn = Iso(Month(2)), programme = "bspsApbn", plannedBudgetRupiah = 20_000_000 };

        await (await Opd.PostJson($"/api/housing/households/{Guid.NewGuid()}/rehabilitations", good)).ShouldBeProblem(HttpStatusCode.NotFound);
        var layakHuni = await (await Opd.PostJson($"/api/housing/households/{sound}/rehabilitations", good)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await Opd.PostJson($"/api/housing/households/{neverAssessed}/rehabilitations", good)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var second = await (await Opd.PostJson($"/api/housing/households/{rtlh}/rehabilitations", good)).ShouldBeProblem(HttpStatusCode.Conflict);
        var beforeAssessment = await (await Opd.PostJson($"/api/housing/households/{sound}/rehabilitations",
            new { startedOn = Iso(RegistrationDay), programme = "swadaya", plannedBudgetRupiah = 1_000_000 })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var invalid = await (await Opd.PostJson($"/api/housing/households/{sound}/rehabilitations",
            new { startedOn = Iso(Today.AddDays(1)), programme = "lottery", plannedBudgetRupiah = 0 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var noProgramme = await (await Opd.PostJson($"/api/housing/households/{sound}/rehabilitations",
            new { startedOn = Iso(Month(2)), plannedBudgetRupiah = 0 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var completedBeforeStart = await (await Opd.PostJson($"/api/housing/rehabilitations/{running}/complete",
            new { completedOn = Iso(Month(1, 14)), finalCostRupiah = 20_000_000 })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var cancelledBeforeStart = await (await Opd.PostJson($"/api/housing/rehabilitations/{running}/cancel",
            new { cancelledOn = Iso(Month(1, 14)), reason = "Dana ditarik" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var completedInFuture = await (await Opd.PostJson($"/api/housing/rehabilitations/{running}/complete",
            new { completedOn = Iso(Today.AddDays(1)), finalCostRupiah = 0 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var noReason = await (await Opd.PostJson($"/api/housing/rehabilitations/{running}/cancel", new { cancelledOn = Iso(Month(2)) }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await Opd.PostJson($"/api/housing/rehabilitations/{Guid.NewGuid()}/complete", new { completedOn = Iso(Month(2)), finalCostRupiah = 1 }))
            .ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That(layakHuni.GetProperty("detail").GetString(), Does.Contain("Only an RTLH house"));
        Assert.That(second.GetProperty("detail").GetString(), Does.Contain("in progress"));
        Assert.That(beforeAssessment.GetProperty("detail").GetString(), Does.Contain("no assessment on or before"));
        Assert.That(invalid.GetProperty("status").GetInt32(), Is.EqualTo(400), "an unknown programme is malformed JSON for the enum");
        Assert.That(noProgramme.ErrorFields(), Is.EquivalentTo(new[] { "programme", "plannedBudgetRupiah" }));
        Assert.That(completedBeforeStart.GetProperty("detail").GetString(), Does.Contain("before the rehabilitation started"));
        Assert.That(cancelledBeforeStart.GetProperty("status").GetInt32(), Is.EqualTo(422));
        Assert.That(completedInFuture.ErrorFields(), Is.EquivalentTo(new[] { "completedOn", "finalCostRupiah" }));
        Assert.That(noReason.ErrorFields(), Is.EqualTo(new[] { "reason" }));
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_new_rehabilitation_cannot_overlap_an_earlier_one()
    {
        var household = await HouseholdAsync();
        await AssessAsync(household, Rtlh(Month(1)));
        var first = await StartAsync(household, Month(1, 10));
        await Ok(await Opd.PostJson($"/api/housing/rehabilitations/{first}/cancel", new { cancelledOn = Iso(Month(2)), reason = "Pindah program" }));

        await (await Opd.PostJson($"/api/housing/households/{household}/rehabilitations",
            new { startedOn = Iso(Month(1, 20)), programme = "csr", plannedBudgetRupiah = 9_000_000 })).ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.That(await StartAsync(household, Month(2), "csr"), Is.Not.EqualTo(Guid.Empty), "from the day the earlier one ended");
    }

    [Test]
    public async Task The_worklist_is_the_posyandus_own_longest_waiting_first_with_the_reasons_and_residents()
    {
        var older = await HouseholdAsync(residents: 2);
        var newer = await HouseholdAsync(residents: 3);
        var elsewhere = await PosyanduAsync(Perian, "Posyandu Mawar");
        var theirs = await HouseholdAsync(posyandu: elsewhere);
        await AssessAsync(newer, Rtlh(Month(2)));
        await AssessAsync(older, House(Month(1), h => { h["roofMaterial"] = "thatch"; h["occupants"] = 2; }));
        await AssessAsync(theirs, Rtlh(Month(1)), Opd);

        var worklist = await Ok(await Kader.GetAsync($"/api/housing/posyandu/{Posyandu}/rtlh"));
        using var otherKader = Host.Client([Roles.Kader], region: Perian, posyandu: elsewhere, sectors: ["housing"]);

        var households = worklist.GetProperty("households").EnumerateArray().ToList();
        var ids = households.Select(h => h.GetProperty("householdId").GetGuid()).ToList();
        Assert.That(worklist.GetProperty("name").GetString(), Is.EqualTo("Posyandu Melati"));
        Assert.That(worklist.GetProperty("asOf").GetString(), Is.EqualTo(Iso(Today)));
        Assert.That(ids, Does.Not.Contain(theirs));
        Assert.That(ids.IndexOf(older), Is.LessThan(ids.IndexOf(newer)), "longest waiting first");
        var olderRow = households.Single(h => h.GetProperty("householdId").GetGuid() == older);
        Assert.That(olderRow.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "nonDurableRoof" }));
        Assert.That(olderRow.GetProperty("residents").EnumerateArray().Select(r => r.GetString()), Is.EquivalentTo(new[] { "Siti Aminah", "Anggota 1" }));
        await (await otherKader.GetAsync($"/api/housing/posyandu/{Posyandu}/rtlh")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Kader.GetAsync($"/api/housing/posyandu/{Guid.NewGuid()}/rtlh")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    private async Task<List<Guid>> WorklistAsync() =>
        (await Ok(await Kader.GetAsync($"/api/housing/posyandu/{Posyandu}/rtlh"))).GetProperty("households").EnumerateArray()
        .Select(h => h.GetProperty("householdId").GetGuid()).ToList();
}
