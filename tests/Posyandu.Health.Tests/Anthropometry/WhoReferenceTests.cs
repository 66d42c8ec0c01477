using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;
using static Posyandu.Health.Tests.Anthropometry.Child;

namespace Posyandu.Health.Tests.Anthropometry;

/// <summary>
/// Values published by WHO's anthro R package (github.com/WorldHealthOrganization/anthro): its README example,
/// the examples of ?anthro_zscores, and tests/testthat/test-zscores.R, test-zscore-weight-for-age.R,
/// test-zscore-length-for-age.R and test-zscore-bmi-for-age.R. Ages given there in months are converted to days as
/// anthro does (months × 30.4375, rounded half up).
/// </summary>
public sealed class WhoReferenceTests
{
    // anthro README: anthro_zscores(sex = c(1, 2, 1, 1), age = c(1001, 1000, 1010, 1000),
    //   weight = c(18, 15, 10, 15), lenhei = c(120, 80, 100, 100)) — no measure given, so no adjustment.
    [TestCase(Sex.Male, 1001, 18.0, 120.0, 12.5, 7.31, true, 2.20, -2.39, -3.01)]
    [TestCase(Sex.Female, 1000, 15.0, 80.0, 23.4375, -3.50, false, 0.95, 4.13, 4.66)]
    [TestCase(Sex.Male, 1010, 10.0, 100.0, 10.0, 1.62, false, -2.76, -5.19, -5.61)]
    [TestCase(Sex.Male, 1000, 15.0, 100.0, 15.0, 1.70, false, 0.69, -0.29, -0.58)]
    public void Anthro_readme_example(Sex sex, int days, double weight, double length, double bmi, double zlen, bool flen, double zwei, double zwfl, double zbmi)
    {
        var r = Calc(sex, days, weight, length);

        Assert.Multiple(() =>
        {
            Assert.That(r.AdjustedLengthHeightCm, Is.EqualTo(length));
            Assert.That(r.Bmi, Is.EqualTo(bmi).Within(1e-9)); // R prints 7 significant digits
            Assert.That(r.LengthHeightForAge!.Z, Is.EqualTo(zlen));
            Assert.That(r.LengthHeightForAge.Flagged, Is.EqualTo(flen));
            Assert.That(r.WeightForAge!.Z, Is.EqualTo(zwei));
            Assert.That(r.WeightForAge.Flagged, Is.False);
            Assert.That(r.WeightForLengthHeight!.Z, Is.EqualTo(zwfl));
            Assert.That(r.WeightForLengthHeight.Flagged, Is.EqualTo(Math.Abs(zwfl) > 5));
            Assert.That(r.BmiForAge!.Z, Is.EqualTo(zbmi));
            Assert.That(r.BmiForAge.Flagged, Is.EqualTo(Math.Abs(zbmi) > 5));
        });
    }

    [Test] // test-zscores.R "length for age uses adjusted lenhei"
    public void Length_for_age_uses_the_adjusted_length_and_flags_beyond_6()
    {
        var r = Calc(Sex.Male, 987, length: 72.86, position: MeasurementPosition.Lying);

        Assert.That(r.AdjustedLengthHeightCm, Is.EqualTo(72.86 - 0.7));
        Assert.That(r.LengthHeightForAge!.Z, Is.EqualTo(-6.09));
        Assert.That(r.LengthHeightForAge.Flagged, Is.True);
    }

    [Test] // test-zscores.R "young children with measured standing will be adjusted": 8 and 9 months, 60 cm, "h"
    public void Standing_under_9_months_is_taken_as_an_unknown_position()
    {
        var eight = Measured(Sex.Male, 244, length: 60, position: MeasurementPosition.Standing); // 8 × 30.4375 = 243.5 → 244
        var nine = Measured(Sex.Male, 274, length: 60, position: MeasurementPosition.Standing);  // 9 × 30.4375 = 273.94 → 274

        Assert.That(GrowthStandards.IsImplausiblePosition(eight), Is.True);
        Assert.That(GrowthStandards.IsImplausiblePosition(nine), Is.False);
        Assert.That(GrowthStandards.Calculate(eight).AdjustedLengthHeightCm, Is.EqualTo(60.0));
        Assert.That(GrowthStandards.Calculate(nine).AdjustedLengthHeightCm, Is.EqualTo(60.7));
        Assert.That(GrowthStandards.Calculate(eight).LengthHeightForAge!.Z, Is.EqualTo(-4.81).Within(0.01));
        Assert.That(GrowthStandards.Calculate(nine).LengthHeightForAge!.Z, Is.EqualTo(-5.02).Within(0.01));
    }

    [TestCase(MeasurementPosition.Standing)] // test-zscores.R "height measurements are used for age 24 months" and
    [TestCase(null)]                         // "clenhei takes the measure argument into account correctly"
    public void At_24_months_the_height_table_is_used(MeasurementPosition? position)
    {
        var r = Calc(Sex.Female, 731, 8.8, 77.5, position); // 24 × 30.4375 = 730.5 → 731

        Assert.That(r.AdjustedLengthHeightCm, Is.EqualTo(77.5));
        Assert.That(r.LengthHeightForAge!.Z, Is.EqualTo(-2.55));
    }

    [TestCase(730, MeasurementPosition.Standing, 100.7)] // test-zscores.R "adds adjusted lenhei to the output"
    [TestCase(800, MeasurementPosition.Standing, 100.0)]
    [TestCase(730, MeasurementPosition.Lying, 100.0)]
    [TestCase(800, MeasurementPosition.Lying, 99.3)]
    public void Adjusted_length_height(int days, MeasurementPosition position, double expected) =>
        Assert.That(Calc(Sex.Male, days, length: 100, position: position).AdjustedLengthHeightCm, Is.EqualTo(expected).Within(1e-12));

    [Test] // test-zscore-weight-for-age.R "computes the z-score": girl, 1522 days, 17 kg
    public void Weight_for_age_of_a_girl_of_1522_days()
    {
        var r = Calc(Sex.Female, 1522, weight: 17);

        Assert.That(r.WeightForAge!.Z, Is.EqualTo(0.24));
        Assert.That(r.WeightForAge.Flagged, Is.False);
    }

    [Test] // test-zscore-weight-for-age.R "has a default flag threshold of -6;5": girl, 1 day, 10.37 kg
    public void Weight_for_age_beyond_5_is_flagged() =>
        Assert.That(Calc(Sex.Female, 1, weight: 10.37).WeightForAge!.Flagged, Is.True);

    [Test] // test-zscore-length-for-age.R: boy, 44 days, 50 cm; expected round(((50 / 56.4833)^1 - 1) / (0.03492 * 1), 2)
    public void Length_for_age_of_a_boy_of_44_days() =>
        Assert.That(Calc(Sex.Male, 44, length: 50).LengthHeightForAge!.Z, Is.EqualTo(Math.Round(((50 / 56.4833) - 1) / 0.03492, 2)).And.EqualTo(-3.29));

    [Test] // test-zscore-bmi-for-age.R "has a default flag threshold": girl, 1 day, BMI 25 (6.25 kg at 50 cm)
    public void Bmi_for_age_beyond_5_is_flagged()
    {
        var r = Calc(Sex.Female, 1, weight: 6.25, length: 50);

        Assert.That(r.Bmi, Is.EqualTo(25.0));
        Assert.That(r.BmiForAge!.Flagged, Is.True);
    }

    // ?anthro_zscores examples: anthro_zscores(sex = "f", age = 10, is_age_in_month = TRUE, weight = 10) → 1.33;
    // anthro_zscores(sex = "f", age = c(10, 20, 30), weight = 10) (days) → 10.46, 9.14, 8.01, all flagged.
    [TestCase(304, 1.33, false)] // 10 × 30.4375 = 304.375 → 304
    [TestCase(10, 10.46, true)]
    [TestCase(20, 9.14, true)]
    [TestCase(30, 8.01, true)]
    public void Weight_for_age_examples_of_the_anthro_manual(int days, double zwei, bool flagged)
    {
        var r = Calc(Sex.Female, days, weight: 10);

        Assert.That(r.WeightForAge!.Z, Is.EqualTo(zwei));
        Assert.That(r.WeightForAge.Flagged, Is.EqualTo(flagged));
    }

    [Test] // test-zscores.R "zscores are only computed for children younger than 60 months": 59.9 months → 1823 days
    public void At_59_9_months_every_indicator_is_computed()
    {
        var r = Calc(Sex.Male, 1823, 20, 80, MeasurementPosition.Standing, head: 5);

        Assert.That(new[] { r.WeightForAge, r.LengthHeightForAge, r.WeightForLengthHeight, r.BmiForAge, r.HeadCircumferenceForAge }, Has.None.Null);
    }

    [Test] // test-zscores.R "does not compute anything if sex is NA"
    public void Nothing_without_a_sex() =>
        Assert.That(Calc(null, 50, length: 50).LengthHeightForAge, Is.Null);
}
