using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.Health.Tests.Anthropometry;

/// <summary>The growth-chart lines are the inverse of the z-score: a value read off the −2 SD line scores −2.</summary>
public sealed class GrowthCurvesTests
{
    [TestCase(Sex.Male, 0, -2.0)]
    [TestCase(Sex.Female, 400, 0.0)]
    [TestCase(Sex.Male, 1000, 1.5)]
    [TestCase(Sex.Female, 1800, -2.5)]
    public void A_value_on_a_line_scores_that_line(Sex sex, int ageDays, double z)
    {
        var weight = Math.Round(GrowthCurves.WeightForAgeKg(sex, ageDays, z), 3);
        var length = Math.Round(GrowthCurves.LengthHeightForAgeCm(sex, ageDays, z), 2);

        var result = GrowthStandards.Calculate(new ChildMeasurement(sex, ageDays, weight, length, ageDays < 731 ? MeasurementPosition.Lying : MeasurementPosition.Standing, false, null));

        Assert.That(result.WeightForAge!.Z, Is.EqualTo(z).Within(0.01));
        Assert.That(result.LengthHeightForAge!.Z, Is.EqualTo(z).Within(0.01));
    }

    [Test]
    public void The_median_boy_at_birth_weighs_what_the_who_table_says() =>
        Assert.That(GrowthCurves.WeightForAgeKg(Sex.Male, 0, 0), Is.EqualTo(3.3464).Within(0.0001));
}
