using System.Globalization;
using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.Health.Tests;

/// <summary>
/// The WHO z-score engine: cases from WHO's own anthro test suite, values recomputed by hand from the LMS rows,
/// and every rule at its boundary.
/// </summary>
public sealed class GrowthStandardsTests
{
    private static AnthropometryResult Calc(Sex sex, int days, double? weight = null, double? length = null, MeasurementPosition? position = null, bool oedema = false, double? head = null) =>
        GrowthStandards.Calculate(new ChildMeasurement(sex, days, weight, length, position, oedema, head));

    // --- Cases published in WHO's anthro package tests (tests/testthat) ---

    [Test]
    public void Anthro_length_for_age_uses_the_adjusted_length_and_flags_below_minus_6()
    {
        var result = Calc(Sex.Male, 987, length: 72.86, position: MeasurementPosition.Lying);

        Assert.That(result.AdjustedLengthHeightCm, Is.EqualTo(72.16).Within(1e-9));
        Assert.That(result.LengthHeightForAge!.Z, Is.EqualTo(-6.09));
        Assert.That(result.LengthHeightForAge.Flagged, Is.True);
    }

    [Test]
    public void Anthro_standing_under_9_months_is_not_adjusted_but_at_9_months_it_is()
    {
        var eightMonths = Calc(Sex.Male, 244, length: 60, position: MeasurementPosition.Standing); // 8 × 30.4375 rounded
        var nineMonths = Calc(Sex.Male, 274, length: 60, position: MeasurementPosition.Standing);  // 9 × 30.4375 rounded

        Assert.That(eightMonths.AdjustedLengthHeightCm, Is.EqualTo(60.0));
        Assert.That(nineMonths.AdjustedLengthHeightCm, Is.EqualTo(60.7).Within(1e-9));
        Assert.That(eightMonths.LengthHeightForAge!.Z, Is.EqualTo(-4.81).Within(0.01));
        Assert.That(nineMonths.LengthHeightForAge!.Z, Is.EqualTo(-5.02).Within(0.01));
    }

    [TestCase(null)]
    [TestCase(MeasurementPosition.Standing)]
    public void Anthro_height_table_from_24_months(MeasurementPosition? position) =>
        Assert.That(Calc(Sex.Female, 731, length: 77.5, position: position).LengthHeightForAge!.Z, Is.EqualTo(-2.55));

    [Test]
    public void Anthro_weight_for_age_of_a_girl_of_1522_days()
    {
        var result = Calc(Sex.Female, 1522, weight: 17);

        Assert.That(result.WeightForAge!.Z, Is.EqualTo(0.24));
        Assert.That(result.WeightForAge.Flagged, Is.False);
    }

    [Test]
    public void Anthro_weight_for_age_above_5_is_flagged() =>
        Assert.That(Calc(Sex.Female, 1, weight: 10.37).WeightForAge!.Flagged, Is.True);

    // --- Independent arithmetic from the embedded LMS rows ---

    [Test]
    public void Weight_for_age_inside_3_sd_is_the_plain_lms_formula()
    {
        var (l, m, s) = Row("weight-for-age.csv", 1, "365");

        var expected = Math.Round((Math.Pow(9.0 / m, l) - 1) / (l * s), 2);

        Assert.That(Calc(Sex.Male, 365, weight: 9.0).WeightForAge!.Z, Is.EqualTo(expected));
    }

    [Test]
    public void Weight_for_age_beyond_plus_3_uses_the_restricted_method()
    {
        var (l, m, s) = Row("weight-for-age.csv", 1, "365");
        double Sd(double k) => m * Math.Pow(1 + (l * s * k), 1 / l);
        var y = Sd(3) + 1.5;

        var plain = (Math.Pow(y / m, l) - 1) / (l * s);
        var restricted = 3 + ((y - Sd(3)) / (Sd(3) - Sd(2)));

        Assert.That(plain, Is.GreaterThan(3));
        Assert.That(Calc(Sex.Male, 365, weight: y).WeightForAge!.Z, Is.EqualTo(Math.Round(restricted, 2)));
        Assert.That(Math.Round(restricted, 2), Is.Not.EqualTo(Math.Round(plain, 2)));
    }

    [Test]
    public void Weight_for_age_below_minus_3_uses_the_restricted_method()
    {
        var (l, m, s) = Row("weight-for-age.csv", 2, "600");
        double Sd(double k) => m * Math.Pow(1 + (l * s * k), 1 / l);
        var y = Sd(-3) - 0.4;

        var expected = -3 + ((y - Sd(-3)) / (Sd(-2) - Sd(-3)));

        Assert.That(Calc(Sex.Female, 600, weight: y).WeightForAge!.Z, Is.EqualTo(Math.Round(expected, 2)));
    }

    [Test]
    public void Length_for_age_is_never_restricted()
    {
        var (_, m, s) = Row("length-height-for-age.csv", 1, "400");
        var y = m * (1 + (4.2 * s)); // L = 1: z = (y/M − 1)/S = 4.2

        Assert.That(Calc(Sex.Male, 400, length: y).LengthHeightForAge!.Z, Is.EqualTo(4.2).Within(1e-9));
    }

    [Test]
    public void Weight_for_length_interpolates_l_m_and_s_between_rows()
    {
        var low = Row("weight-for-length.csv", 2, "75.3");
        var high = Row("weight-for-length.csv", 2, "75.4");
        const double x = 75.34, w = 9.1, f = 0.4;
        var (l, m, s) = (low.L + (f * (high.L - low.L)), low.M + (f * (high.M - low.M)), low.S + (f * (high.S - low.S)));

        var expected = Math.Round((Math.Pow(w / m, l) - 1) / (l * s), 2);

        Assert.That(Calc(Sex.Female, 400, weight: w, length: x).WeightForLengthHeight!.Z, Is.EqualTo(expected));
    }

    [Test]
    public void Weight_for_length_on_a_row_uses_the_row_as_it_is()
    {
        var (l, m, s) = Row("weight-for-length.csv", 1, "75.3");

        Assert.That(Calc(Sex.Male, 400, weight: 9.5, length: 75.3).WeightForLengthHeight!.Z, Is.EqualTo(Math.Round((Math.Pow(9.5 / m, l) - 1) / (l * s), 2)));
    }

    // --- Boundaries of every rule ---

    [TestCase(1826, true)]  // 59.99 months
    [TestCase(1827, false)] // 60.02 months
    [TestCase(0, true)]
    [TestCase(-1, false)]
    public void Z_scores_only_below_60_months(int days, bool computed) =>
        Assert.That(Calc(Sex.Male, days, weight: 12, length: 90).WeightForAge is not null, Is.EqualTo(computed));

    [TestCase(730, MeasurementPosition.Standing, 80.7)]
    [TestCase(730, MeasurementPosition.Lying, 80.0)]
    [TestCase(731, MeasurementPosition.Lying, 79.3)]
    [TestCase(731, MeasurementPosition.Standing, 80.0)]
    public void Length_and_height_are_adjusted_by_0_7_cm_at_the_731_day_switch(int days, MeasurementPosition position, double adjusted) =>
        Assert.That(Calc(Sex.Female, days, length: 80, position: position).AdjustedLengthHeightCm, Is.EqualTo(adjusted).Within(1e-9));

    [TestCase(730, 44.9, false)]
    [TestCase(730, 45.0, true)]
    [TestCase(730, 110.0, true)]
    [TestCase(730, 110.1, false)]
    [TestCase(731, 64.9, false)]
    [TestCase(731, 65.0, true)]
    [TestCase(731, 120.0, true)]
    [TestCase(731, 120.1, false)]
    public void Weight_for_length_and_height_only_within_their_tables(int days, double cm, bool computed) =>
        Assert.That(Calc(Sex.Male, days, weight: 10, length: cm).WeightForLengthHeight is not null, Is.EqualTo(computed));

    [Test]
    public void Oedema_leaves_weight_based_indicators_out_but_not_length()
    {
        var result = Calc(Sex.Male, 500, weight: 9, length: 78, oedema: true);

        Assert.That(result.WeightForAge, Is.Null);
        Assert.That(result.WeightForLengthHeight, Is.Null);
        Assert.That(result.BmiForAge, Is.Null);
        Assert.That(result.LengthHeightForAge, Is.Not.Null);
    }

    [TestCase(0.0)]
    [TestCase(-3.0)]
    public void A_measurement_of_zero_or_less_gives_no_z_score(double value)
    {
        var result = Calc(Sex.Male, 500, weight: value, length: value, head: value);

        Assert.That(result.WeightForAge, Is.Null);
        Assert.That(result.LengthHeightForAge, Is.Null);
        Assert.That(result.HeadCircumferenceForAge, Is.Null);
    }

    [Test]
    public void Without_a_valid_sex_nothing_is_computed() =>
        Assert.That(GrowthStandards.Calculate(new ChildMeasurement(null, 500, 9, 78, null, false, 45)), Is.EqualTo(AnthropometryResult.None));

    [Test]
    public void Bmi_is_weight_over_adjusted_length_squared()
    {
        var result = Calc(Sex.Female, 900, weight: 12, length: 86, position: MeasurementPosition.Lying);

        Assert.That(result.Bmi, Is.EqualTo(12 / Math.Pow(0.853, 2)).Within(1e-9));
        Assert.That(result.BmiForAge, Is.Not.Null);
    }

    // --- Permenkes 2/2020 categories at their exact cut-offs ---

    [TestCase(-3.01, "berat badan sangat kurang")]
    [TestCase(-3.0, "berat badan kurang")]
    [TestCase(-2.01, "berat badan kurang")]
    [TestCase(-2.0, "berat badan normal")]
    [TestCase(1.0, "berat badan normal")]
    [TestCase(1.01, "risiko berat badan lebih")]
    public void Weight_for_age_categories(double z, string category) =>
        Assert.That(Classification.WeightForAge(z), Is.EqualTo(category));

    [TestCase(-3.01, "sangat pendek")]
    [TestCase(-3.0, "pendek")]
    [TestCase(-2.0, "normal")]
    [TestCase(3.0, "normal")]
    [TestCase(3.01, "tinggi")]
    public void Length_for_age_categories(double z, string category) =>
        Assert.That(Classification.LengthHeightForAge(z), Is.EqualTo(category));

    [TestCase(-3.01, "gizi buruk")]
    [TestCase(-3.0, "gizi kurang")]
    [TestCase(-2.0, "gizi baik")]
    [TestCase(1.0, "gizi baik")]
    [TestCase(1.01, "berisiko gizi lebih")]
    [TestCase(2.0, "berisiko gizi lebih")]
    [TestCase(2.01, "gizi lebih")]
    [TestCase(3.0, "gizi lebih")]
    [TestCase(3.01, "obesitas")]
    public void Nutritional_status_categories(double z, string category) =>
        Assert.That(Classification.NutritionalStatus(z), Is.EqualTo(category));

    [TestCase(-5.0, false)]
    [TestCase(5.0, false)]
    public void Flags_apply_to_the_rounded_score(double target, bool flagged)
    {
        // A head circumference exactly at ±5 SD (L = 1) is still plausible; WHO flags beyond.
        var (_, m, s) = Row("head-circumference-for-age.csv", 1, "300");
        var result = Calc(Sex.Male, 300, head: m * (1 + (target * s)));
        var beyond = Calc(Sex.Male, 300, head: m * (1 + ((target + Math.Sign(target) * 0.02) * s)));

        Assert.That(result.HeadCircumferenceForAge!.Flagged, Is.EqualTo(flagged));
        Assert.That(beyond.HeadCircumferenceForAge!.Flagged, Is.True);
    }

    private static (double L, double M, double S) Row(string file, int sex, string key)
    {
        var path = Path.Combine(Posyandu.Testing.TestHost.RepositoryRoot, "src", "Modules", "Health", "Posyandu.Health", "Anthropometry", "Tables", file);
        var line = File.ReadLines(path).Skip(1).Select(l => l.Split(','))
            .Single(p => p[0] == sex.ToString(CultureInfo.InvariantCulture) && double.Parse(p[1], CultureInfo.InvariantCulture) == double.Parse(key, CultureInfo.InvariantCulture));
        return (double.Parse(line[2], CultureInfo.InvariantCulture), double.Parse(line[3], CultureInfo.InvariantCulture), double.Parse(line[4], CultureInfo.InvariantCulture));
    }
}
