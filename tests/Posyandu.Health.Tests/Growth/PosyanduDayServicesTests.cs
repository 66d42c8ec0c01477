using Posyandu.Health.Growth;

namespace Posyandu.Health.Tests.Growth;

/// <summary>Which Posyandu-day services fit which age, at the boundaries.</summary>
public sealed class PosyanduDayServicesTests
{
    private static readonly DateOnly February = new(2026, 2, 10);

    [TestCase(182, null)]     // 5.98 months
    [TestCase(183, 100_000)]  // 6.01 months
    [TestCase(365, 100_000)]  // 11.99 months
    [TestCase(366, 200_000)]  // 12.02 months
    [TestCase(1826, 200_000)] // 59.99 months
    public void Vitamin_a_strength_goes_by_age(int ageDays, int? iu) =>
        Assert.That(PosyanduDayServices.VitaminAIu(ageDays), Is.EqualTo(iu));

    [Test]
    public void Vitamin_a_is_given_in_february_and_august_from_six_months()
    {
        Assert.That(PosyanduDayServices.CheckVitaminA(February, 400), Is.Null);
        Assert.That(PosyanduDayServices.CheckVitaminA(new DateOnly(2026, 8, 1), 400), Is.Null);
        Assert.That(PosyanduDayServices.CheckVitaminA(new DateOnly(2026, 3, 1), 400), Does.Contain("February and August"));
        Assert.That(PosyanduDayServices.CheckVitaminA(February, 100), Does.Contain("from 6 months"));
    }

    [TestCase(365, false)]
    [TestCase(366, true)]
    public void Deworming_starts_at_twelve_months(int ageDays, bool allowed) =>
        Assert.That(PosyanduDayServices.CheckDeworming(ageDays) is null, Is.EqualTo(allowed));

    [TestCase(182, true)]
    [TestCase(183, false)]
    public void Exclusive_breastfeeding_is_asked_under_six_months(int ageDays, bool asked) =>
        Assert.That(PosyanduDayServices.CheckExclusiveBreastfeeding(ageDays) is null, Is.EqualTo(asked));

    [Test]
    public void Referral_reasons_list_every_cause_in_a_fixed_order() =>
        Assert.That(ReferralReasons.Join(twoT: true, belowRedLine: true, severeWasting: false, severeMuac: true), Is.EqualTo("2T,BGM,lila-merah"));
}
