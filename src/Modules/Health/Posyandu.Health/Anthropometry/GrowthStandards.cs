namespace Posyandu.Health.Anthropometry;

/// <summary>
/// Z-scores of the WHO Child Growth Standards exactly as WHO's <c>anthro</c> R package computes them (anthro
/// 1.1.0.9000), with Permenkes 2/2020 categories. "Rule n" in comments is rule n of <c>Tables/README.md</c>:
/// 1 age, 2 length/height, 3 BMI, 4 WFL/WFH table, 5 interpolation, 6 formula and restricted method, 7 rounding,
/// 8 flags, 9 oedema, 10 invalid input.
/// Pure and thread-safe; per call it allocates only the result records, so 10,000 children per request are cheap.
/// </summary>
public static partial class GrowthStandards
{
    /// <summary>Rule 1: WHO's month is 30.4375 days.</summary>
    public const double DaysPerMonth = 30.4375;

    /// <summary>Rule 1: z-scores only below 60 months, in unrounded months (1826 days = 59.99 months; 1827 = 60.02).</summary>
    public const double AgeLimitMonths = 60;

    /// <summary>Rules 2–4: recumbent length below this age, standing height from it (731 days = 24 months).</summary>
    public const int HeightFromDays = 731;

    /// <summary>Rule 2: a child under 9 months cannot plausibly be measured standing.</summary>
    public const double StandingFromMonths = 9;

    /// <summary>Rule 2: standing height is 0.7 cm less than recumbent length.</summary>
    public const double LyingMinusStandingCm = 0.7;

    public static AnthropometryResult Calculate(ChildMeasurement measurement)
    {
        ArgumentNullException.ThrowIfNull(measurement);

        // Rule 1: a negative age is no age: no adjustment and (below) no z-score.
        int? age = measurement.AgeDays is >= 0 ? measurement.AgeDays : null;
        var length = Positive(AdjustedLengthHeight(Positive(measurement.LengthHeightCm), measurement.Position, age));
        var weight = Positive(measurement.WeightKg);
        double? bmi = weight is { } w && length is { } l ? w / (l / 100 * (l / 100)) : null; // rule 3; R's x^2 is x·x

        // Rule 10: sex must be 1 or 2. Rule 1: a negative age, or 60 months and over, gives no z-score.
        if (measurement.Sex is not (Sex.Male or Sex.Female) || measurement.AgeDays < 0 || age / DaysPerMonth >= AgeLimitMonths)
        {
            return new AnthropometryResult(length, bmi, null, null, null, null, null);
        }

        var sex = (int)measurement.Sex.Value;
        var weightBased = !measurement.Oedema; // rule 9
        var tables = GrowthTables.Instance;
        var wfl = weightBased && weight is { } kg && length is { } cm
            ? WeightForLengthHeight(tables, sex, age, measurement.Position, cm, kg)
            : null;
        if (age is not { } days)
        {
            return new AnthropometryResult(length, bmi, null, null, wfl, null, null); // rule 4: the only indicator without age
        }

        return new AnthropometryResult(
            length,
            bmi,
            weightBased && weight is { } wa ? WeightForAge(tables.WeightForAge.Row(sex, days), wa) : null,
            length is { } lh ? LengthHeightForAge(tables.LengthHeightForAge.Row(sex, days), lh) : null,
            wfl,
            weightBased && bmi is { } b ? BmiForAge(tables.BmiForAge.Row(sex, days), b) : null,
            Positive(measurement.HeadCircumferenceCm) is { } hc
                ? HeadCircumferenceForAge(tables.HeadCircumferenceForAge.Row(sex, days), hc)
                : null);
    }

    /// <summary>
    /// WHO's <c>c9mo_flag</c> (rule 2): a child under 9 months recorded as measured standing. WHO then treats the
    /// position as unknown, so the length is used as measured, without the +0.7 cm. Worth a prompt to re-measure.
    /// </summary>
    public static bool IsImplausiblePosition(ChildMeasurement measurement)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        return measurement.Position == MeasurementPosition.Standing && measurement.AgeDays is >= 0 and var days
            && days / DaysPerMonth < StandingFromMonths;
    }

    /// <summary>
    /// Rule 2 (WHO's <c>clenhei</c>): the tables hold recumbent length below 731 days and standing height from 731
    /// days, so +0.7 cm for a child under 731 days measured standing and −0.7 cm for one of 731 days or more measured
    /// lying. An unknown position or age gives no adjustment (WHO guesses neither), and so does "standing" under
    /// 9 months, which WHO takes as an unknown position (<see cref="IsImplausiblePosition"/>).
    /// </summary>
    public static double? AdjustedLengthHeight(double? measuredCm, MeasurementPosition? position, int? ageDays) =>
        (measuredCm, position, ageDays) switch
        {
            ({ } cm, MeasurementPosition.Standing, >= 0 and < HeightFromDays and var days)
                when days / DaysPerMonth >= StandingFromMonths => cm + LyingMinusStandingCm,
            ({ } cm, MeasurementPosition.Lying, >= HeightFromDays) => cm - LyingMinusStandingCm,
            _ => measuredCm,
        };

    /// <summary>Rule 10: a measurement ≤ 0 (or not a finite number) is no measurement.</summary>
    internal static double? Positive(double? value) => value is > 0 and var v && double.IsFinite(v) ? v : null;

    private static IndicatorResult WeightForAge(Lms lms, double kg)
    {
        var z = ZScore.Round2(ZScore.Restricted(lms, kg));
        return new IndicatorResult(z, !PlausibleZ.WeightForAge(z), Classification.WeightForAge(z));
    }

    private static IndicatorResult LengthHeightForAge(Lms lms, double cm)
    {
        var z = ZScore.Round2(ZScore.Plain(lms, cm)); // rule 6: never restricted
        return new IndicatorResult(z, !PlausibleZ.LengthHeightForAge(z), Classification.LengthHeightForAge(z));
    }

    private static IndicatorResult BmiForAge(Lms lms, double bmi)
    {
        var z = ZScore.Round2(ZScore.Restricted(lms, bmi));
        return new IndicatorResult(z, !PlausibleZ.WithinFive(z), Classification.NutritionalStatus(z));
    }

    private static IndicatorResult HeadCircumferenceForAge(Lms lms, double cm)
    {
        var z = ZScore.Round2(ZScore.Plain(lms, cm)); // rule 6: never restricted
        return new IndicatorResult(z, !PlausibleZ.WithinFive(z), Classification.HeadCircumference(z));
    }
}
