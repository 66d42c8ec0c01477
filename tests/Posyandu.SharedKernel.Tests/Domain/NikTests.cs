using System.Text.Json;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.SharedKernel.Tests.Domain;

public sealed class NikTests
{
    // 64.02.01 (Kutai Kartanegara, district 01), born 17-08-1995, serial 0001.
    private const string Man = "6402011708950001";
    private const string Woman = "6402015708950002"; // day 17 + 40

    [Test]
    public void A_valid_nik_exposes_its_parts()
    {
        var nik = Nik.Parse(Woman);

        Assert.That(nik.DistrictCode, Is.EqualTo(RegionCode.Parse("64.02.01")));
        Assert.That(nik.Sex, Is.EqualTo(Sex.Female));
        Assert.That(nik.BirthDay, Is.EqualTo(17));
        Assert.That(nik.BirthMonth, Is.EqualTo(8));
        Assert.That(nik.BirthYearTwoDigits, Is.EqualTo(95));
        Assert.That(nik.Masked, Is.EqualTo("6402************"));
        Assert.That(nik.ToString(), Is.EqualTo(Woman));
        Assert.That(Nik.Parse(Man).Sex, Is.EqualTo(Sex.Male));
    }

    [TestCase(null, "required")]
    [TestCase("", "required")]
    [TestCase("640201170895001", "exactly 16 digits")]   // 15
    [TestCase("64020117089500011", "exactly 16 digits")] // 17
    [TestCase("64020117089500a1", "exactly 16 digits")]
    [TestCase(" 402011708950001", "exactly 16 digits")]
    [TestCase("6402011708950001 ", "exactly 16 digits")]
    [TestCase("6402-0117-0895-01", "exactly 16 digits")]
    [TestCase("６402011708950001", "exactly 16 digits")] // full-width digit
    [TestCase("0002011708950001", "province code")]
    [TestCase("1002011708950001", "province code")]
    [TestCase("6400011708950001", "cannot be 00")]
    [TestCase("6402001708950001", "cannot be 00")]
    [TestCase("6402010008950001", "day of birth")] // DD 00
    [TestCase("6402013208950001", "day of birth")] // DD 32
    [TestCase("6402014008950001", "day of birth")] // DD 40
    [TestCase("6402017208950001", "day of birth")] // DD 72
    [TestCase("6402011700950001", "month of birth")] // MM 00
    [TestCase("6402011713950001", "month of birth")] // MM 13
    [TestCase("6402013002950001", "real date")] // 30 Feb
    [TestCase("6402017002950001", "real date")] // 30 Feb, woman
    [TestCase("6402013104950001", "real date")] // 31 Apr
    [TestCase("6402012902010001", "real date")] // 29 Feb: neither 1901 nor 2001 is a leap year
    [TestCase("6402012902950001", "real date")]
    [TestCase("6402011708950000", "cannot be 0000")]
    public void Rejects_what_cannot_be_a_nik(string? text, string message)
    {
        Assert.That(Nik.TryParse(text, out var nik, out var error), Is.False);
        Assert.That(error, Does.Contain(message));
        Assert.That(nik, Is.EqualTo(default(Nik)));
        Assert.That(() => Nik.Parse(text!), Throws.InstanceOf<FormatException>().With.Message.Contains(message));
    }

    [TestCase("1102011708950001")] // province 11
    [TestCase("9901011708950001")]
    [TestCase("6402010108950001")] // day 01
    [TestCase("6402013108950001")] // day 31
    [TestCase("6402014108950001")] // woman, day 01
    [TestCase("6402017108950001")] // woman, day 31
    [TestCase("6402012902000001")] // 29 Feb 2000 (leap; 1900 is not)
    [TestCase("6402016902960001")] // woman, 29 Feb 1996
    [TestCase("6402012902240001")] // 29 Feb 2024 (1924 too)
    [TestCase("6402011701950001")] // month 01
    [TestCase("6402011712950001")] // month 12
    [TestCase("6402011708950001")] // serial 0001
    [TestCase("6402011708959999")] // serial 9999
    public void Accepts_boundary_values(string text)
    {
        Assert.That(Nik.TryParse(text, out var nik, out var error), Is.True, error);
        Assert.That(error, Is.Null);
        Assert.That(nik.ToString(), Is.EqualTo(text));
    }

    [TestCase(Man, 1995, 8, 17, Sex.Male, true)]
    [TestCase(Man, 2095, 8, 17, Sex.Male, true)] // the century is not encoded
    [TestCase(Man, 1995, 8, 17, Sex.Female, false)]
    [TestCase(Man, 1995, 8, 18, Sex.Male, false)]
    [TestCase(Man, 1995, 9, 17, Sex.Male, false)]
    [TestCase(Man, 1996, 8, 17, Sex.Male, false)]
    [TestCase(Woman, 1995, 8, 17, Sex.Female, true)]
    [TestCase(Woman, 1995, 8, 17, Sex.Male, false)]
    public void Consistency_with_birth_date_and_sex(string text, int year, int month, int day, Sex sex, bool consistent)
        => Assert.That(Nik.Parse(text).IsConsistentWith(new DateOnly(year, month, day), sex), Is.EqualTo(consistent));

    [Test]
    public void A_default_nik_is_not_mistaken_for_a_number()
    {
        Assert.That(default(Nik).ToString(), Is.Empty);
        Assert.That(() => default(Nik).Masked, Throws.InvalidOperationException);
    }

    [Test]
    public void Json_round_trips_as_the_16_digits()
    {
        Assert.That(JsonSerializer.Serialize(Nik.Parse(Man)), Is.EqualTo($"\"{Man}\""));
        Assert.That(JsonSerializer.Deserialize<Nik>($"\"{Woman}\""), Is.EqualTo(Nik.Parse(Woman)));
    }

    [TestCase("\"6402013208950001\"", "day of birth")]
    [TestCase("\"640201\"", "16 digits")]
    [TestCase("6402011708950001", "must be a JSON string")] // a number would lose leading zeros elsewhere
    public void Json_errors_explain_without_echoing_the_number(string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Nik>(json));

        Assert.That(error!.Message, Does.Contain(message).And.Not.Contain(json.Trim('"')));
    }
}
