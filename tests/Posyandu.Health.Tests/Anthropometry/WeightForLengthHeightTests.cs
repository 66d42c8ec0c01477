using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;
using static Posyandu.Health.Tests.Anthropometry.Child;

namespace Posyandu.Health.Tests.Anthropometry;

/// <summary>README rules 4 (table and valid range) and 5 (interpolation), checked against hand arithmetic on the CSV rows.</summary>
public sealed class WeightForLengthHeightTests
{
    [TestCase(730, 44.9, false)]
    [TestCase(730, 45.0, true)]
    [TestCase(730, 110.0, true)]
    [TestCase(730, 110.01, false)]
    [TestCase(731, 64.99, false)]
    [TestCase(731, 65.0, true)]
    [TestCase(731, 120.0, true)]
    [TestCase(731, 120.1, false)]
    [TestCase(731, 50.0, false)] // a length only the WFL table holds, but from 731 days WFH is used
    public void Valid_only_within_the_table_chosen_by_age(int days, double cm, bool computed) =>
        Assert.That(Calc(Sex.Male, days, weight: 10, length: cm).WeightForLengthHeight is not null, Is.EqualTo(computed));

    [TestCase(MeasurementPosition.Lying, 50.0, 3.4, "weight-for-length.csv")]   // WFL by position
    [TestCase(MeasurementPosition.Standing, 70.0, 8.2, "weight-for-height.csv")] // WFH by position
    [TestCase(null, 86.9, 12.0, "weight-for-length.csv")]                         // neither: < 87 cm is WFL …
    [TestCase(null, 87.0, 12.0, "weight-for-height.csv")]                         // … ≥ 87 cm is WFH
    public void Without_age_the_table_follows_the_position_then_the_measure(MeasurementPosition? position, double cm, double kg, string table)
    {
        var row = CsvRows.Row(table, 2, cm.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));

        var z = Calc(Sex.Female, null, kg, cm, position).WeightForLengthHeight!.Z;

        Assert.That(z, Is.EqualTo(Math.Round(CsvRows.PlainZ(row, kg), 2)));
        Assert.That(Math.Abs(z), Is.LessThan(3), "inside ±3 SD the plain formula applies");
    }

    [Test]
    public void Without_age_standing_below_65_cm_is_outside_the_height_table() =>
        Assert.That(Calc(Sex.Female, null, 3.4, 50, MeasurementPosition.Standing).WeightForLengthHeight, Is.Null);

    [Test]
    public void On_a_row_f_is_0_and_the_row_is_used_as_it_is()
    {
        var row = CsvRows.Row("weight-for-length.csv", 1, "75.3");

        Assert.That(Calc(Sex.Male, 400, weight: 9.5, length: 75.3).WeightForLengthHeight!.Z, Is.EqualTo(Math.Round(CsvRows.PlainZ(row, 9.5), 2)));
    }

    [TestCase(2, 400, "75.3", "75.4", 75.34, 9.1)]
    [TestCase(1, 1000, "95.1", "95.2", 95.17, 14.2)]
    [TestCase(2, 200, "64.9", "65.0", 64.95, 6.4)]
    public void Between_rows_l_m_and_s_are_interpolated_then_z_is_computed_once(int sex, int days, string lowKey, string highKey, double x, double weight)
    {
        var table = days < 731 ? "weight-for-length.csv" : "weight-for-height.csv";
        var low = CsvRows.Row(table, sex, lowKey);
        var high = CsvRows.Row(table, sex, highKey);
        var f = (x - double.Parse(lowKey, System.Globalization.CultureInfo.InvariantCulture)) / 0.1;
        var lms = (low.L + (f * (high.L - low.L)), low.M + (f * (high.M - low.M)), low.S + (f * (high.S - low.S)));

        var z = Calc((Sex)sex, days, weight, x).WeightForLengthHeight!.Z;

        Assert.That(z, Is.EqualTo(Math.Round(CsvRows.PlainZ(lms, weight), 2)));
        Assert.That(z, Is.Not.EqualTo(Math.Round(CsvRows.PlainZ(low, weight), 2)), "the interpolation must matter for this case");
    }

    [Test]
    public void The_last_row_of_each_table_is_usable()
    {
        var wfl = CsvRows.Row("weight-for-length.csv", 1, "110.0");
        var wfh = CsvRows.Row("weight-for-height.csv", 2, "120.0");

        Assert.That(Calc(Sex.Male, 700, 18, 110).WeightForLengthHeight!.Z, Is.EqualTo(Math.Round(CsvRows.PlainZ(wfl, 18), 2)));
        Assert.That(Calc(Sex.Female, 1500, 22, 120).WeightForLengthHeight!.Z, Is.EqualTo(Math.Round(CsvRows.PlainZ(wfh, 22), 2)));
    }
}
