using Posyandu.Health.LifeCycle;

namespace Posyandu.Health.Tests.LifeCycle;

/// <summary>Gestational age from HPHT and Naegele's due date, as the Buku KIA computes them.</summary>
public sealed class PregnancyDatingTests
{
    [TestCase("2026-01-01", "2026-10-08")]
    [TestCase("2026-08-01", "2027-05-08")]
    [TestCase("2026-03-25", "2027-01-01")]
    [TestCase("2024-05-31", "2025-03-07")]
    public void Naegele_adds_a_year_takes_three_months_and_adds_seven_days(string hpht, string due) =>
        Assert.That(PregnancyDating.EstimatedDueDate(DateOnly.Parse(hpht, System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture)));

    [TestCase(0, 0)]
    [TestCase(6, 0)]
    [TestCase(7, 1)]
    [TestCase(101, 14)]
    [TestCase(294, 42)]
    public void Gestational_age_is_completed_weeks_since_hpht(int days, int weeks)
    {
        var hpht = new DateOnly(2026, 8, 1);

        Assert.That(PregnancyDating.GestationalWeeks(hpht, hpht.AddDays(days)), Is.EqualTo(weeks));
    }

    [TestCase(-1, false)]
    [TestCase(0, true)]
    [TestCase(294, true)]
    [TestCase(295, false)]
    public void An_hpht_is_plausible_up_to_42_weeks_back_and_never_ahead(int daysBefore, bool plausible)
    {
        var day = new DateOnly(2026, 11, 10);

        Assert.That(PregnancyDating.IsPlausible(day.AddDays(-daysBefore), day), Is.EqualTo(plausible));
    }
}
