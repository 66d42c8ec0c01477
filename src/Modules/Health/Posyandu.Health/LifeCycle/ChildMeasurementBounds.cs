namespace Posyandu.Health.LifeCycle;

/// <summary>
/// What a child's measurement can be at all (0–18 years), wider than anything WHO calls plausible: values inside are
/// computed and flagged, values outside are refused with a 400 — a weight of 1e308 kg or a length of 1e-300 cm gives
/// a BMI no JSON can hold.
/// </summary>
public static class ChildMeasurementBounds
{
    public const double MaxWeightKg = 300;
    public const double MinLengthCm = 1;
    public const double MaxLengthCm = 250;
    public const double MaxCircumferenceCm = 100;

    /// <summary>19 years: the calculator's tables end at 19.</summary>
    public const int MaxAgeDays = 19 * 366;
}
