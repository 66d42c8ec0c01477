using Posyandu.Health.Anthropometry;

namespace Posyandu.Health.Tests.Anthropometry;

/// <summary>Permenkes 2/2020 categories at exactly −3, −2, +1, +2, +3 (and WHO's ±2 for head circumference).</summary>
public sealed class ClassificationTests
{
    [TestCase(-3.01, "berat badan sangat kurang")]
    [TestCase(-3.0, "berat badan kurang")]
    [TestCase(-2.01, "berat badan kurang")]
    [TestCase(-2.0, "berat badan normal")]
    [TestCase(1.0, "berat badan normal")]
    [TestCase(1.01, "risiko berat badan lebih")]
    public void Weight_for_age(double z, string category) =>
        Assert.That(Classification.WeightForAge(z), Is.EqualTo(category));

    [TestCase(-3.01, "sangat pendek")]
    [TestCase(-3.0, "pendek")]
    [TestCase(-2.01, "pendek")]
    [TestCase(-2.0, "normal")]
    [TestCase(3.0, "normal")]
    [TestCase(3.01, "tinggi")]
    public void Length_height_for_age(double z, string category) =>
        Assert.That(Classification.LengthHeightForAge(z), Is.EqualTo(category));

    [TestCase(-3.01, "gizi buruk")]
    [TestCase(-3.0, "gizi kurang")]
    [TestCase(-2.01, "gizi kurang")]
    [TestCase(-2.0, "gizi baik")]
    [TestCase(1.0, "gizi baik")]
    [TestCase(1.01, "berisiko gizi lebih")]
    [TestCase(2.0, "berisiko gizi lebih")]
    [TestCase(2.01, "gizi lebih")]
    [TestCase(3.0, "gizi lebih")]
    [TestCase(3.01, "obesitas")]
    public void Weight_for_length_height_and_bmi_for_age(double z, string category) =>
        Assert.That(Classification.NutritionalStatus(z), Is.EqualTo(category));

    [TestCase(-2.01, "mikrosefali")]
    [TestCase(-2.0, "normal")]
    [TestCase(2.0, "normal")]
    [TestCase(2.01, "makrosefali")]
    public void Head_circumference(double z, string category) =>
        Assert.That(Classification.HeadCircumference(z), Is.EqualTo(category));
}
