using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.Health.Tests.Anthropometry.Reference2007;

/// <summary>
/// The 5–19 engine's rules one at a time: the age limits (and the hand-over from the 0–5 standards at 60 months),
/// interpolation between months, the restricted method, oedema, flags and the categories at each boundary.
/// Expectations are hand arithmetic on rows read straight from the CSV (<see cref="CsvRows"/>).
/// </summary>
public sealed class GrowthReferenceTests
{
    private const string Bmi = "Reference2007/bmi-for-age.csv", Height = "Reference2007/height-for-age.csv", Weight = "Reference2007/weight-for-age.csv";

    private static ChildMeasurement Girl(double? weight = 30, double? height = 135, bool oedema = false, double? head = 50) =>
        new(Sex.Female, null, weight, height, MeasurementPosition.Standing, oedema, head);

    [Test]
    public void At_59_99_months_the_0_5_standards_apply_with_all_five_indicators()
    {
        var r = GrowthAssessment.Calculate(Girl(18, 108), 59.99);

        Assert.That(new[] { r.WeightForAge, r.LengthHeightForAge, r.WeightForLengthHeight, r.BmiForAge, r.HeadCircumferenceForAge }, Has.None.Null);
        Assert.That(r.BmiForAge!.Z, Is.EqualTo(GrowthStandards.Calculate(Girl(18, 108) with { AgeDays = 1826 }).BmiForAge!.Z), "59.99 × 30.4375 → 1826 days");
    }

    [Test]
    public void At_60_months_the_2007_reference_applies_without_weight_for_height_or_head_circumference()
    {
        var r = GrowthAssessment.Calculate(Girl(18, 108), 60);

        Assert.That(r.WeightForLengthHeight, Is.Null);
        Assert.That(r.HeadCircumferenceForAge, Is.Null);
        Assert.That(r.LengthHeightForAge!.Z, Is.EqualTo(Hand(CsvRows.Row(Height, 2, "60"), 108)).Within(0.005));
        Assert.That(r.WeightForAge!.Z, Is.EqualTo(Hand(CsvRows.Row(Weight, 2, "60"), 18)).Within(0.005));
        Assert.That(r.BmiForAge!.Z, Is.EqualTo(Hand(CsvRows.Row(Bmi, 2, "60"), 18 / (1.08 * 1.08))).Within(0.005));
    }

    [TestCase(1826, false)] // 59.99 months: the 0–5 standards (weight-for-height present)
    [TestCase(1827, true)]  // 60.02 months: the 2007 reference
    public void By_days_the_line_is_60_months_unrounded(int days, bool reference)
    {
        var r = GrowthAssessment.Calculate(Girl(18, 108) with { AgeDays = days });

        Assert.That(r.WeightForLengthHeight is null, Is.EqualTo(reference));
        Assert.That(r.BmiForAge, Is.Not.Null);
    }

    [Test]
    public void Weight_for_age_stops_after_120_months()
    {
        var at120 = GrowthAssessment.Calculate(Girl(), 120);
        var after = GrowthAssessment.Calculate(Girl(), 120.01);

        Assert.That(at120.WeightForAge!.Z, Is.EqualTo(Hand(CsvRows.Row(Weight, 2, "120"), 30)).Within(0.005));
        Assert.That(after.WeightForAge, Is.Null);
        Assert.That(after.LengthHeightForAge, Is.Not.Null);
        Assert.That(after.BmiForAge, Is.Not.Null);
    }

    [Test]
    public void Height_and_bmi_for_age_stop_after_228_months_but_the_bmi_is_still_given()
    {
        var at228 = GrowthAssessment.Calculate(Girl(55, 160), 228);
        var after = GrowthAssessment.Calculate(Girl(55, 160), 228.01);

        Assert.That(at228.LengthHeightForAge!.Z, Is.EqualTo(Hand(CsvRows.Row(Height, 2, "228"), 160)).Within(0.005));
        Assert.That(at228.BmiForAge, Is.Not.Null);
        Assert.That(new[] { after.WeightForAge, after.LengthHeightForAge, after.BmiForAge }, Has.All.Null);
        Assert.That(after.Bmi, Is.EqualTo(55 / (1.6 * 1.6)).Within(1e-12));
    }

    [Test]
    public void A_fractional_month_interpolates_l_m_and_s_between_the_two_whole_months()
    {
        // Height-for-age: the median grows ~0.6 cm a month, so half a month shows at 2 decimals.
        var (low, high) = (CsvRows.Row(Height, 1, "150"), CsvRows.Row(Height, 1, "151"));
        var half = (low.L + (0.5 * (high.L - low.L)), low.M + (0.5 * (high.M - low.M)), low.S + (0.5 * (high.S - low.S)));

        var z = GrowthReference.Calculate(Sex.Male, 150.5, null, 150, false).LengthHeightForAge!.Z;

        Assert.That(z, Is.EqualTo(Hand(half, 150)).Within(0.005));
        Assert.That(z, Is.Not.EqualTo(GrowthReference.Calculate(Sex.Male, 150, null, 150, false).LengthHeightForAge!.Z));
        Assert.That(z, Is.Not.EqualTo(GrowthReference.Calculate(Sex.Male, 151, null, 150, false).LengthHeightForAge!.Z));
    }

    [TestCase(4.5)]
    [TestCase(-4.5)]
    public void Beyond_3_sd_bmi_for_age_uses_the_restricted_method(double z)
    {
        var row = CsvRows.Row(Bmi, 1, "144");
        var bmi = CsvRows.MeasureAtRestrictedZ(row, z);
        var heightM = 1.5;

        var r = GrowthReference.Calculate(Sex.Male, 144, bmi * heightM * heightM, 150, false);

        Assert.That(r.BmiForAge!.Z, Is.EqualTo(z).Within(0.005));
        Assert.That(Math.Abs(CsvRows.PlainZ(row, bmi) - z), Is.GreaterThan(0.05), "the plain formula would differ");
    }

    [Test]
    public void Height_for_age_is_never_restricted()
    {
        var row = CsvRows.Row(Height, 1, "144");

        Assert.That(GrowthReference.Calculate(Sex.Male, 144, null, 120, false).LengthHeightForAge!.Z, Is.EqualTo(CsvRows.PlainZ(row, 120)).Within(0.005));
    }

    [Test]
    public void Oedema_leaves_out_weight_and_bmi_for_age_only()
    {
        var r = GrowthAssessment.Calculate(Girl(oedema: true), 100);

        Assert.That(r.WeightForAge, Is.Null);
        Assert.That(r.BmiForAge, Is.Null);
        Assert.That(r.LengthHeightForAge, Is.Not.Null);
    }

    [TestCase(5.004, false)]
    [TestCase(5.006, true)]
    [TestCase(-5.004, false)]
    [TestCase(-5.006, true)]
    public void Bmi_for_age_is_flagged_beyond_5_after_rounding(double z, bool flagged)
    {
        var row = CsvRows.Row(Bmi, 2, "200");
        var bmi = CsvRows.MeasureAtRestrictedZ(row, z);

        Assert.That(GrowthReference.Calculate(Sex.Female, 200, bmi * 1.6 * 1.6, 160, false).BmiForAge!.Flagged, Is.EqualTo(flagged));
    }

    [TestCase(5.006, true)]
    [TestCase(-5.5, false)] // weight-for-age is plausible down to −6
    [TestCase(-6.006, true)]
    public void Weight_for_age_is_flagged_above_5_and_below_minus_6(double z, bool flagged)
    {
        var kg = CsvRows.MeasureAtRestrictedZ(CsvRows.Row(Weight, 1, "90"), z);

        Assert.That(GrowthReference.Calculate(Sex.Male, 90, kg, null, false).WeightForAge!.Flagged, Is.EqualTo(flagged));
    }

    [Test]
    public void Without_a_valid_sex_nothing_is_scored() =>
        Assert.That(GrowthReference.Calculate((Sex)9, 100, 30, 135, false).BmiForAge, Is.Null);

    [TestCase(-3.01, "gizi buruk")]
    [TestCase(-3.0, "gizi kurang")]
    [TestCase(-2.01, "gizi kurang")]
    [TestCase(-2.0, "gizi baik")]
    [TestCase(1.0, "gizi baik")]
    [TestCase(1.01, "gizi lebih")]
    [TestCase(2.0, "gizi lebih")]
    [TestCase(2.01, "obesitas")]
    public void Bmi_for_age_categories_of_5_to_18_years(double z, string category) =>
        Assert.That(Classification.BmiForAgeSchoolAge(z), Is.EqualTo(category));

    [TestCase(18.4, "kurus")]
    [TestCase(18.5, "normal")]
    [TestCase(24.9, "normal")]
    [TestCase(25.0, "berat badan lebih")]
    [TestCase(26.9, "berat badan lebih")]
    [TestCase(27.0, "obesitas")]
    public void Adult_bmi_categories(double bmi, string category) =>
        Assert.That(Classification.AdultBmi(bmi), Is.EqualTo(category));

    [Test]
    public void The_bmi_for_age_category_comes_from_the_5_to_18_labels()
    {
        var row = CsvRows.Row(Bmi, 2, "150");
        var bmi = CsvRows.MeasureAtRestrictedZ(row, 3.5); // "gizi lebih" under five, "obesitas" from five

        Assert.That(GrowthReference.Calculate(Sex.Female, 150, bmi * 1.5 * 1.5, 150, false).BmiForAge!.Category, Is.EqualTo("obesitas"));
    }

    private static double Hand((double L, double M, double S) row, double y)
    {
        var z = CsvRows.PlainZ(row, y);
        return z is > 3 or < -3 ? throw new InvalidOperationException("Pick a value within ±3 SD.") : z;
    }
}
