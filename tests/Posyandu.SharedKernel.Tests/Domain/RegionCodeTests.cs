using System.Text.Json;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.SharedKernel.Tests.Domain;

public sealed class RegionCodeTests
{
    [TestCase("64", RegionLevel.Province)]
    [TestCase("64.02", RegionLevel.Regency)]
    [TestCase("64.02.01", RegionLevel.District)]
    [TestCase("64.02.01.2001", RegionLevel.Village)]
    [TestCase("01.01.01.0001", RegionLevel.Village)] // 01 is the smallest segment allowed
    [TestCase("99.99.99.9999", RegionLevel.Village)]
    public void Parses_each_level(string text, RegionLevel level)
    {
        var code = RegionCode.Parse(text);

        Assert.That(code.Level, Is.EqualTo(level));
        Assert.That(code.ToString(), Is.EqualTo(text));
    }

    [TestCase(null, "required")]
    [TestCase("", "required")]
    [TestCase("6", "segment 1 must be 2 digits")]
    [TestCase("640", "segment 1 must be 2 digits")]
    [TestCase("6402", "segment 1 must be 2 digits")] // the compact form is not accepted here
    [TestCase(" 64", "segment 1 must be 2 digits")]
    [TestCase("64.2", "segment 2 must be 2 digits")]
    [TestCase("64.021", "segment 2 must be 2 digits")]
    [TestCase("64.0a", "segment 2 must be 2 digits")]
    [TestCase("64..01", "segment 2 must be 2 digits")]
    [TestCase("64.", "segment 2 must be 2 digits")]
    [TestCase("64.02.1", "segment 3 must be 2 digits")]
    [TestCase("64.02.01.201", "segment 4 must be 4 digits")]
    [TestCase("64.02.01.20011", "segment 4 must be 4 digits")]
    [TestCase("64.02.01.2001.01", "more than four segments")]
    [TestCase("00", "segment 1 cannot be all zeros")]
    [TestCase("64.00", "segment 2 cannot be all zeros")]
    [TestCase("64.02.00", "segment 3 cannot be all zeros")]
    [TestCase("64.02.01.0000", "segment 4 cannot be all zeros")]
    public void Rejects_what_is_not_a_kemendagri_code_with_a_clear_message(string? text, string message)
    {
        Assert.That(RegionCode.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(message));
        Assert.That(() => RegionCode.Parse(text!), Throws.InstanceOf<FormatException>().With.Message.Contains(message));
    }

    [Test]
    public void Parent_climbs_one_level_and_stops_at_the_province()
    {
        var village = RegionCode.Parse("64.02.01.2001");

        Assert.That(village.Parent?.ToString(), Is.EqualTo("64.02.01"));
        Assert.That(village.Parent?.Parent?.Parent?.ToString(), Is.EqualTo("64"));
        Assert.That(village.Parent?.Parent?.Parent?.Level, Is.EqualTo(RegionLevel.Province));
        Assert.That(RegionCode.Parse("64").Parent, Is.Null);
        Assert.That(village.AtLevel(RegionLevel.Regency)?.ToString(), Is.EqualTo("64.02"));
        Assert.That(village.AtLevel(RegionLevel.Village), Is.EqualTo(village));
        Assert.That(RegionCode.Parse("64.02").AtLevel(RegionLevel.Village), Is.Null);
    }

    [TestCase("64", "64.02.01.2001", true)]
    [TestCase("64.02", "64.02.01.2001", true)]
    [TestCase("64.02.01", "64.02.01.2001", true)]
    [TestCase("64.02", "64.02.01", true)]
    [TestCase("64.02.01.2001", "64.02.01.2001", false)] // strict
    [TestCase("64.02.01.2001", "64.02", false)]        // the other way round
    [TestCase("64.02", "64.03.01", false)]
    [TestCase("64.02", "64.20.01", false)]
    [TestCase("64.02.01", "64.02.10.2001", false)]
    [TestCase("64", "65.02", false)]
    public void Ancestor_checks_compare_whole_segments(string ancestor, string descendant, bool expected) =>
        Assert.That(RegionCode.Parse(ancestor).IsAncestorOf(RegionCode.Parse(descendant)), Is.EqualTo(expected));

    [TestCase("64.02", "64.02", true)]
    [TestCase("64.02", "64.02.01.2001", true)]
    [TestCase("64.02.01.2001", "64.02", false)]
    [TestCase("64.02", "64.03", false)]
    public void Same_or_ancestor_is_the_scope_check(string scope, string record, bool inside) =>
        Assert.That(RegionCode.Parse(scope).IsSameOrAncestorOf(RegionCode.Parse(record)), Is.EqualTo(inside));

    [Test]
    public void The_64_02_versus_64_021_trap_cannot_arise()
    {
        // A plain string prefix would put "64.021…" inside "64.02"; fixed-width segments make such a code invalid.
        Assert.That(RegionCode.TryParse("64.021.01", out _, out _), Is.False);
        Assert.That(RegionCode.TryParse("64.02.011", out _, out _), Is.False);
        Assert.That(RegionCode.Parse("64.02.01").IsSameOrAncestorOf(RegionCode.Parse("64.02.01")), Is.True);
        Assert.That(default(RegionCode).IsSameOrAncestorOf(RegionCode.Parse("64")), Is.False);
    }

    [TestCase("64.01", false)]
    [TestCase("64.69", false)]
    [TestCase("64.71", true)]
    [TestCase("64.99", true)]
    [TestCase("64.72.01", true)]
    [TestCase("64.72.01.1001", true)]
    [TestCase("64", false)]
    public void Kota_is_a_regency_numbered_71_or_above(string text, bool kota) =>
        Assert.That(RegionCode.Parse(text).IsKota, Is.EqualTo(kota));

    [TestCase("64.72.01.1001", true)]
    [TestCase("64.02.01.1999", true)]
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

    [TestCase("")]
    [TestCase("6")]
    [TestCase("64020")]
    [TestCase("64020120")]
    [TestCase("64020120011")]
    [TestCase("640001")]
    [TestCase("64a201")]
    public void Compact_digits_that_are_not_a_code_are_refused(string digits) =>
        Assert.That(() => RegionCode.FromCompact(digits), Throws.InstanceOf<FormatException>());

    [Test]
    public void Json_round_trips_as_the_dotted_string()
    {
        var json = JsonSerializer.Serialize(new { Region = RegionCode.Parse("64.72") });

        Assert.That(json, Is.EqualTo("""{"Region":"64.72"}"""));
        Assert.That(JsonSerializer.Deserialize<RegionCode>("\"64.72.01\"").ToString(), Is.EqualTo("64.72.01"));
        Assert.That(JsonSerializer.Deserialize<RegionCode?>("null"), Is.Null);
    }

    [Test]
    public void Json_keys_a_dictionary_by_region()
    {
        var figures = new Dictionary<RegionCode, int> { [RegionCode.Parse("64.72")] = 3 };

        var json = JsonSerializer.Serialize(figures);

        Assert.That(json, Is.EqualTo("""{"64.72":3}"""));
        Assert.That(JsonSerializer.Deserialize<Dictionary<RegionCode, int>>(json), Is.EqualTo(figures));
    }

    [TestCase("\"64.7\"", "segment 2 must be 2 digits")]
    [TestCase("\"64.00\"", "all zeros")]
    [TestCase("null", "required")]
    [TestCase("64", "must be a JSON string")]
    public void Json_errors_explain_the_bad_code(string json, string message) =>
        Assert.That(() => JsonSerializer.Deserialize<RegionCode>(json),
            Throws.InstanceOf<JsonException>().With.Message.Contains(message));
}
