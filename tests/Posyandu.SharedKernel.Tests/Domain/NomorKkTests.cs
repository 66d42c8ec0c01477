using System.Text.Json;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.SharedKernel.Tests.Domain;

public sealed class NomorKkTests
{
    private const string Kk = "6402010101200001";

    [Test]
    public void A_valid_kk_number_exposes_its_district_and_mask()
    {
        var kk = NomorKk.Parse(Kk);

        Assert.That(kk.DistrictCode, Is.EqualTo(RegionCode.Parse("64.02.01")));
        Assert.That(kk.Masked, Is.EqualTo("6402************"));
        Assert.That(kk.ToString(), Is.EqualTo(Kk));
    }

    [TestCase(null, "required")]
    [TestCase("640201010120001", "exactly 16 digits")]
    [TestCase("64020101012000011", "exactly 16 digits")]
    [TestCase("64020101012000a1", "exactly 16 digits")]
    [TestCase("1002010101200001", "province code")]
    [TestCase("6400010101200001", "cannot be 00")]
    [TestCase("6402000101200001", "cannot be 00")]
    [TestCase("6402010101200000", "cannot be 0000")]
    public void Rejects_what_cannot_be_a_kk_number(string? text, string message)
    {
        Assert.That(NomorKk.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(message).And.StartsWith("KK number"));
        Assert.That(() => NomorKk.Parse(text!), Throws.InstanceOf<FormatException>().With.Message.Contains(message));
    }

    [TestCase("1101010101200001")]
    [TestCase("6402010101209999")]
    [TestCase("6402019999990001")] // no date inside a KK number
    public void Accepts_boundary_values(string text) =>
        Assert.That(NomorKk.TryParse(text, out _, out var error), Is.True, error);

    [Test]
    public void Json_round_trips_and_explains_errors()
    {
        Assert.That(JsonSerializer.Serialize(NomorKk.Parse(Kk)), Is.EqualTo($"\"{Kk}\""));
        Assert.That(JsonSerializer.Deserialize<NomorKk>($"\"{Kk}\""), Is.EqualTo(NomorKk.Parse(Kk)));
        Assert.That(() => JsonSerializer.Deserialize<NomorKk>("\"6402010101200000\""),
            Throws.InstanceOf<JsonException>().With.Message.Contains("0000"));
    }
}
