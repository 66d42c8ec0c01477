using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;
using static Posyandu.Health.Tests.Anthropometry.Child;

namespace Posyandu.Health.Tests.Anthropometry;

/// <summary>README rule 6: the LMS formula by hand from the CSV rows, and where the restricted method applies.</summary>
public sealed class FormulaTests
{
    [Test]
    public void Weight_for_age_inside_3_sd_is_the_plain_formula()
    {
        var row = CsvRows.Row("weight-for-age.csv", 1, "365");

        Assert.That(Calc(Sex.Male, 365, weight: 9.0).WeightForAge!.Z, Is.EqualTo(Math.Round(CsvRows.PlainZ(row, 9.0), 2)));
    }

    [Test]
    public void Bmi_for_age_is_computed_from_the_row_of_the_age()
    {
        var row = CsvRows.Row("bmi-for-age.csv", 2, "900");
        var bmi = 12 / Math.Pow(0.853, 2); // 86 cm lying at 900 days → 85.3 cm

        var r = Calc(Sex.Female, 900, 12, 86, MeasurementPosition.Lying);

        Assert.That(r.Bmi, Is.EqualTo(bmi).Within(1e-12));
        Assert.That(r.BmiForAge!.Z, Is.EqualTo(Math.Round(CsvRows.PlainZ(row, bmi), 2)));
    }

    [Test]
    public void Head_circumference_is_the_plain_formula()
    {
        var row = CsvRows.Row("head-circumference-for-age.csv", 2, "500");

        Assert.That(Calc(Sex.Female, 500, head: 45.3).HeadCircumferenceForAge!.Z, Is.EqualTo(Math.Round(CsvRows.PlainZ(row, 45.3), 2)));
    }

    [TestCase(3.8)]
    [TestCase(-3.8)]
    public void Weight_for_age_beyond_3_sd_uses_the_restricted_method(double target)
    {
        var row = CsvRows.Row("weight-for-age.csv", 1, "365");
        var y = CsvRows.MeasureAtRestrictedZ(row, target);

        var z = Calc(Sex.Male, 365, weight: y).WeightForAge!.Z;

        Assert.That(z, Is.EqualTo(target).Within(1e-9));
        Assert.That(Math.Round(CsvRows.PlainZ(row, y), 2), Is.Not.EqualTo(target), "the plain formula would differ here");
    }

    [TestCase(4.2)]
    [TestCase(-4.2)]
    public void Bmi_and_weight_for_height_beyond_3_sd_use_the_restricted_method(double target)
    {
        var bmiRow = CsvRows.Row("bmi-for-age.csv", 2, "1200");
        var wfhRow = CsvRows.Row("weight-for-height.csv", 2, "95.0");
        var wfhWeight = CsvRows.MeasureAtRestrictedZ(wfhRow, target);
        var bmiWeight = CsvRows.MeasureAtRestrictedZ(bmiRow, target) * 0.95 * 0.95;

        Assert.That(Calc(Sex.Female, 1200, wfhWeight, 95).WeightForLengthHeight!.Z, Is.EqualTo(target).Within(1e-9));
        Assert.That(Calc(Sex.Female, 1200, bmiWeight, 95).BmiForAge!.Z, Is.EqualTo(target).Within(1e-9));
    }

    [TestCase(4.2)]
    [TestCase(-4.2)]
    public void Length_for_age_is_never_restricted(double target)
    {
        var row = CsvRows.Row("length-height-for-age.csv", 1, "400");
        var y = row.M * (1 + (target * row.S)); // L = 1: the plain formula inverted

        Assert.That(Calc(Sex.Male, 400, length: y).LengthHeightForAge!.Z, Is.EqualTo(target).Within(1e-9));
    }

    [TestCase(4.2)]
    [TestCase(-4.2)]
    public void Head_circumference_is_never_restricted(double target)
    {
        var row = CsvRows.Row("head-circumference-for-age.csv", 2, "300");
        var y = row.M * (1 + (target * row.S));

        Assert.That(Calc(Sex.Female, 300, head: y).HeadCircumferenceForAge!.Z, Is.EqualTo(target).Within(1e-9));
    }

    [Test]
    public void Internal_formulas_agree_with_hand_arithmetic()
    {
        var row = CsvRows.Row("weight-for-age.csv", 2, "600");
        var lms = new Lms(row.L, row.M, row.S);

        Assert.That(ZScore.Plain(lms, 11.1), Is.EqualTo(CsvRows.PlainZ(row, 11.1)).Within(1e-12));
        Assert.That(ZScore.Sd(lms, -2), Is.EqualTo(CsvRows.SdAt(row, -2)).Within(1e-12));
        Assert.That(ZScore.Restricted(lms, 5.0), Is.EqualTo(-3 + ((5.0 - CsvRows.SdAt(row, -3)) / (CsvRows.SdAt(row, -2) - CsvRows.SdAt(row, -3)))).Within(1e-12));
    }
}
