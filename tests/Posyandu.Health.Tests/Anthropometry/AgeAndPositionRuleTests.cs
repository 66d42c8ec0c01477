using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;
using static Posyandu.Health.Tests.Anthropometry.Child;

namespace Posyandu.Health.Tests.Anthropometry;

/// <summary>README rules 1 (age) and 2 (length vs height) at their boundaries.</summary>
public sealed class AgeAndPositionRuleTests
{
    [TestCase(0, true)]
    [TestCase(1826, true)]  // 59.99 months (unrounded) < 60
    [TestCase(1827, false)] // 60.02 months
    [TestCase(1856, false)] // still in the table, but 60.98 months
    [TestCase(1857, false)]
    [TestCase(-1, false)]
    public void Z_scores_only_from_0_days_to_below_60_months(int days, bool computed)
    {
        var r = Calc(Sex.Male, days, weight: 12, length: 90, head: 48);

        Assert.That(new[] { r.WeightForAge, r.LengthHeightForAge, r.WeightForLengthHeight, r.BmiForAge, r.HeadCircumferenceForAge },
            computed ? Has.None.Null : Has.All.Null);
    }

    [Test]
    public void Over_60_months_the_adjusted_length_and_bmi_are_still_reported()
    {
        var r = Calc(Sex.Male, 1900, 16, 100, MeasurementPosition.Lying);

        Assert.That(r.AdjustedLengthHeightCm, Is.EqualTo(99.3).Within(1e-12));
        Assert.That(r.Bmi, Is.EqualTo(16 / (0.993 * 0.993)).Within(1e-9));
    }

    [Test]
    public void A_negative_age_gives_no_z_score_and_no_adjustment()
    {
        var r = Calc(Sex.Male, -1, 9, 80, MeasurementPosition.Standing);

        Assert.That(r.AdjustedLengthHeightCm, Is.EqualTo(80));
        Assert.That(r.WeightForLengthHeight, Is.Null);
    }

    [TestCase(730, MeasurementPosition.Standing, 80.7)] // length table: standing + 0.7
    [TestCase(730, MeasurementPosition.Lying, 80.0)]
    [TestCase(731, MeasurementPosition.Lying, 79.3)]    // height table: lying − 0.7
    [TestCase(731, MeasurementPosition.Standing, 80.0)]
    [TestCase(730, null, 80.0)]                         // unknown position: no adjustment either way
    [TestCase(731, null, 80.0)]
    public void Adjustment_at_the_731_day_switch(int days, MeasurementPosition? position, double expected) =>
        Assert.That(Calc(Sex.Female, days, length: 80, position: position).AdjustedLengthHeightCm, Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void The_adjusted_value_feeds_length_for_age_wfl_and_bmi()
    {
        var standing = Calc(Sex.Female, 700, 10, 80, MeasurementPosition.Standing);
        var lying = Calc(Sex.Female, 700, 10, 80.7, MeasurementPosition.Lying);

        Assert.That(standing.AdjustedLengthHeightCm, Is.EqualTo(lying.AdjustedLengthHeightCm).Within(1e-12));
        Assert.That(standing.LengthHeightForAge, Is.EqualTo(lying.LengthHeightForAge));
        Assert.That(standing.WeightForLengthHeight, Is.EqualTo(lying.WeightForLengthHeight));
        Assert.That(standing.BmiForAge, Is.EqualTo(lying.BmiForAge));
    }

    [TestCase(273, true)]  // 8.97 months
    [TestCase(274, false)] // 9.002 months
    public void Standing_under_9_months_gets_no_0_7_cm_but_keeps_its_length_based_z_scores(int days, bool implausible)
    {
        var m = Measured(Sex.Female, days, 7, 65, MeasurementPosition.Standing);
        var r = GrowthStandards.Calculate(m);

        Assert.That(GrowthStandards.IsImplausiblePosition(m), Is.EqualTo(implausible));
        Assert.That(r.AdjustedLengthHeightCm, Is.EqualTo(implausible ? 65.0 : 65.7).Within(1e-12));
        Assert.That(new[] { r.LengthHeightForAge, r.WeightForLengthHeight, r.BmiForAge }, Has.None.Null,
            "WHO anthro (c9mo_flag) sets the position, not the length, to missing");
    }

    [Test]
    public void Unknown_position_makes_no_adjustment_at_any_age()
    {
        Assert.That(Calc(Sex.Male, 100, length: 60).AdjustedLengthHeightCm, Is.EqualTo(60));
        Assert.That(Calc(Sex.Male, 1000, length: 90).AdjustedLengthHeightCm, Is.EqualTo(90));
    }

    [Test]
    public void Unknown_age_computes_only_weight_for_length_height_without_adjustment()
    {
        var r = Calc(Sex.Male, null, 10, 80, MeasurementPosition.Lying, head: 45);

        Assert.That(r.AdjustedLengthHeightCm, Is.EqualTo(80));
        Assert.That(r.WeightForLengthHeight, Is.Not.Null);
        Assert.That(new[] { r.WeightForAge, r.LengthHeightForAge, r.BmiForAge, r.HeadCircumferenceForAge }, Has.All.Null);
    }
}
