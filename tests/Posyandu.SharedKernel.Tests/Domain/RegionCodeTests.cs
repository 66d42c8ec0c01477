using System.Text.Json;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.SharedKernel.Tests.Domain;

public sealed class RegionCodeTests
{
    [TestCase("64", RegionLevel.Province)]
    [TestCase("64.02", RegionLevel.Regency)]
    [TestCase("64.02.01", RegionLevel.District)]
    [TestCase("64.02.01.2001", RegionLevel.Village)]
    public void Parses_each_level(string text, RegionLevel level)
    {
        var code = RegionCode.Parse(text);

        Assert.That(code.Level, Is.EqualTo(level));
        Assert.That(code.ToString(), Is.EqualTo(text));
    }

    [TestCase("", "required")]
    [TestCase("6", "segment 1 must be 2 digits")]
    [TestCase("640", "segment 1 must be 2 digits")]
    [TestCase("64.2", "segment 2 must be 2 digits")]
    [TestCase("64.02.01.201", "segment 4 must be 4 digits")]
    [TestCase("64.02.01.20011", "segment 4 must be 4 digits")]
    [TestCase("64.02.01.2001.01", "more than four segments")]
    [TestCase("00", "all zeros")]
    [TestCase("64.00", "all zeros")]
    [TestCase("64.02.00", "all zeros")]
    [TestCase("64.02.01.0000", "all zeros")]
    [TestCase("64..01", "segment 2 must be 2 digits")]
    [TestCase("64.0a", "segment 2 must be 2 digits")]
    [TestCase("6402", "segment 1 must be 2 digits")]
    public void Rejects_what_is_not_a_kemendagri_code_with_a_clear_message(string text, string message)
    {
        Assert.That(RegionCode.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(message));
    }

    [Test]
    public void Parent_climbs_one_level_and_stops_at_the_province()
    {
        var village = RegionCode.Parse("64.02.01.2001");

        Assert.That(village.Parent?.ToString(), Is.EqualTo("64.02.01"));
        Assert.That(village.Parent?.Parent?.Parent?.ToString(), Is.EqualTo("64"));
        Assert.That(RegionCode.Parse("64").Parent, Is.Null);
        Assert.That(village.AtLevel(RegionLevel.Regency)?.ToString(), Is.EqualTo("64.02"));
        Assert.That(RegionCode.Parse("64.02").AtLevel(RegionLevel.Village), Is.Null);
    }

    [TestCase("64", "64.02.01.2001", true)]
    [TestCase("64.02", "64.02.01.2001", true)]
    [TestCase("64.02.01", "64.02.01.2001", true)]
    [TestCase("64.02.01.2001", "64.02.01.2001", false)]
    [TestCase("64.02.01.2001", "64.02", false)]
    [TestCase("64.02", "64.03.01", false)]
    [TestCase("64.7", "64.71", false)]
    public void Ancestor_checks_compare_whole_segments(string ancestor, string descendant, bool expected)
    {
        if (!RegionCode.TryParse(ancestor, out var a, out _))
        {
            Assert.That(expected, Is.False);
            return;
        }

        Assert.That(a.IsAncestorOf(RegionCode.Parse(descendant)), Is.EqualTo(expected));
    }

    [Test]
    public void Same_or_ancestor_includes_itself()
    {
        var code = RegionCode.Parse("64.02");

        Assert.That(code.IsSameOrAncestorOf(code), Is.True);
        Assert.That(code.IsAncestorOf(code), Is.False);
    }

    [TestCase("64.69", false)]
    [TestCase("64.71", true)]
    [TestCase("64.74.01", true)]
    [TestCase("64.01", false)]
    public void Kota_is_a_regency_numbered_71_or_above(string text, bool kota) =>
        Assert.That(RegionCode.Parse(text).IsKota, Is.EqualTo(kota));

    [TestCase("64.71.01.1001", true)]
    [TestCase("64.02.01.2001", false)]
    [TestCase("64.02.01", false)]
    public void Kelurahan_is_a_village_numbered_1xxx(string text, bool kelurahan) =>
        Assert.That(RegionCode.Parse(text).IsKelurahan, Is.EqualTo(kelurahan));

    [TestCase("64", "64")]
    [TestCase("6402", "64.02")]
    [TestCase("640201", "64.02.01")]
    [TestCase("6402012001", "64.02.01.2001")]
    public void Compact_digits_become_dotted_codes(string digits, string dotted) =>
        Assert.That(RegionCode.FromCompact(digits).ToString(), Is.EqualTo(dotted));

    [Test]
    public void Compact_digits_of_an_odd_length_are_refused() =>
        Assert.That(() => RegionCode.FromCompact("64020"), Throws.InstanceOf<FormatException>());

    [Test]
    public void Json_round_trips_and_explains_bad_codes()
    {
        var json = JsonSerializer.Serialize(new { Region = RegionCode.Parse("64.72") });
        Assert.That(json, Is.EqualTo("""{"Region":"64.72"}"""));
        Assert.That(JsonSerializer.Deserialize<RegionCode>("\"64.72.01\"").ToString(), Is.EqualTo("64.72.01"));

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RegionCode>("\"64.7\""));
        Assert.That(error!.Message, Does.Contain("segment 2 must be 2 digits"));
    }
}
