using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;
using static Posyandu.Health.Tests.Anthropometry.Child;

namespace Posyandu.Health.Tests.Anthropometry;

/// <summary>README rules 7 and 8: round to 2 decimals as R does, then flag on the rounded value.</summary>
public sealed class RoundingAndFlagTests
{
    [TestCase(2.675, 2.67)]   // stored as 2.67499999…: R gives 2.67 (.NET's Math.Round gives 2.68)
    [TestCase(1.075, 1.07)]   // stored as 1.07499999…
    [TestCase(0.125, 0.12)]   // an exact tie: to even
    [TestCase(0.375, 0.38)]   // an exact tie: to even
    [TestCase(-2.675, -2.67)] // symmetric
    [TestCase(-3.004, -3.0)]
    [TestCase(-3.006, -3.01)]
    [TestCase(0.0, 0.0)]
    public void Z_is_rounded_like_r(double z, double expected) =>
        Assert.That(ZScore.Round2(z), Is.EqualTo(expected));

    // Weight-for-age: plausible from −6 to +5. Unrounded −6.004 rounds to −6.00 (kept), −6.006 to −6.01 (flagged).
    [TestCase(-6.004, -6.0, false)]
    [TestCase(-6.006, -6.01, true)]
    [TestCase(5.004, 5.0, false)]
    [TestCase(5.006, 5.01, true)]
    public void Weight_for_age_flags_after_rounding(double unrounded, double z, bool flagged)
    {
        var row = CsvRows.Row("weight-for-age.csv", 1, "365");
        var r = Calc(Sex.Male, 365, weight: CsvRows.MeasureAtRestrictedZ(row, unrounded)).WeightForAge!;

        Assert.That(r.Z, Is.EqualTo(z));
        Assert.That(r.Flagged, Is.EqualTo(flagged));
    }

    [TestCase(-6.004, -6.0, false)]
    [TestCase(-6.006, -6.01, true)]
    [TestCase(6.004, 6.0, false)]
    [TestCase(6.006, 6.01, true)]
    public void Length_for_age_flags_after_rounding(double unrounded, double z, bool flagged)
    {
        var row = CsvRows.Row("length-height-for-age.csv", 2, "500");
        var r = Calc(Sex.Female, 500, length: row.M * (1 + (unrounded * row.S))).LengthHeightForAge!;

        Assert.That(r.Z, Is.EqualTo(z));
        Assert.That(r.Flagged, Is.EqualTo(flagged));
    }

    [TestCase(-5.004, -5.0, false)]
    [TestCase(-5.006, -5.01, true)]
    [TestCase(5.004, 5.0, false)]
    [TestCase(5.006, 5.01, true)]
    public void Weight_for_length_bmi_and_head_flag_beyond_5_after_rounding(double unrounded, double z, bool flagged)
    {
        var wfl = CsvRows.Row("weight-for-length.csv", 1, "70.0");
        var bmi = CsvRows.Row("bmi-for-age.csv", 1, "300");
        var hc = CsvRows.Row("head-circumference-for-age.csv", 1, "300");

        var byLength = Calc(Sex.Male, 300, CsvRows.MeasureAtRestrictedZ(wfl, unrounded), 70).WeightForLengthHeight!;
        var byBmi = Calc(Sex.Male, 300, CsvRows.MeasureAtRestrictedZ(bmi, unrounded) * 0.7 * 0.7, 70).BmiForAge!;
        var byHead = Calc(Sex.Male, 300, head: hc.M * (1 + (unrounded * hc.S))).HeadCircumferenceForAge!;

        Assert.That(new[] { byLength.Z, byBmi.Z, byHead.Z }, Has.All.EqualTo(z));
        Assert.That(new[] { byLength.Flagged, byBmi.Flagged, byHead.Flagged }, Has.All.EqualTo(flagged));
    }

    [Test]
    public void Categories_use_the_rounded_z()
    {
        var row = CsvRows.Row("weight-for-age.csv", 2, "600");

        var justAbove = Calc(Sex.Female, 600, weight: CsvRows.MeasureAtRestrictedZ(row, -3.004)).WeightForAge!;
        var justBelow = Calc(Sex.Female, 600, weight: CsvRows.MeasureAtRestrictedZ(row, -3.006)).WeightForAge!;

        Assert.That((justAbove.Z, justAbove.Category), Is.EqualTo((-3.0, "berat badan kurang")));
        Assert.That((justBelow.Z, justBelow.Category), Is.EqualTo((-3.01, "berat badan sangat kurang")));
    }
}
