using System.Text.Json;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.SharedKernel.Tests.Domain;

public sealed class SexTests
{
    [Test]
    public void Values_are_the_who_codes()
    {
        Assert.That((int)Sex.Male, Is.EqualTo(1));
        Assert.That((int)Sex.Female, Is.EqualTo(2));
    }

    [TestCase("male", Sex.Male)]
    [TestCase("MALE", Sex.Male)]
    [TestCase("Laki-laki", Sex.Male)]
    [TestCase("L", Sex.Male)]
    [TestCase("l", Sex.Male)]
    [TestCase("female", Sex.Female)]
    [TestCase("PEREMPUAN", Sex.Female)]
    [TestCase("perempuan", Sex.Female)]
    [TestCase("P", Sex.Female)]
    [TestCase("p", Sex.Female)]
    public void Accepts_english_and_indonesian(string text, Sex sex)
    {
        Assert.That(Sexes.TryParse(text, out var parsed, out var error), Is.True, error);
        Assert.That(parsed, Is.EqualTo(sex));
        Assert.That(Sexes.Parse(text), Is.EqualTo(sex));
    }

    [TestCase(null, "required")]
    [TestCase("", "required")]
    [TestCase("x", "male or female")]
    [TestCase("wanita", "male or female")]
    [TestCase("0", "male or female")]
    public void Rejects_anything_else(string? text, string message)
    {
        Assert.That(Sexes.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(message));
        Assert.That(() => Sexes.Parse(text!), Throws.InstanceOf<FormatException>());
    }

    [Test]
    public void Labels_never_guess_an_undefined_value()
    {
        Assert.That(Sex.Female.ToApi(), Is.EqualTo("female"));
        Assert.That(Sex.Male.ToIndonesian(), Is.EqualTo("Laki-laki"));
        Assert.That(() => default(Sex).ToApi(), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCase(Sex.Male, "\"male\"")]
    [TestCase(Sex.Female, "\"female\"")]
    public void Json_is_male_or_female(Sex sex, string json)
    {
        Assert.That(JsonSerializer.Serialize(sex), Is.EqualTo(json));
        Assert.That(JsonSerializer.Deserialize<Sex>(json), Is.EqualTo(sex));
    }

    [TestCase("\"perempuan\"", Sex.Female)]
    [TestCase("\"L\"", Sex.Male)]
    public void Json_reads_the_aliases(string json, Sex sex) =>
        Assert.That(JsonSerializer.Deserialize<Sex>(json), Is.EqualTo(sex));

    [TestCase("\"x\"")]
    [TestCase("1")]
    [TestCase("null")]
    public void Json_rejects_anything_else(string json) =>
        Assert.That(() => JsonSerializer.Deserialize<Sex>(json),
            Throws.InstanceOf<JsonException>().With.Message.Contains("male").And.Message.Contains("female"));
}
