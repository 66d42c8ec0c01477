using System.Text.Json;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.SharedKernel.Tests.Domain;

public sealed class PeriodAndSexTests
{
    [Test]
    public void A_period_knows_its_days_and_neighbours()
    {
        var february = Period.Parse("2024-02");

        Assert.That(february.FirstDay, Is.EqualTo(new DateOnly(2024, 2, 1)));
        Assert.That(february.LastDay, Is.EqualTo(new DateOnly(2024, 2, 29)));
        Assert.That(Period.Parse("2026-12").Next().ToString(), Is.EqualTo("2027-01"));
        Assert.That(Period.Parse("2027-01").Previous().ToString(), Is.EqualTo("2026-12"));
        Assert.That(february.Contains(new DateOnly(2024, 2, 29)), Is.True);
        Assert.That(february.Contains(new DateOnly(2024, 3, 1)), Is.False);
        Assert.That(Period.Parse("2026-01") < Period.Parse("2026-02"), Is.True);
        Assert.That(Period.Of(new DateOnly(2026, 11, 24)).ToString(), Is.EqualTo("2026-11"));
    }

    [TestCase("2026-00")]
    [TestCase("2026-13")]
    [TestCase("2026-1")]
    [TestCase("26-01")]
    [TestCase("2026/01")]
    [TestCase("1899-12")]
    [TestCase("3000-01")]
    [TestCase("")]
    public void Rejects_what_is_not_a_month(string text)
    {
        Assert.That(Period.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain("yyyy-MM").Or.Contain("01–12"));
    }

    [Test]
    public void Period_json_is_yyyy_MM() =>
        Assert.That(JsonSerializer.Serialize(Period.Parse("2026-03")), Is.EqualTo("\"2026-03\""));

    [TestCase("male", Sex.Male)]
    [TestCase("Laki-laki", Sex.Male)]
    [TestCase("L", Sex.Male)]
    [TestCase("female", Sex.Female)]
    [TestCase("PEREMPUAN", Sex.Female)]
    [TestCase("p", Sex.Female)]
    public void Sex_accepts_english_and_indonesian(string text, Sex sex)
    {
        Assert.That(Sexes.TryParse(text, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(sex));
    }

    [Test]
    public void Sex_json_is_male_or_female()
    {
        Assert.That(JsonSerializer.Serialize(Sex.Female), Is.EqualTo("\"female\""));
        Assert.That(() => JsonSerializer.Deserialize<Sex>("\"x\""), Throws.InstanceOf<JsonException>());
        Assert.That(() => JsonSerializer.Deserialize<Sex>("1"), Throws.InstanceOf<JsonException>());
    }
}
