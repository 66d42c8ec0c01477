using System.Net;
using System.Text;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Health.Tests;

/// <summary>POST /api/health/anthropometry/z-scores through the real pipeline.</summary>
public sealed class ZScoreCalculatorTests
{
    private TestHost _host = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync();
        _client = _host.Client([Roles.Health], region: "64");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task Results_come_back_in_order_with_categories_and_nulls_where_who_computes_none()
    {
        var response = await _client.PostJson("/api/health/anthropometry/z-scores", new object[]
        {
            new { sex = "female", ageDays = 1522, weightKg = 17.0 },
            new { sex = "male", ageDays = 987, lengthHeightCm = 72.86, measurement = "lying" },
            new { sex = "male", ageDays = 90, weightKg = 95.0, lengthHeightCm = 60.0, oedema = false }, // absurd but a number: flagged
            new { sex = "male", ageDays = 2000, weightKg = 18.0 },
        });

        var results = await response.ShouldBe<List<JsonElement>>(HttpStatusCode.OK);
        Assert.That(results, Has.Count.EqualTo(4));
        Assert.That(results[0].GetProperty("weightForAge").GetProperty("z").GetDouble(), Is.EqualTo(0.24));
        Assert.That(results[0].GetProperty("weightForAge").GetProperty("category").GetString(), Is.EqualTo("berat badan normal"));
        Assert.That(results[0].GetProperty("lengthHeightForAge").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(results[1].GetProperty("adjustedLengthHeightCm").GetDouble(), Is.EqualTo(72.16));
        Assert.That(results[1].GetProperty("lengthHeightForAge").GetProperty("z").GetDouble(), Is.EqualTo(-6.09));
        Assert.That(results[1].GetProperty("lengthHeightForAge").GetProperty("flagged").GetBoolean(), Is.True);
        Assert.That(results[1].GetProperty("lengthHeightForAge").GetProperty("category").GetString(), Is.EqualTo("sangat pendek"));
        Assert.That(results[2].GetProperty("weightForAge").GetProperty("flagged").GetBoolean(), Is.True);
        Assert.That(results[3].GetProperty("weightForAge").GetProperty("z").ValueKind, Is.EqualTo(JsonValueKind.Number), "65.7 months: 2007 reference");
        Assert.That(results[3].GetProperty("weightForLengthHeight").ValueKind, Is.EqualTo(JsonValueKind.Null), "none in the 2007 reference");
    }

    [Test]
    public async Task A_decimal_age_in_months_scores_school_age_children_on_the_2007_reference()
    {
        var results = await PostAsync(new object[]
        {
            new { sex = "female", ageMonths = 150.5, weightKg = 60.0, lengthHeightCm = 150.0, headCircumferenceCm = 52.0 },
            new { sex = "male", ageMonths = 130.0, weightKg = 28.0, lengthHeightCm = 140.0 },
            new { sex = "male", ageMonths = 59.99, weightKg = 18.0, lengthHeightCm = 108.0, measurement = "standing" },
            new { sex = "male", ageMonths = 228.01, weightKg = 60.0, lengthHeightCm = 170.0 },
        });

        Assert.That(results[0].GetProperty("bmiForAge").GetProperty("category").GetString(), Is.EqualTo("obesitas"));
        Assert.That(results[0].GetProperty("lengthHeightForAge").GetProperty("category").GetString(), Is.EqualTo("normal"));
        Assert.That(results[0].GetProperty("headCircumferenceForAge").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(results[0].GetProperty("weightForAge").ValueKind, Is.EqualTo(JsonValueKind.Null), "weight-for-age stops at 120 months");
        Assert.That(results[1].GetProperty("weightForAge").ValueKind, Is.EqualTo(JsonValueKind.Null), "130 months");
        Assert.That(results[1].GetProperty("lengthHeightForAge").ValueKind, Is.EqualTo(JsonValueKind.Object));
        Assert.That(results[2].GetProperty("weightForLengthHeight").ValueKind, Is.EqualTo(JsonValueKind.Object), "under 60 months: the 2006 standards");
        Assert.That(results[3].GetProperty("bmiForAge").ValueKind, Is.EqualTo(JsonValueKind.Null), "after 228 months: none");
        Assert.That(results[3].GetProperty("bmi").GetDouble(), Is.EqualTo(20.76));
    }

    [Test]
    public async Task Exactly_one_age_is_required()
    {
        var response = await _client.PostJson("/api/health/anthropometry/z-scores", new object[]
        {
            new { sex = "male", ageMonths = 100.5, weightKg = 26.0 },
            new { sex = "male", ageDays = 3000, ageMonths = 100.5, weightKg = 26.0 },
            new { sex = "female", weightKg = 26.0 },
            new { sex = "female", ageMonths = -0.5, weightKg = 6.0 },
        });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem.ErrorFields(), Is.EquivalentTo(new[] { "items[1].ageDays", "items[2].ageDays", "items[3].ageMonths" }));
    }

    private async Task<List<JsonElement>> PostAsync(object[] items) =>
        await (await _client.PostJson("/api/health/anthropometry/z-scores", items)).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);

    [Test]
    public async Task Missing_sex_or_a_negative_age_is_a_400_naming_the_item()
    {
        var response = await _client.PostJson("/api/health/anthropometry/z-scores", new object[]
        {
            new { sex = "male", ageDays = 100, weightKg = 6.0 },
            new { ageDays = 100, weightKg = 6.0 },
            new { sex = "female", ageDays = -1, weightKg = 6.0 },
        });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem.ErrorFields(), Is.EquivalentTo(new[] { "items[1].sex", "items[2].ageDays" }));
    }

    [TestCase("""[{ "sex": "male", "ageDays": 100, "weightKg": "heavy" }]""", "[0].weightKg")]
    [TestCase("""[{ "sex": "boy", "ageDays": 100 }]""", "[0].sex")]
    [TestCase("""[{ "sex": "male", "ageDays": 100, "measurement": "sitting" }]""", "[0].measurement")]
    public async Task Values_that_are_not_numbers_or_known_words_are_field_errors(string body, string field)
    {
        var response = await _client.PostAsync("/api/health/anthropometry/z-scores", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task More_than_10000_items_are_refused()
    {
        var items = Enumerable.Repeat(new { sex = "male", ageDays = 100, weightKg = 6.0 }, 10_001).ToArray();

        var problem = await (await _client.PostJson("/api/health/anthropometry/z-scores", items)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { "items" }));
    }
}
