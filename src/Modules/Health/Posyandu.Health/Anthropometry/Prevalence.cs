namespace Posyandu.Health.Anthropometry;

/// <summary>
/// How one child counts in prevalence, as WHO anthro counts it. Rule 9: with oedema WHO computes no weight-based
/// z-score (weight is inflated by fluid), yet in prevalence the child counts as below −3 SD for weight-for-age,
/// WFL/WFH and BMI-for-age, i.e. as severely wasted and severely underweight. A flagged z-score (rule 8) is left out
/// of prevalence. Reporting should use these helpers rather than reading <see cref="IndicatorResult.Z"/> directly.
/// </summary>
public static class Prevalence
{
    /// <summary>Severe wasting (gizi buruk): WFL/WFH z &lt; −3, or oedema.</summary>
    public static bool CountsAsSevereWasting(ChildMeasurement measurement, AnthropometryResult result) =>
        WeightBasedBelow(measurement, result, wasting: true, -3);

    /// <summary>Wasting (gizi kurang or gizi buruk): WFL/WFH z &lt; −2, or oedema.</summary>
    public static bool CountsAsWasted(ChildMeasurement measurement, AnthropometryResult result) =>
        WeightBasedBelow(measurement, result, wasting: true, -2);

    /// <summary>Severe underweight: weight-for-age z &lt; −3, or oedema.</summary>
    public static bool CountsAsSeverelyUnderweight(ChildMeasurement measurement, AnthropometryResult result) =>
        WeightBasedBelow(measurement, result, wasting: false, -3);

    /// <summary>Underweight: weight-for-age z &lt; −2, or oedema.</summary>
    public static bool CountsAsUnderweight(ChildMeasurement measurement, AnthropometryResult result) =>
        WeightBasedBelow(measurement, result, wasting: false, -2);

    /// <summary>Stunting: length/height-for-age z &lt; −2 (oedema does not change length, so it does not count here).</summary>
    public static bool CountsAsStunted(AnthropometryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.LengthHeightForAge is { Flagged: false, Z: < -2 };
    }

    /// <summary>
    /// Oedema counts only for a child WHO would score at all: a valid sex and an age from 0 up to 60 months (unrounded).
    /// </summary>
    private static bool WeightBasedBelow(ChildMeasurement measurement, AnthropometryResult result, bool wasting, double cutOff)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        ArgumentNullException.ThrowIfNull(result);
        if (measurement.Oedema)
        {
            return measurement.Sex is Sex.Male or Sex.Female
                   && measurement.AgeDays is >= 0 and var days
                   && days / GrowthStandards.DaysPerMonth < GrowthStandards.AgeLimitMonths;
        }

        var indicator = wasting ? result.WeightForLengthHeight : result.WeightForAge;
        return indicator is { Flagged: false } i && i.Z < cutOff;
    }
}
