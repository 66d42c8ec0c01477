namespace Posyandu.Health.Anthropometry;

/// <summary>
/// Everything WHO computes for one measurement; an indicator is null where WHO computes none.
/// </summary>
/// <param name="AdjustedLengthHeightCm">WHO's <c>clenhei</c>: the length/height after the ±0.7 cm rule (rule 2).</param>
/// <param name="Bmi">WHO's <c>cbmi</c>: weight / (clenhei/100)², unrounded (rule 3).</param>
/// <param name="WeightForAge">BB/U.</param>
/// <param name="LengthHeightForAge">PB/U below 731 days, TB/U from 731 days.</param>
/// <param name="WeightForLengthHeight">BB/PB below 731 days, BB/TB from 731 days.</param>
/// <param name="BmiForAge">IMT/U.</param>
/// <param name="HeadCircumferenceForAge">LK/U.</param>
public sealed record AnthropometryResult(
    double? AdjustedLengthHeightCm,
    double? Bmi,
    IndicatorResult? WeightForAge,
    IndicatorResult? LengthHeightForAge,
    IndicatorResult? WeightForLengthHeight,
    IndicatorResult? BmiForAge,
    IndicatorResult? HeadCircumferenceForAge)
{
    /// <summary>Nothing computed: no valid sex, or nothing measured.</summary>
    public static AnthropometryResult None { get; } = new(null, null, null, null, null, null, null);
}
