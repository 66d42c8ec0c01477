using System.Net;
using System.Text.Json;
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
    public async Task A_school_child_gets_no_adult_flags_but_a_high_glucose_still_counts()
    {
        var ayu = await _world.ResidentAsync("Ayu Lestari", "female", "2018-04-04");

        var screening = await (await Kader.PostJson($"/api/health/residents/{ayu}/screenings",
                new { screenedOn = "2026-11-10", weightKg = 45.0, heightCm = 125.0, systolicMmHg = 145, diastolicMmHg = 95, bloodGlucoseMgPerDl = 250.0, waistCm = 85.0 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(screening.GetProperty("lifeStage").GetString(), Is.EqualTo("schoolAgeAndAdolescent"));
        Assert.That(screening.GetProperty("bmi").GetDouble(), Is.EqualTo(28.8));
        Assert.That(screening.GetProperty("obesity").ValueKind, Is.EqualTo(JsonValueKind.Null), "adult BMI cut-off does not apply at 8");
        Assert.That(screening.GetProperty("hypertension").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(screening.GetProperty("centralObesity").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(screening.GetProperty("diabetesSuspicion").GetBoolean(), Is.True);
    }

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
