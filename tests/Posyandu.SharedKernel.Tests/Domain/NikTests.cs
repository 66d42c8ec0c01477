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

        Assert.That(nik.DistrictCode.ToString(), Is.EqualTo("64.02.01"));
        Assert.That(nik.Sex, Is.EqualTo(Sex.Female));
        Assert.That(nik.BirthDay, Is.EqualTo(17));
        Assert.That(nik.BirthMonth, Is.EqualTo(8));
        Assert.That(nik.BirthYearTwoDigits, Is.EqualTo(95));
        Assert.That(nik.Masked, Is.EqualTo("6402**********02"));
        Assert.That(nik.ToString(), Is.EqualTo(Woman));
    }

    [TestCase("640201170895001", "exactly 16 digits")]
    [TestCase("64020117089500011", "exactly 16 digits")]
    [TestCase("64020117089500a1", "exactly 16 digits")]
    [TestCase(" 402011708950001", "exactly 16 digits")]
    [TestCase("", "required")]
    [TestCase("1002011708950001", "province code")]
    [TestCase("6400011708950001", "cannot be 00")]
    [TestCase("6402001708950001", "cannot be 00")]
    [TestCase("6402010008950001", "day of birth")]
    [TestCase("6402013208950001", "day of birth")]
    [TestCase("6402014008950001", "day of birth")]
    [TestCase("6402017208950001", "day of birth")]
    [TestCase("6402011700950001", "month of birth")]
    [TestCase("6402011713950001", "month of birth")]
    [TestCase("6402013002950001", "real date")]
    [TestCase("6402013104950001", "real date")]
    [TestCase("6402012902010001", "real date")] // 29 Feb: neither 1901 nor 2001 is a leap year
    [TestCase("6402011708950000", "cannot be 0000")]
    public void Rejects_what_cannot_be_a_nik(string text, string message)
    {
        Assert.That(Nik.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(message));
    }

    [TestCase("6402010108950001")] // day 01
    [TestCase("6402013108950001")] // day 31
    [TestCase("6402014108950001")] // woman, day 01
    [TestCase("6402017108950001")] // woman, day 31
    [TestCase("6402012902000001")] // 29 Feb 2000 (leap)
    [TestCase("6402011712950001")] // month 12
    [TestCase("6402011708959999")] // serial 9999
    public void Accepts_boundary_values(string text)
    {
        Assert.That(Nik.TryParse(text, out _, out var error), Is.True, error);
    }

    [Test]
    public void Consistency_with_birth_date_and_sex()
    {
        var man = Nik.Parse(Man);
        var woman = Nik.Parse(Woman);

        Assert.That(man.IsConsistentWith(new DateOnly(1995, 8, 17), Sex.Male), Is.True);
        Assert.That(man.IsConsistentWith(new DateOnly(1995, 8, 17), Sex.Female), Is.False);
        Assert.That(man.IsConsistentWith(new DateOnly(1995, 8, 18), Sex.Male), Is.False);
        Assert.That(man.IsConsistentWith(new DateOnly(1995, 9, 17), Sex.Male), Is.False);
        Assert.That(man.IsConsistentWith(new DateOnly(1996, 8, 17), Sex.Male), Is.False);
        Assert.That(man.IsConsistentWith(new DateOnly(2095, 8, 17), Sex.Male), Is.True, "the century is not encoded");
        Assert.That(woman.IsConsistentWith(new DateOnly(1995, 8, 17), Sex.Female), Is.True);
    }

    [Test]
    public void Json_errors_do_not_echo_the_number()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Nik>("\"6402013208950001\""));

        Assert.That(error!.Message, Does.Contain("day of birth").And.Not.Contain("6402013208950001"));
        Assert.That(JsonSerializer.Serialize(Nik.Parse(Man)), Is.EqualTo($"\"{Man}\""));
    }

    [Test]
    public void Kk_numbers_follow_the_same_district_rules()
    {
        Assert.That(NomorKk.TryParse("6402010101010001", out var kk, out _), Is.True);
        Assert.That(kk.DistrictCode.ToString(), Is.EqualTo("64.02.01"));
        Assert.That(kk.Masked, Is.EqualTo("6402**********01"));
        Assert.That(NomorKk.TryParse("640201010101000", out _, out var length), Is.False);
        Assert.That(length, Does.Contain("16 digits"));
        Assert.That(NomorKk.TryParse("6400010101010001", out _, out var district), Is.False);
        Assert.That(district, Does.Contain("cannot be 00"));
        Assert.That(NomorKk.TryParse("6402010101010000", out _, out var serial), Is.False);
        Assert.That(serial, Does.Contain("0000"));
    }
}
