using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Social.Tests;

/// <summary>
/// "Who is left out", fed by the other sectors' real endpoints and events: a household with signals from Health (a
/// stunted child), Education (an out-of-school child) and Housing (an RTLH house); an assisted one with the same kind of
/// signal; and one whose assistance ended before its signal came.
/// </summary>
public sealed class LeftOutTests : SocialFixture
{
    private Guid _threeSectors;
    private Guid _assisted;
    private Guid _signalAfterAssistance;

    protected override async Task SeedAsync()
    {
        var toddler = Today.AddYears(-2).AddMonths(-6);
        var teenager = Today.AddYears(-14);
        var (three, members) = await HouseholdAsync(Adult, toddler, teenager);
        (_threeSectors, _assisted, _signalAfterAssistance) = (three, (await HouseholdAsync(Adult)).Household, (await HouseholdAsync(Adult)).Household);

        using var health = Host.Client([Roles.Health], region: "64");
        using var education = Host.Client([Roles.Education], region: "64");
        using var housing = Host.Client([Roles.Housing], region: "64");
        // 2½ years old and 78 cm tall: far below −2 SD of height-for-age (WHO 2006).
        (await health.PostJson($"/api/health/children/{members[1]}/visits", new { measuredOn = Iso(Today), weightKg = 10.2, lengthHeightCm = 78.0, measurement = "standing" }))
            .EnsureSuccessStatusCode();
        (await education.PostJson($"/api/education/out-of-school/children/{members[2]}/cases", new { identifiedOn = Iso(Today), reason = "cost" }))
            .EnsureSuccessStatusCode();
        foreach (var household in new[] { _threeSectors, _assisted, _signalAfterAssistance })
        {
            (await housing.PostJson($"/api/housing/households/{household}/assessments", Rtlh(Today))).EnsureSuccessStatusCode();
        }

        (await Opd.PostJson($"/api/social/households/{_threeSectors}/dtsen-checks", new { inDtsen = true, decile = 2, checkedOn = Iso(Today.AddDays(-40)) }))
            .EnsureSuccessStatusCode();
        (await Opd.PostJson($"/api/social/households/{_assisted}/assistance", new { programme = "pkh", startedOn = Iso(Today.AddDays(-60)) })).EnsureSuccessStatusCode();
        var blt = await IdOf(await Opd.PostJson($"/api/social/households/{_signalAfterAssistance}/assistance",
            new { programme = "blt-dana-desa", startedOn = Iso(Today.AddDays(-90)) }));
        (await Opd.PostJson($"/api/social/assistance/{blt}/end", new { endedOn = Iso(Today.AddDays(-30)) })).EnsureSuccessStatusCode();
        foreach (var module in new[] { "health", "education", "housing" })
        {
            await DispatchAsync(module);
        }
    }

    [Test]
    public async Task The_kader_s_worklist_lists_the_unassisted_households_by_score_with_each_signal_s_source()
    {
        var list = await Ok(await Kader.GetAsync($"/api/social/posyandu/{Posyandu}/left-out"));
        var households = list.GetProperty("households").EnumerateArray().ToList();
        var ids = households.Select(h => h.GetProperty("householdId").GetGuid()).ToList();

        Assert.That(ids, Is.EqualTo(new[] { _threeSectors, _signalAfterAssistance }), "highest score first; the assisted household is not left out");
        Assert.That(list.GetProperty("withSignals").GetInt32(), Is.EqualTo(3));
        Assert.That(list.GetProperty("assisted").GetInt32(), Is.EqualTo(1));

        var first = households[0];
        var signals = first.GetProperty("signals").EnumerateArray().Select(s => (s.GetProperty("kind").GetString(), s.GetProperty("source").GetString())).ToList();
        Assert.That(signals, Is.EquivalentTo(new[] { ("stunted", "health"), ("outOfSchool", "education"), ("rtlh", "housing") }));
        Assert.That(first.GetProperty("factors").EnumerateArray().Select(f => f.GetProperty("kind").GetString()), Is.EqualTo(new[] { "bottomDecile" }));
        var weights = first.GetProperty("signals").EnumerateArray().Sum(s => s.GetProperty("weight").GetInt32())
                      + first.GetProperty("factors").EnumerateArray().Sum(f => f.GetProperty("weight").GetInt32());
        Assert.That(first.GetProperty("score").GetInt32(), Is.EqualTo(weights).And.EqualTo(3 + 2 + 2 + 1), "the score is the sum of the weights shown (catalogue.json)");

        var later = households[1];
        Assert.That(later.GetProperty("assisted").GetBoolean(), Is.False);
        Assert.That(later.GetProperty("lastAssistanceEndedOn").GetString(), Is.EqualTo(Iso(Today.AddDays(-30))), "its BLT Dana Desa ended before the RTLH signal");
        Assert.That(later.GetProperty("signals").EnumerateArray().Single().GetProperty("source").GetString(), Is.EqualTo("housing"));
    }

    [Test]
    public async Task Dinas_Sosial_sees_the_region_s_list_and_other_sectors_are_refused()
    {
        var region = await Ok(await Opd.GetAsync("/api/social/left-out?region=64.02"));
        using var health = Host.Client([Roles.Health], region: "64");
        using var outside = Host.Client([Roles.Social], region: "64.72");

        Assert.That(region.GetProperty("households").EnumerateArray().Select(h => h.GetProperty("householdId").GetGuid()),
            Is.EqualTo(new[] { _threeSectors, _signalAfterAssistance }));
        Assert.That((await health.GetAsync($"/api/social/posyandu/{Posyandu}/left-out")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await outside.GetAsync($"/api/social/posyandu/{Posyandu}/left-out")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_household_record_shows_its_signals_and_assistance()
    {
        var record = await Ok(await Opd.GetAsync($"/api/social/households/{_assisted}"));

        Assert.That(record.GetProperty("assistance").EnumerateArray().Single().GetProperty("programme").GetString(), Is.EqualTo("pkh"));
        Assert.That(record.GetProperty("signals").GetProperty("assisted").GetBoolean(), Is.True);
        Assert.That(record.GetProperty("signals").GetProperty("programmesToday").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[] { "pkh" }));
    }

    /// <summary>An RTLH house: earth floor, shared latrine, 24 m² for four people.</summary>
    private static object Rtlh(DateOnly on) => new
    {
        assessedOn = Iso(on), foundation = "good", columnsAndBeams = "good", roofStructure = "minorDamage", roofMaterial = "metal", wallMaterial = "wood",
        floorMaterial = "earth", floorAreaM2 = 24.0, occupants = 4, adequateNaturalLighting = true, adequateVentilation = true, water = "shared", latrine = "shared",
    };
}
