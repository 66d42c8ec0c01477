using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.PublicWorks.Tests;

/// <summary>Household water and sanitation surveys, the household record, the monthly report, ODF status and the SPM data, through real HTTP.</summary>
public sealed class SurveyTests : PublicWorksFixture
{
    [Test]
    public async Task A_survey_stores_the_verdict_with_its_reasons_and_the_record_shows_it_in_force()
    {
        var (household, _) = await HouseholdAsync();
        var survey = await (await Kader.PostJson($"/api/publicworks/households/{household}/surveys", Survey(Month(1, 5), s =>
        {
            s["waterSource"] = "protectedDugWell"; s["sourceToSepticMeters"] = 8.0; s["toiletShared"] = true;
        }))).ShouldBe<JsonElement>(HttpStatusCode.Created);

        var record = await Ok(await Kader.GetAsync($"/api/publicworks/households/{household}"));

        Assert.That(survey.GetProperty("waterLayak").GetBoolean(), Is.False);
        Assert.That(survey.GetProperty("waterReasons").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "septicTooClose" }));
        Assert.That((survey.GetProperty("sanitation").GetString(), survey.GetProperty("sanitationLayak").GetBoolean()), Is.EqualTo(("limited", false)));
        Assert.That(survey.GetProperty("sanitationReasons").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "sharedFacility" }));
        Assert.That(survey.GetProperty("litresPerPersonPerDay").GetDecimal(), Is.EqualTo(100m));
        Assert.That((record.GetProperty("water").GetString(), record.GetProperty("sanitation").GetString(), record.GetProperty("sanitationRung").GetString()),
            Is.EqualTo(("tidakLayak", "tidakLayak", "limited")));
        Assert.That(record.GetProperty("surveys").EnumerateArray().Single().GetProperty("inForce").GetBoolean(), Is.True);
        var published = (await PublishedAsync("HouseholdWaterSanitationSurveyed")).Single(e => e.GetProperty("householdId").GetGuid() == household);
        Assert.That(published.GetProperty("sanitationRung").GetString(), Is.EqualTo("limited"));
        Assert.That(published.ToString(), Does.Not.Contain("Siti"), "no names in events");
    }

    [Test]
    public async Task A_household_never_surveyed_is_belum_disurvei_neither_layak_nor_not()
    {
        var (household, _) = await HouseholdAsync(village: "64.02.01.2005", posyandu: await PosyanduAsync("64.02.01.2005", "Posyandu Kenanga"));

        var record = await Ok(await Opd.GetAsync($"/api/publicworks/households/{household}"));
        var report = await Ok(await Province.GetAsync($"/api/publicworks/reports/water-sanitation?region=64.02.01.2005&period={PeriodOf(Month(3))}&by=village"));

        Assert.That((record.GetProperty("water").GetString(), record.GetProperty("sanitation").GetString()), Is.EqualTo(("belumDisurvei", "belumDisurvei")));
        Assert.That(record.GetProperty("sanitationRung").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(record.GetProperty("openDefecation").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var total = report.GetProperty("total");
        Assert.That((total.GetProperty("households").GetInt32(), total.GetProperty("surveyed").GetInt32(), total.GetProperty("notSurveyed").GetInt32()), Is.EqualTo((1, 0, 1)));
        Assert.That((total.GetProperty("waterLayak").GetInt32(), total.GetProperty("waterLayakPercent").ValueKind), Is.EqualTo((0, JsonValueKind.Null)),
            "no percentage without a surveyed household: not 0 % layak");
        Assert.That(await PublishedAsync("SpmDataReported"), Has.None.Matches<JsonElement>(e => e.GetProperty("subjectId").GetGuid() == household),
            "an unsurveyed household contributes to no numerator and no denominator");
    }

    [Test]
    public async Task A_later_survey_supersedes_and_the_monthly_report_counts_what_was_in_force_at_each_month_end()
    {
        var village = "64.02.01.2004";
        var posyandu = await PosyanduAsync(village, "Posyandu Dahlia");
        var (open, _) = await HouseholdAsync(posyandu: posyandu, village: village);
        var (clean, _) = await HouseholdAsync(posyandu: posyandu, village: village);
        await SurveyAsync(open, Survey(Month(1, 3), s => { s["toilet"] = "none"; s["waterSource"] = "surfaceWater"; s["collectionMinutes"] = 20; }), Opd);
        await SurveyAsync(clean, Survey(Month(1, 4)), Opd);
        await SurveyAsync(open, Survey(Month(3, 2), s => s["toilet"] = "flushToSewer"), Opd);

        async Task<JsonElement> TotalAsync(int month) =>
            (await Ok(await Province.GetAsync($"/api/publicworks/reports/water-sanitation?region={village}&period={PeriodOf(Month(month))}"))).GetProperty("total");
        var (second, third) = (await TotalAsync(2), await TotalAsync(3));
        var odfSecond = await Ok(await Province.GetAsync($"/api/publicworks/reports/odf?region=64.02.01&period={PeriodOf(Month(2))}"));
        var odfThird = await Ok(await Dpmd.GetAsync($"/api/publicworks/reports/odf?region=64.02.01&period={PeriodOf(Month(3))}"));
        var record = await Ok(await Opd.GetAsync($"/api/publicworks/households/{open}"));

        Assert.That((second.GetProperty("surveyed").GetInt32(), second.GetProperty("waterLayak").GetInt32(), second.GetProperty("openDefecation").GetInt32()), Is.EqualTo((2, 1, 1)));
        Assert.That(second.GetProperty("sanitationRungs").GetProperty("openDefecation").GetInt32(), Is.EqualTo(1));
        Assert.That(second.GetProperty("waterReasons").GetProperty("surfaceWater").GetInt32(), Is.EqualTo(1));
        Assert.That((third.GetProperty("openDefecation").GetInt32(), third.GetProperty("sanitationLayak").GetInt32(), third.GetProperty("surveysInMonth").GetInt32()), Is.EqualTo((0, 2, 1)));
        Assert.That(third.GetProperty("sanitationRungs").GetProperty("safelyManaged").GetInt32(), Is.EqualTo(1));
        JsonElement VillageRow(JsonElement odf) => odf.GetProperty("villages").EnumerateArray().Single(v => v.GetProperty("regionCode").GetString() == village);
        Assert.That((VillageRow(odfSecond).GetProperty("status").GetString(), VillageRow(odfSecond).GetProperty("openDefecationHouseholds").GetInt32()), Is.EqualTo(("belumOdf", 1)));
        Assert.That((VillageRow(odfThird).GetProperty("status").GetString(), VillageRow(odfThird).GetProperty("coveragePercent").GetDecimal()), Is.EqualTo(("odf", 100m)));
        var district = odfThird.GetProperty("districts").EnumerateArray().Single();
        Assert.That(district.GetProperty("key").GetString(), Is.EqualTo("64.02.01"));
        Assert.That(district.GetProperty("odfVillages").GetInt32(), Is.GreaterThanOrEqualTo(1));
        Assert.That(record.GetProperty("surveys").EnumerateArray().Select(s => s.GetProperty("inForce").GetBoolean()), Is.EqualTo(new[] { true, false }), "newest first, the later in force");
    }

    /// <summary>
    /// One household in Jonggon Desa, three in Sungai Payang (threshold 2 here, 5 by default): below DPMD of the province
    /// the one is withheld and so are the three, else the district's four less three gives the one away; DPMD of the
    /// province sees every count.
    /// </summary>
    [Test]
    public async Task The_odf_report_withholds_a_small_cell_and_its_complement_below_dpmd_of_the_province()
    {
        const string jonggon = "64.02.02.2001", sungaiPayang = "64.02.02.2002";
        var (one, three) = (await PosyanduAsync(jonggon, "Posyandu Teratai"), await PosyanduAsync(sungaiPayang, "Posyandu Seroja"));
        await HouseholdAsync(residents: 1, posyandu: one, village: jonggon);
        for (var i = 0; i < 3; i++)
        {
            await HouseholdAsync(residents: 1, posyandu: three, village: sungaiPayang);
        }

        var url = $"/api/publicworks/reports/odf?region=64.02.02&period={PeriodOf(Month(1))}";
        JsonElement below, province;
        using (Host.SmallCellThreshold(2))
        {
            below = await Ok(await Opd.GetAsync(url));
            province = await Ok(await Province.GetAsync(url));
        }

        int?[] Households(JsonElement report)
        {
            var villages = report.GetProperty("villages").EnumerateArray().ToDictionary(v => v.GetProperty("regionCode").GetString()!, v => v.GetProperty("households"));
            return [.. new[] { report.GetProperty("total").GetProperty("households"), villages[jonggon], villages[sungaiPayang] }
                .Select(e => e.ValueKind == JsonValueKind.Null ? (int?)null : e.GetInt32())];
        }

        Assert.That(Households(province), Is.EqualTo(new int?[] { 4, 1, 3 }), "total, the one, the three — DPMD of the province");
        Assert.That(Households(below), Is.EqualTo(new int?[] { 4, null, null }), "the one withheld, and the three with it");
        Assert.That(below.GetProperty("districts")[0].GetProperty("households").GetInt32(), Is.EqualTo(4), "the district's four: two withheld villages inside it");
    }

    [Test]
    public async Task The_household_and_its_village_publish_their_whole_spm_contribution()
    {
        var village = "64.02.01.2003";
        var posyandu = await PosyanduAsync(village, "Posyandu Anggrek");
        var (household, _) = await HouseholdAsync(posyandu: posyandu, village: village);
        await SurveyAsync(household, Survey(Month(1, 2), s => s["toilet"] = "hanging"), Opd);
        await SurveyAsync(household, Survey(Month(2, 2)), Opd);

        var contributions = await PublishedAsync("SpmDataReported");
        var latest = contributions.Last(e => e.GetProperty("subjectId").GetGuid() == household);
        var villageLatest = contributions.Last(e => e.GetProperty("kind").GetString() == "publicworks.village" && e.GetProperty("regionCode").GetString() == village);

        static List<string> Values(JsonElement e) => e.GetProperty("values").EnumerateArray()
            .Select(v => $"{v.GetProperty("element").GetString()} {v.GetProperty("period").GetString()}..{(v.GetProperty("until").ValueKind == JsonValueKind.Null ? "" : v.GetProperty("until").GetString())}")
            .ToList();
        var (m1, m2) = (PeriodOf(Month(1)), PeriodOf(Month(2)));
        Assert.That(latest.GetProperty("kind").GetString(), Is.EqualTo("publicworks.household"));
        Assert.That(Values(latest), Is.EquivalentTo(new[]
        {
            $"publicworks.households_surveyed {m1}..", $"publicworks.safe_water {m1}..", $"publicworks.healthy_sanitation {m2}..",
        }), "unimproved in month 1, basic from month 2; no open defecation");
        Assert.That(Values(villageLatest), Is.EquivalentTo(new[] { $"publicworks.villages_surveyed {m1}..", $"publicworks.odf_villages {m1}.." }));
        Assert.That(villageLatest.GetProperty("posyanduId").GetGuid(), Is.EqualTo(posyandu));
    }

    [Test]
    public async Task A_survey_missing_the_septic_distance_of_a_well_or_dated_tomorrow_is_a_400_naming_the_fields_and_stores_nothing()
    {
        var (household, _) = await HouseholdAsync();
        var before = await InDatabase(db => db.Surveys.CountAsync());

        var well = await (await Kader.PostJson($"/api/publicworks/households/{household}/surveys", Survey(Month(1), s => s["waterSource"] = "boreWellOrPump")))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var tomorrow = await (await Kader.PostJson($"/api/publicworks/households/{household}/surveys", Survey(Month(4).AddDays(1), s => s["waterLitresPerDay"] = -1)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var byNumber = await (await Kader.PostJson($"/api/publicworks/households/{household}/surveys", Survey(Month(1), s => s["toilet"] = 3)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(well.ErrorFields(), Is.EqualTo(new[] { "sourceToSepticMeters" }));
        Assert.That(tomorrow.ErrorFields(), Is.EquivalentTo(new[] { "surveyedOn", "waterLitresPerDay" }));
        Assert.That(byNumber.ErrorFields(), Is.Not.Empty, "enums bind by name only");
        Assert.That(await InDatabase(db => db.Surveys.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task Without_members_the_registry_residents_are_counted_for_litres_per_person()
    {
        var (household, _) = await HouseholdAsync(residents: 5);

        var survey = await (await Opd.PostJson($"/api/publicworks/households/{household}/surveys", Survey(Month(2), s => { s.Remove("members"); s["waterLitresPerDay"] = 299; })))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That((survey.GetProperty("members").GetInt32(), survey.GetProperty("membersFromRegistry").GetBoolean()), Is.EqualTo((5, true)));
        Assert.That(survey.GetProperty("waterReasons").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "insufficientQuantity" }), "299 L for five is 59.8 L each");
    }

    [Test]
    public async Task A_household_outside_the_callers_region_is_not_found()
    {
        var (household, _) = await HouseholdAsync();
        using var samarinda = Host.Client([Roles.PublicWorks], region: "64.72");

        await (await samarinda.GetAsync($"/api/publicworks/households/{household}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await samarinda.PostJson($"/api/publicworks/households/{household}/surveys", Survey(Month(1)))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await samarinda.GetAsync("/api/publicworks/reports/odf?region=64.02")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
