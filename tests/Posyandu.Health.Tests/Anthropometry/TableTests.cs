using Posyandu.Health.Anthropometry;

namespace Posyandu.Health.Tests.Anthropometry;

/// <summary>The embedded tables, read once into flat arrays, hold exactly the rows of the CSV files.</summary>
public sealed class TableTests
{
    [TestCase("weight-for-age.csv", 0.0, 1.0)]
    [TestCase("length-height-for-age.csv", 0.0, 1.0)]
    [TestCase("bmi-for-age.csv", 0.0, 1.0)]
    [TestCase("head-circumference-for-age.csv", 0.0, 1.0)]
    [TestCase("weight-for-length.csv", 45.0, 0.1)]
    [TestCase("weight-for-height.csv", 65.0, 0.1)]
    public void Every_csv_row_is_in_the_loaded_table(string file, double first, double step)
    {
        var table = file switch
        {
            "weight-for-age.csv" => GrowthTables.Instance.WeightForAge,
            "length-height-for-age.csv" => GrowthTables.Instance.LengthHeightForAge,
            "bmi-for-age.csv" => GrowthTables.Instance.BmiForAge,
            "head-circumference-for-age.csv" => GrowthTables.Instance.HeadCircumferenceForAge,
            "weight-for-length.csv" => GrowthTables.Instance.WeightForLength,
            _ => GrowthTables.Instance.WeightForHeight,
        };
        var rows = CsvRows.All(file).ToList();

        Assert.That(rows, Has.Count.EqualTo(2 * table.RowsPerSex));
        foreach (var (sex, key, l, m, s) in rows)
        {
            Assert.That(table.Row(sex, (int)Math.Round((key - first) / step)), Is.EqualTo(new Lms(l, m, s)), $"{file} sex {sex} key {key}");
        }
    }

    [Test]
    public void Tables_are_loaded_once()
    {
        var first = GrowthTables.Instance;

        Assert.That(GrowthTables.Instance, Is.SameAs(first));
    }
}
