using System.Net;
using System.Text.Json;
using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Health.Tests.LifeCycle;

/// <summary>PTM screening of school-age children, adolescents, adults and the elderly at the Posyandu.</summary>
public sealed class ScreeningTests
{
    private LifeCycleWorld _world = null!;

    private HttpClient Kader => _world.Kader;

    [OneTimeSetUp]
    public async Task Start() => _world = await LifeCycleWorld.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _world.DisposeAsync();

    [Test]
    public async Task An_adult_man_over_every_cut_off_is_flagged_for_each_and_screening_recorded_is_published_once()
    {
        var budi = await _world.ResidentAsync("Budi Santoso", "male", "1986-01-20");

        var screening = await (await Kader.PostJson($"/api/health/residents/{budi}/screenings",
                new { screenedOn = "2026-11-10", weightKg = 80.0, heightCm = 165.0, systolicMmHg = 150, diastolicMmHg = 95, bloodGlucoseMgPerDl = 210.0, waistCm = 91.0 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(screening.GetProperty("lifeStage").GetString(), Is.EqualTo("adult"));
        Assert.That(screening.GetProperty("bmi").GetDouble(), Is.EqualTo(29.4));
        Assert.That(screening.GetProperty("obesity").GetBoolean(), Is.True);
        Assert.That(screening.GetProperty("bmiCategory").GetString(), Is.EqualTo("obesitas"), "adult BMI category from 18");
        Assert.That(screening.GetProperty("bmiForAgeZ").ValueKind, Is.EqualTo(JsonValueKind.Null), "no IMT/U from 18");
        Assert.That(screening.GetProperty("centralObesity").GetBoolean(), Is.True, "waist 91 > 90 for a man");
        Assert.That(screening.GetProperty("hypertension").GetBoolean(), Is.True);
        Assert.That(screening.GetProperty("diabetesSuspicion").GetBoolean(), Is.True);
        var published = (await _world.EventsAsync("ScreeningRecorded", screening.GetProperty("id").GetGuid())).Single();
        Assert.That(published.GetProperty("sex").GetString(), Is.EqualTo("male"));
        Assert.That(published.GetProperty("ageYears").GetInt32(), Is.EqualTo(40));
        Assert.That(published.GetProperty("period").GetString(), Is.EqualTo("2026-11"));
        Assert.That(published.GetProperty("diabetesSuspicion").GetBoolean(), Is.True);
        Assert.That(published.GetProperty("centralObesity").GetBoolean(), Is.True);
        Assert.That(published.ToString(), Does.Not.Contain("Budi"), "no names in the event");
    }

    [Test]
    public async Task A_woman_just_under_the_cut_offs_is_flagged_only_for_her_waist()
    {
        var siti = await _world.ResidentAsync("Siti Rahma", "female", "1998-03-12");

        var screening = await (await Kader.PostJson($"/api/health/residents/{siti}/screenings",
                new { screenedOn = "2026-11-10", weightKg = 68.9, heightCm = 160.0, systolicMmHg = 139, diastolicMmHg = 89, bloodGlucoseMgPerDl = 199.0, waistCm = 85.0 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(screening.GetProperty("bmi").GetDouble(), Is.EqualTo(26.9));
        Assert.That(screening.GetProperty("obesity").GetBoolean(), Is.False);
        Assert.That(screening.GetProperty("hypertension").GetBoolean(), Is.False);
        Assert.That(screening.GetProperty("diabetesSuspicion").GetBoolean(), Is.False);
        Assert.That(screening.GetProperty("centralObesity").GetBoolean(), Is.True, "waist 85 > 80 for a woman");
    }

    [Test]
    public async Task A_school_child_gets_no_adult_flags_but_imt_u_obesity_and_a_high_glucose_count()
    {
        var ayu = await _world.ResidentAsync("Ayu Lestari", "female", "2018-04-04");

        var screening = await (await Kader.PostJson($"/api/health/residents/{ayu}/screenings",
                new { screenedOn = "2026-11-10", weightKg = 45.0, heightCm = 125.0, systolicMmHg = 145, diastolicMmHg = 95, bloodGlucoseMgPerDl = 250.0, waistCm = 85.0 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(screening.GetProperty("lifeStage").GetString(), Is.EqualTo("schoolAgeAndAdolescent"));
        Assert.That(screening.GetProperty("bmi").GetDouble(), Is.EqualTo(28.8));
        Assert.That(screening.GetProperty("obesity").GetBoolean(), Is.True, "IMT/U above +2 SD at 8, not the adult cut-off");
        Assert.That(screening.GetProperty("bmiCategory").GetString(), Is.EqualTo("obesitas"));
        Assert.That(screening.GetProperty("hypertension").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(screening.GetProperty("centralObesity").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(screening.GetProperty("diabetesSuspicion").GetBoolean(), Is.True);
    }

    [TestCase("male", 28.0, 150.0, "gizi buruk", true, false)]   // BMI 12.4
    [TestCase("female", 37.0, 150.0, "gizi baik", false, false)]  // BMI 16.4
    [TestCase("female", 60.0, 145.0, "obesitas", false, true)]    // BMI 28.5
    public async Task A_12_year_old_gets_the_imt_u_category_of_permenkes_2_2020_and_it_is_published(
        string sex, double weight, double height, string category, bool thinness, bool obesity)
    {
        var child = await _world.ResidentAsync($"Anak {sex} {weight}", sex, "2014-06-15");

        var screening = await (await Kader.PostJson($"/api/health/residents/{child}/screenings",
                new { screenedOn = "2026-11-10", weightKg = weight, heightCm = height }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        var months = (new DateOnly(2026, 11, 10).DayNumber - new DateOnly(2014, 6, 15).DayNumber) / 30.4375; // 12 years 4 months
        var who = GrowthReference.Calculate(sex == "male" ? Sex.Male : Sex.Female, months, weight, height, false);
        Assert.That(screening.GetProperty("ageYears").GetInt32(), Is.EqualTo(12));
        Assert.That(screening.GetProperty("bmiCategory").GetString(), Is.EqualTo(category));
        Assert.That(screening.GetProperty("bmiForAgeZ").GetDouble(), Is.EqualTo(who.BmiForAge!.Z));
        Assert.That(screening.GetProperty("heightForAgeZ").GetDouble(), Is.EqualTo(who.LengthHeightForAge!.Z));
        Assert.That(screening.GetProperty("thinness").GetBoolean(), Is.EqualTo(thinness));
        Assert.That(screening.GetProperty("obesity").GetBoolean(), Is.EqualTo(obesity));
        var published = (await _world.EventsAsync("ScreeningRecorded", screening.GetProperty("id").GetGuid())).Single();
        Assert.That(published.GetProperty("bmiCategory").GetString(), Is.EqualTo(category));
        Assert.That(published.GetProperty("bmiForAgeZ").GetDouble(), Is.EqualTo(who.BmiForAge.Z));
        Assert.That(published.GetProperty("thinness").GetBoolean(), Is.EqualTo(thinness));
        Assert.That(published.GetProperty("obesity").GetBoolean(), Is.EqualTo(obesity));
    }

    [Test]
    public async Task A_remaja_putri_is_screened_for_anaemia_and_given_iron_tablets_but_a_boy_gets_none()
    {
        var putri = await _world.ResidentAsync("Putri Ayu", "female", "2012-02-01");
        var putra = await _world.ResidentAsync("Putra", "male", "2012-02-01");

        var screening = await (await Kader.PostJson($"/api/health/residents/{putri}/screenings",
                new { screenedOn = "2026-11-10", hbGPerDl = 11.8, ironTabletsGiven = 4 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        await (await Kader.PostJson($"/api/health/residents/{putra}/screenings",
                new { screenedOn = "2026-11-10", hbGPerDl = 11.8, ironTabletsGiven = 4 }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var tooMany = await (await Kader.PostJson($"/api/health/residents/{putri}/screenings",
                new { screenedOn = "2026-11-10", ironTabletsGiven = 500 }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(screening.GetProperty("anaemia").GetBoolean(), Is.True, "Hb 11.8 < 12.0 at 14 years");
        Assert.That(screening.GetProperty("ironTabletsGiven").GetInt32(), Is.EqualTo(4));
        var published = (await _world.EventsAsync("ScreeningRecorded", screening.GetProperty("id").GetGuid())).Single();
        Assert.That(published.GetProperty("anaemia").GetBoolean(), Is.True);
        Assert.That(published.GetProperty("ironTabletsGiven").GetInt32(), Is.EqualTo(4));
        Assert.That(tooMany.ErrorFields(), Is.EqualTo(new[] { "ironTabletsGiven" }));
    }

    [Test]
    public async Task The_school_age_report_counts_thinness_and_obesity_by_imt_u_among_those_screened_once_each()
    {
        async Task Screen(Guid who, object body) =>
            await (await Kader.PostJson($"/api/health/residents/{who}/screenings", body)).ShouldBe<JsonElement>(HttpStatusCode.Created);
        var (thin, obese, normal, putri, adult) = (
            await _world.ResidentAsync("Kurus", "male", "2014-03-03"), await _world.ResidentAsync("Gemuk", "female", "2014-03-03"),
            await _world.ResidentAsync("Normal", "female", "2014-03-03"), await _world.ResidentAsync("Rematri", "female", "2011-01-01"),
            await _world.ResidentAsync("Dewasa", "female", "1990-01-01"));
        await Screen(thin, new { screenedOn = "2026-10-05", weightKg = 28.0, heightCm = 150.0 });
        await Screen(obese, new { screenedOn = "2026-10-05", weightKg = 60.0, heightCm = 145.0 });
        await Screen(normal, new { screenedOn = "2026-10-05", weightKg = 60.0, heightCm = 150.0 }); // re-measured later:
        await Screen(normal, new { screenedOn = "2026-10-20", weightKg = 37.0, heightCm = 150.0 }); // this one counts
        await Screen(putri, new { screenedOn = "2026-10-05", hbGPerDl = 11.0, ironTabletsGiven = 4 });
        await Screen(adult, new { screenedOn = "2026-10-05", weightKg = 40.0, heightCm = 160.0 });

        using var province = _world.Host.Client([Roles.Dpmd], region: "64"); // sees the counts below the small-cell threshold
        var report = await (await province.GetAsync($"/api/health/reports/school-age-nutrition?region={LifeCycleWorld.Perian}&period=2026-10&by=posyandu"))
            .ShouldBe<JsonElement>(HttpStatusCode.OK);

        var total = report.GetProperty("total");
        Assert.That(total.GetProperty("screened").GetInt32(), Is.EqualTo(4), "four 5–17-year-olds; the adult is not counted");
        Assert.That(total.GetProperty("bmiForAgeMeasured").GetInt32(), Is.EqualTo(3));
        Assert.That(total.GetProperty("thin").GetInt32(), Is.EqualTo(1));
        Assert.That(total.GetProperty("severelyThin").GetInt32(), Is.EqualTo(1));
        Assert.That(total.GetProperty("thinPercent").GetDecimal(), Is.EqualTo(33.3m));
        Assert.That(total.GetProperty("obese").GetInt32(), Is.EqualTo(1), "the re-measured girl counts by her last screening");
        Assert.That(total.GetProperty("obesePercent").GetDecimal(), Is.EqualTo(33.3m));
        Assert.That(total.GetProperty("girlsHbTested").GetInt32(), Is.EqualTo(1));
        Assert.That(total.GetProperty("girlsAnaemic").GetInt32(), Is.EqualTo(1));
        Assert.That(total.GetProperty("girlsGivenIronTablets").GetInt32(), Is.EqualTo(1));
        Assert.That(report.GetProperty("rows").EnumerateArray().Single().GetProperty("key").GetString(), Is.EqualTo(_world.Posyandu.ToString()));
    }

    [TestCase("female", 8, 11.4, true)]
    [TestCase("female", 8, 11.5, false)]
    [TestCase("female", 13, 11.9, true)]
    [TestCase("female", 16, 12.0, false)]
    [TestCase("male", 16, 12.9, true)]
    [TestCase("male", 13, 12.9, false)]
    public void Anaemia_cut_offs_of_who_by_age_and_sex(string sex, int age, double hb, bool anaemic) =>
        Assert.That(Health.LifeCycle.Anaemia.IsAnaemic(sex == "male" ? Sex.Male : Sex.Female, age, hb), Is.EqualTo(anaemic));

    [Test]
    public async Task An_elder_is_screened_as_lansia()
    {
        var maryam = await _world.ResidentAsync("Maryam", "female", "1960-02-02");

        var screening = await (await Kader.PostJson($"/api/health/residents/{maryam}/screenings", new { screenedOn = "2026-11-10", systolicMmHg = 160, diastolicMmHg = 85 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(screening.GetProperty("lifeStage").GetString(), Is.EqualTo("elderly"));
        Assert.That(screening.GetProperty("hypertension").GetBoolean(), Is.True);
        Assert.That(screening.GetProperty("bmi").ValueKind, Is.EqualTo(JsonValueKind.Null), "no weight and height, no BMI");
    }

    [Test]
    public async Task Bad_screenings_are_refused_and_store_nothing()
    {
        var toddler = await _world.ResidentAsync("Rizky", "male", "2024-05-17");
        var wati = await _world.ResidentAsync("Wati", "female", "1995-05-05");
        var before = await _world.CountAsync();
        var url = $"/api/health/residents/{wati}/screenings";

        await (await Kader.PostJson($"/api/health/residents/{toddler}/screenings", new { screenedOn = "2026-11-10", weightKg = 12.0 })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await Kader.PostJson($"/api/health/residents/{Guid.NewGuid()}/screenings", new { screenedOn = "2026-11-10", weightKg = 60.0 })).ShouldBeProblem(HttpStatusCode.NotFound);
        var inverted = await (await Kader.PostJson(url, new { screenedOn = "2026-11-10", systolicMmHg = 70, diastolicMmHg = 90 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var noWeight = await (await Kader.PostJson(url, new { screenedOn = "2026-11-10", weightKg = 0.0, heightCm = -150.0 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var nothing = await (await Kader.PostJson(url, new { screenedOn = "2026-11-10" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var future = await (await Kader.PostJson(url, new { screenedOn = "2099-11-10", weightKg = 60.0 })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(inverted.ErrorFields(), Is.EqualTo(new[] { "systolicMmHg" }));
        Assert.That(noWeight.ErrorFields(), Is.EquivalentTo(new[] { "weightKg", "heightCm" }));
        Assert.That(nothing.ErrorFields(), Is.EqualTo(new[] { "weightKg" }));
        Assert.That(future.ErrorFields(), Is.EqualTo(new[] { "screenedOn" }));
        Assert.That(await _world.CountAsync(), Is.EqualTo(before));
    }
}
