using Posyandu.Health.Growth;

namespace Posyandu.Health.Tests.Growth;

/// <summary>N/T/B/O and 2T on hand-built month sequences, and the KBM table at its steps.</summary>
public sealed class WeighingRulesTests
{
    private static readonly DateOnly Born = new(2025, 6, 10);

    [TestCase(0, 800)]
    [TestCase(1, 800)]
    [TestCase(2, 900)]
    [TestCase(3, 800)]
    [TestCase(4, 600)]
    [TestCase(5, 500)]
    [TestCase(6, 400)]
    [TestCase(7, 400)]
    [TestCase(8, 300)]
    [TestCase(10, 300)]
    [TestCase(11, 200)]
    [TestCase(12, 200)]
    [TestCase(59, 200)]
    public void The_minimum_weight_gain_follows_the_buku_kia_table(int months, int grams) =>
        Assert.That(MinimumWeightGain.Grams(months), Is.EqualTo(grams));

    [Test]
    public void A_year_of_weighings_gets_B_N_T_2T_O_and_T_in_the_order_a_kader_would_write_them()
    {
        // Born 10 June 2025, weighed on the 10th: 7 months in January (KBM 400 g), 8–10 months Feb–May (300 g), 12 in June (200 g).
        var sequence = new (string On, double Kg)[]
        {
            ("2026-01-10", 8.00), // first ever: B
            ("2026-02-10", 8.30), // +300 g at 8 months = KBM exactly: N
            ("2026-03-10", 8.59), // +290 g < 300: T
            ("2026-04-10", 8.70), // +110 g: T again → 2T
            // May: not weighed
            ("2026-06-10", 9.50), // no weighing last month: O
            ("2026-07-10", 9.50), // +0 g: T, but last month was O, so not 2T
            ("2026-08-10", 9.40), // −100 g: T after T → 2T
        };
        var done = new List<Weighing>();
        var results = new List<string>();
        foreach (var (on, kg) in sequence)
        {
            var day = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);
            var current = new Weighing(day, kg, day.DayNumber - Born.DayNumber, null);
            var assessment = WeighingRules.Assess(current, done);
            done.Add(current with { Trend = assessment.Trend });
            results.Add(assessment.TwoT ? "2T" : assessment.Trend.ToString());
        }

        Assert.That(results, Is.EqualTo(new[] { "B", "N", "T", "2T", "O", "T", "2T" }));
    }

    [Test]
    public void The_gain_is_measured_from_the_last_weighing_of_last_month()
    {
        Weighing[] february = [W("2026-02-03", 8.0), W("2026-02-24", 8.3)];

        var march = WeighingRules.Assess(W("2026-03-10", 8.55), february);

        Assert.That((march.Trend, march.WeightGainGrams, march.MinimumGainGrams), Is.EqualTo((GrowthTrend.T, 250, 300)));
    }

    [Test]
    public void A_second_weighing_in_the_same_month_is_still_judged_against_last_month()
    {
        Weighing[] earlier = [W("2026-02-10", 8.0), W("2026-03-02", 8.1)];

        Assert.That(WeighingRules.Assess(W("2026-03-25", 8.3), earlier).Trend, Is.EqualTo(GrowthTrend.N));
    }

    [Test]
    public void Only_earlier_months_make_a_weighing_not_new()
    {
        Weighing[] laterOnly = [W("2026-04-10", 9.0)];

        Assert.That(WeighingRules.Assess(W("2026-03-10", 8.5), laterOnly).Trend, Is.EqualTo(GrowthTrend.B));
    }

    [Test]
    public void A_grams_rounding_of_the_scale_reading_does_not_turn_an_exact_KBM_into_T()
    {
        // 8.3 − 8.0 is 0.2999999… in binary floating point; the kader's scale shows 300 g.
        Assert.That(WeighingRules.Assess(W("2026-02-10", 8.3), [W("2026-01-10", 8.0)]).Trend, Is.EqualTo(GrowthTrend.N));
    }

    private static Weighing W(string on, double kg, GrowthTrend? trend = GrowthTrend.N)
    {
        var day = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);
        return new Weighing(day, kg, day.DayNumber - Born.DayNumber, trend);
    }
}
