using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;
using static Posyandu.Health.Tests.Anthropometry.Child;

namespace Posyandu.Health.Tests.Anthropometry;

/// <summary>README rules 9 (oedema) and 10 (measurements ≤ 0, sex).</summary>
public sealed class InvalidInputAndOedemaTests
{
    [Test]
    public void Oedema_leaves_out_weight_based_indicators_but_not_length_or_head()
    {
        var r = Calc(Sex.Male, 500, 9, 78, MeasurementPosition.Lying, oedema: true, head: 46);

        Assert.That(new[] { r.WeightForAge, r.WeightForLengthHeight, r.BmiForAge }, Has.All.Null);
        Assert.That(new[] { r.LengthHeightForAge, r.HeadCircumferenceForAge }, Has.None.Null);
    }

    [Test]
    public void Oedema_without_age_leaves_out_weight_for_length_too() =>
        Assert.That(Calc(Sex.Male, null, 9, 78, oedema: true).WeightForLengthHeight, Is.Null);

    [TestCase(0.0)]
    [TestCase(-3.0)]
    [TestCase(double.NaN)]
    public void A_measurement_of_zero_or_less_is_no_measurement(double value)
    {
        var r = Calc(Sex.Male, 500, value, value, head: value);

        Assert.That(r, Is.EqualTo(AnthropometryResult.None));
    }

    [Test]
    public void A_weight_of_zero_leaves_the_length_based_indicator()
    {
        var r = Calc(Sex.Female, 500, 0, 78);

        Assert.That(new[] { r.WeightForAge, r.WeightForLengthHeight, r.BmiForAge }, Has.All.Null);
        Assert.That(r.Bmi, Is.Null);
        Assert.That(r.LengthHeightForAge, Is.Not.Null);
    }

    [Test]
    public void A_length_that_the_adjustment_takes_to_zero_or_below_is_no_length()
    {
        var r = Calc(Sex.Female, 1000, 12, 0.5, MeasurementPosition.Lying);

        Assert.That(r.AdjustedLengthHeightCm, Is.Null);
        Assert.That(new[] { r.LengthHeightForAge, r.WeightForLengthHeight, r.BmiForAge }, Has.All.Null);
        Assert.That(r.WeightForAge, Is.Not.Null);
    }

    [TestCase(null)]
    [TestCase(0)]
    [TestCase(3)]
    public void Without_sex_1_or_2_no_z_score_is_computed(int? code)
    {
        var r = Calc((Sex?)code, 500, 9, 78, head: 46);

        Assert.That(new[] { r.WeightForAge, r.LengthHeightForAge, r.WeightForLengthHeight, r.BmiForAge, r.HeadCircumferenceForAge }, Has.All.Null);
        Assert.That(r.AdjustedLengthHeightCm, Is.EqualTo(78), "like WHO's clenhei, the cleaned measure is still reported");
    }

    [Test]
    public void Nothing_measured_gives_nothing() =>
        Assert.That(Calc(Sex.Female, 100), Is.EqualTo(AnthropometryResult.None));

    [Test]
    public void Null_measurement_is_refused() =>
        Assert.That(() => GrowthStandards.Calculate(null!), Throws.ArgumentNullException);
}
