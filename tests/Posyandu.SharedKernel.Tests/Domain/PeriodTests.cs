using System.Text.Json;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.SharedKernel.Tests.Domain;

public sealed class PeriodTests
{
    [TestCase("2024-02", "2024-02-01", "2024-02-29")]
    [TestCase("2026-02", "2026-02-01", "2026-02-28")]
    [TestCase("2026-12", "2026-12-01", "2026-12-31")]
    [TestCase("1900-01", "1900-01-01", "1900-01-31")]
    [TestCase("2999-12", "2999-12-01", "2999-12-31")]
    public void A_period_knows_its_first_and_last_day(string text, string first, string last)
    {
        var period = Period.Parse(text);

        Assert.That(period.ToString(), Is.EqualTo(text));
        Assert.That(period.FirstDay, Is.EqualTo(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(period.LastDay, Is.EqualTo(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(period.Contains(period.FirstDay) && period.Contains(period.LastDay), Is.True);
        Assert.That(period.Contains(period.FirstDay.AddDays(-1)) || period.Contains(period.LastDay.AddDays(1)), Is.False);
    }

    [TestCase("2026-12", "2027-01")]
    [TestCase("2026-01", "2026-02")]
    [TestCase("2024-02", "2024-03")]
    public void Next_and_previous_cross_years(string text, string next)
    {
        Assert.That(Period.Parse(text).Next(), Is.EqualTo(Period.Parse(next)));
        Assert.That(Period.Parse(next).Previous(), Is.EqualTo(Period.Parse(text)));
    }

    [Test]
    public void Periods_compare_in_calendar_order()
    {
        var december = Period.Parse("2025-12");
        var january = Period.Parse("2026-01");

        Assert.That(december < january && january > december, Is.True);
        Assert.That(december <= Period.Parse("2025-12") && december >= Period.Parse("2025-12"), Is.True);
        Assert.That(new[] { january, december }.Order(), Is.EqualTo(new[] { december, january }));
        Assert.That(Period.Of(new DateOnly(2026, 11, 24)), Is.EqualTo(new Period(2026, 11)));
    }

    [TestCase(null, "required")]
    [TestCase("", "required")]
    [TestCase("2026-00", "01–12")]
    [TestCase("2026-13", "01–12")]
    [TestCase("1899-12", "1900–2999")]
    [TestCase("3000-01", "1900–2999")]
    [TestCase("2026-1", "yyyy-MM")]
    [TestCase("26-01", "yyyy-MM")]
    [TestCase("2026/01", "yyyy-MM")]
    [TestCase("2026-03-01", "yyyy-MM")]
    [TestCase("2026-+3", "yyyy-MM")]
    [TestCase(" 2026-03", "yyyy-MM")]
    [TestCase("２026-03", "yyyy-MM")] // full-width digit
    public void Rejects_what_is_not_a_month(string? text, string message)
    {
        Assert.That(Period.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(message));
        Assert.That(() => Period.Parse(text!), Throws.InstanceOf<FormatException>().With.Message.Contains(message));
    }

    [TestCase(1899, 1)]
    [TestCase(3000, 1)]
    [TestCase(2026, 0)]
    [TestCase(2026, 13)]
    public void The_constructor_guards_the_same_ranges(int year, int month) =>
        Assert.That(() => new Period(year, month), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void Json_round_trips_as_yyyy_MM()
    {
        Assert.That(JsonSerializer.Serialize(Period.Parse("2026-03")), Is.EqualTo("\"2026-03\""));
        Assert.That(JsonSerializer.Deserialize<Period>("\"2026-03\""), Is.EqualTo(new Period(2026, 3)));
    }

    [TestCase("\"2026-13\"", "01–12")]
    [TestCase("\"March 2026\"", "yyyy-MM")]
    [TestCase("202603", "must be a JSON string")]
    public void Json_errors_explain_the_bad_month(string json, string message) =>
        Assert.That(() => JsonSerializer.Deserialize<Period>(json),
            Throws.InstanceOf<JsonException>().With.Message.Contains(message));
}
