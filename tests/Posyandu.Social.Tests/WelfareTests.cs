using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Social.Tests;

/// <summary>(SocialRecordsTests, continued) A household's DTSEN status, assistance and proposals: kept with the household whoever moves out or dies.</summary>
public sealed partial class SocialRecordsTests
{
    [Test]
    public async Task The_assistance_history_and_a_proposal_s_outcome_survive_a_member_moving_out_and_another_dying()
    {
        var (household, members) = await HouseholdAsync(Adult, new DateOnly(1988, 7, 1), new DateOnly(2010, 1, 5));
        var (other, _) = await HouseholdAsync(Adult);
        (await Opd.PostJson($"/api/social/households/{household}/dtsen-checks", new { inDtsen = true, decile = 1, checkedOn = Iso(Today.AddDays(-100)) })).EnsureSuccessStatusCode();
        (await Opd.PostJson($"/api/social/households/{household}/assistance", new { programme = "pkh", startedOn = Iso(Today.AddDays(-90)) })).EnsureSuccessStatusCode();
        var bpnt = await IdOf(await Opd.PostJson($"/api/social/households/{household}/assistance", new { programme = "bpnt", startedOn = Iso(Today.AddDays(-90)) }));
        (await Opd.PostJson($"/api/social/assistance/{bpnt}/end", new { endedOn = Iso(Today.AddDays(-10)) })).EnsureSuccessStatusCode();
        var proposal = await IdOf(await Kader.PostJson($"/api/social/households/{household}/proposals",
            new { kind = "programme", programme = "pbi-jk", submittedOn = Iso(Today.AddDays(-60)), reason = "Anggota sakit kronis" }));
        (await Opd.PostJson($"/api/social/proposals/{proposal}/decision", new { outcome = "accepted", decidedOn = Iso(Today.AddDays(-5)) })).EnsureSuccessStatusCode();

        using var dpmd = Host.Client([Roles.Dpmd], region: "64");
        (await dpmd.PostJson($"/api/registry/residents/{members[0]}/move", new { householdId = other })).EnsureSuccessStatusCode();
        (await dpmd.PostJson($"/api/registry/residents/{members[1]}/death", new { dateOfDeath = Iso(Today) })).EnsureSuccessStatusCode();
        await DispatchAsync("registry");

        var record = await Ok(await Opd.GetAsync($"/api/social/households/{household}"));
        Assert.That(record.GetProperty("livingMembers").GetInt32(), Is.EqualTo(1));
        Assert.That(record.GetProperty("assistance").EnumerateArray().Select(a => (a.GetProperty("programme").GetString(), a.GetProperty("endedOn").ValueKind == JsonValueKind.Null)),
            Is.EquivalentTo(new[] { ("pkh", true), ("bpnt", false) }));
        var kept = record.GetProperty("proposals").EnumerateArray().Single();
        Assert.That(kept.GetProperty("outcome").GetString(), Is.EqualTo("accepted"));
        Assert.That(kept.GetProperty("decidedOn").GetString(), Is.EqualTo(Iso(Today.AddDays(-5))));
        Assert.That(record.GetProperty("dtsenInForce").GetProperty("decile").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_decided_proposal_cannot_be_decided_again_and_an_unknown_programme_is_a_400()
    {
        var (household, _) = await HouseholdAsync(Adult);
        var proposal = await IdOf(await Opd.PostJson($"/api/social/households/{household}/proposals", new { kind = "addToDtsen", submittedOn = Iso(Today) }));
        (await Opd.PostJson($"/api/social/proposals/{proposal}/decision", new { outcome = "rejected", decidedOn = Iso(Today), note = "Mampu" })).EnsureSuccessStatusCode();

        await (await Opd.PostJson($"/api/social/proposals/{proposal}/decision", new { outcome = "accepted", decidedOn = Iso(Today) })).ShouldBeProblem(HttpStatusCode.Conflict);
        var problem = await (await Opd.PostJson($"/api/social/households/{household}/assistance", new { programme = "kartu-sakti", startedOn = Iso(Today) }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { "programme" }));
    }

    [Test]
    public async Task The_monthly_report_counts_vulnerable_and_assisted_households_per_village()
    {
        var (household, _) = await HouseholdAsync(Adult);
        (await Opd.PostJson($"/api/social/households/{household}/dtsen-checks", new { inDtsen = true, decile = 3, checkedOn = Iso(Today) })).EnsureSuccessStatusCode();
        (await Opd.PostJson($"/api/social/households/{household}/assistance", new { programme = "bpnt", startedOn = Iso(Today) })).EnsureSuccessStatusCode();

        using var province = Host.Client([Roles.Dpmd], region: "64"); // sees the counts below the small-cell threshold
        var report = await Ok(await province.GetAsync($"/api/social/reports/monthly?region=64.02&by=village"));
        var row = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == Perian);
        Assert.That(row.GetProperty("vulnerable").GetInt32(), Is.GreaterThanOrEqualTo(1));
        Assert.That(row.GetProperty("vulnerableAssisted").GetInt32(), Is.GreaterThanOrEqualTo(1));
        Assert.That(row.GetProperty("householdsPerProgramme").GetProperty("bpnt").GetInt32(), Is.GreaterThanOrEqualTo(1));
        using var housing = Host.Client([Roles.Housing], region: "64");
        Assert.That((await housing.GetAsync("/api/social/reports/monthly")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
