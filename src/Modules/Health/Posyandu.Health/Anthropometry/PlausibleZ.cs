namespace Posyandu.Health.Anthropometry;

/// <summary>
/// Rule 8: WHO's plausible ranges, tested on the z-score already rounded to 2 decimals (rule 7), so 5.00 is plausible
/// and 5.01 is flagged. Outside them a z-score is still reported, with <see cref="IndicatorResult.Flagged"/> set.
/// </summary>
internal static class PlausibleZ
{
    /// <summary>Weight-for-age: −6 ≤ z ≤ +5 (asymmetric: heavy children are less often an error than light ones).</summary>
    public static bool WeightForAge(double z) => z is >= -6 and <= 5;

    /// <summary>Length/height-for-age: −6 ≤ z ≤ +6.</summary>
    public static bool LengthHeightForAge(double z) => z is >= -6 and <= 6;

    /// <summary>WFL/WFH, BMI-for-age and head circumference-for-age: −5 ≤ z ≤ +5.</summary>
    public static bool WithinFive(double z) => z is >= -5 and <= 5;
}
