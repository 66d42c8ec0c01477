namespace Posyandu.Health.Growth;

/// <summary>A weighing as growth monitoring sees it: when, how heavy, at what age, and the trend it was given.</summary>
public sealed record Weighing(DateOnly On, double WeightKg, int AgeDays, GrowthTrend? Trend);

/// <summary>What a weighing means for growth monitoring.</summary>
/// <param name="WeightGainGrams">Gain since last month's weighing; null for B and O.</param>
/// <param name="MinimumGainGrams">The KBM that applied; null for B and O.</param>
/// <param name="TwoT">Tidak naik this month and last month: refer to the puskesmas.</param>
public sealed record GrowthAssessment(GrowthTrend Trend, int? WeightGainGrams, int? MinimumGainGrams, bool TwoT);

/// <summary>
/// The N/T/B/O rules of the Buku KIA applied to one child's weighings. Months are calendar months (a Posyandu
/// weighs once a month on its service day); "last month's weighing" is the last one in the previous calendar month.
/// </summary>
public static class WeighingRules
{
    /// <summary>Judges <paramref name="current"/> against the child's other weighings (any order, any months).</summary>
    public static GrowthAssessment Assess(Weighing current, IEnumerable<Weighing> others)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(others);
        var month = Period.Of(current.On);
        var earlier = others.Where(w => Period.Of(w.On).CompareTo(month) < 0).ToList();
        if (earlier.Count == 0)
        {
            return new GrowthAssessment(GrowthTrend.B, null, null, false);
        }

        var previousMonth = month.Previous();
        var last = earlier.Where(w => Period.Of(w.On) == previousMonth).MaxBy(w => w.On);
        if (last is null)
        {
            return new GrowthAssessment(GrowthTrend.O, null, null, false);
        }

        var gain = (int)Math.Round((current.WeightKg - last.WeightKg) * 1000, MidpointRounding.AwayFromZero);
        var minimum = MinimumWeightGain.Grams((int)(current.AgeDays / Anthropometry.GrowthStandards.DaysPerMonth));
        var trend = gain >= minimum ? GrowthTrend.N : GrowthTrend.T;
        return new GrowthAssessment(trend, gain, minimum, trend == GrowthTrend.T && last.Trend == GrowthTrend.T);
    }
}
