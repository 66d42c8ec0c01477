using Posyandu.SharedKernel.Domain;

namespace Posyandu.Health.Anthropometry;

/// <summary>
/// Z-scores of the WHO Child Growth Standards exactly as WHO's <c>anthro</c> package computes them (anthro
/// 1.1.0.9000), with Permenkes 2/2020 categories. Rule numbers in comments refer to the rules in
/// <c>Tables/README.md</c>' source (the WHO growth data README): 1 age, 2 length/height, 3 BMI, 4 WFL/WFH table,
/// 5 interpolation, 6 formula and restricted method, 7 rounding, 8 flags, 9 oedema, 10 invalid input.
/// Pure and allocation-light: safe to call from any thread, millions of times a second.
/// </summary>
public static class GrowthStandards
{
    /// <summary>WHO's month: 30.4375 days.</summary>
    public const double DaysPerMonth = 30.4375;

    /// <summary>Recumbent length below this age, standing height from it (731 days = 24 months).</summary>
    public const int HeightFromDays = 731;

    private static readonly Lazy<Tables> Data = new(Tables.Load);

    public static AnthropometryResult Calculate(ChildMeasurement measurement)
    {
        ArgumentNullException.ThrowIfNull(measurement);

        // Rule 10: sex must be 1 or 2.
        if (measurement.Sex is not (Sex.Male or Sex.Female) || measurement.AgeDays is not { } days || days < 0)
        {
            return AnthropometryResult.None;
        }

        var sex = (int)measurement.Sex.Value;
        var weight = Positive(measurement.WeightKg);
        var length = AdjustedLength(Positive(measurement.LengthHeightCm), measurement.Position, days);
        double? bmi = weight is { } w && length is { } l ? w / (l / 100 * (l / 100)) : null;

        // Rule 1: z-scores only below 60 months (unrounded) and within the tables.
        if (days / DaysPerMonth >= 60 || days > 1856)
        {
            return AnthropometryResult.None with { AdjustedLengthHeightCm = length, Bmi = bmi };
        }

        var tables = Data.Value;
        var weightBased = !measurement.Oedema; // Rule 9: oedema → no weight-based indicator.
        return new AnthropometryResult(
            length,
            bmi,
            weightBased && weight is { } wfa ? Indicator(Z(tables.WeightForAge.Row(sex, days), wfa, restricted: true), -6, 5, Classification.WeightForAge) : null,
            length is { } lh ? Indicator(Z(tables.LengthHeightForAge.Row(sex, days), lh, restricted: false), -6, 6, Classification.LengthHeightForAge) : null,
            weightBased && weight is { } wfl && length is { } x ? WeightForLengthHeight(tables, sex, days, x, wfl) : null,
            weightBased && bmi is { } b ? Indicator(Z(tables.BmiForAge.Row(sex, days), b, restricted: true), -5, 5, Classification.NutritionalStatus) : null,
            Positive(measurement.HeadCircumferenceCm) is { } hc ? Indicator(Z(tables.HeadCircumferenceForAge.Row(sex, days), hc, restricted: false), -5, 5, Classification.HeadCircumference) : null);
    }

    /// <summary>
    /// Rule 2: +0.7 cm for a child under 731 days measured standing, −0.7 cm for one of 731 days or more measured
    /// lying; no change when the position is unknown. "Standing" under 9 months is implausible: WHO treats the
    /// position as unknown (its c9mo flag), so the length is kept without adjustment.
    /// </summary>
    public static double? AdjustedLength(double? measured, MeasurementPosition? position, int ageDays)
    {
        if (measured is not { } cm || position is null)
        {
            return measured;
        }

        if (ageDays < HeightFromDays && position == MeasurementPosition.Standing)
        {
            return ageDays / DaysPerMonth < 9 ? cm : cm + 0.7;
        }

        return ageDays >= HeightFromDays && position == MeasurementPosition.Lying ? cm - 0.7 : cm;
    }

    /// <summary>
    /// Rule 6: z = ((y/M)^L − 1) / (L·S); with the restricted method beyond ±3 SD, where the distance is measured
    /// in units of the 2–3 SD interval so that extreme values are not stretched by the skewness.
    /// </summary>
    public static double Z((double L, double M, double S) lms, double y, bool restricted)
    {
        var (l, m, s) = lms;
        var z = Math.Abs(l) < 1e-12 ? Math.Log(y / m) / s : (Math.Pow(y / m, l) - 1) / (l * s);
        if (!restricted)
        {
            return z;
        }

        if (z > 3)
        {
            var sd3 = Sd(lms, 3);
            return 3 + ((y - sd3) / (sd3 - Sd(lms, 2)));
        }

        if (z < -3)
        {
            var sd3 = Sd(lms, -3);
            return -3 + ((y - sd3) / (Sd(lms, -2) - sd3));
        }

        return z;
    }

    /// <summary>The measurement at <paramref name="k"/> SD: M·(1 + L·S·k)^(1/L).</summary>
    public static double Sd((double L, double M, double S) lms, double k) =>
        Math.Abs(lms.L) < 1e-12 ? lms.M * Math.Exp(lms.S * k) : lms.M * Math.Pow(1 + (lms.L * lms.S * k), 1 / lms.L);

    /// <summary>Rules 4 and 5: weight-for-length below 731 days (45–110 cm), weight-for-height from 731 (65–120 cm), LMS interpolated.</summary>
    private static IndicatorResult? WeightForLengthHeight(Tables tables, int sex, int days, double lengthOrHeight, double weight)
    {
        var table = days < HeightFromDays ? tables.WeightForLength : tables.WeightForHeight;
        if (lengthOrHeight < table.First || lengthOrHeight > table.Last + 1e-9)
        {
            return null;
        }

        // low = trunc(x·10)/10 (the tiny epsilon keeps 75.3·10 = 752.999… on the 75.3 row), f = (x − low)/0.1.
        var tenths = Math.Floor((lengthOrHeight * 10) + 1e-7);
        var index = (int)(tenths - Math.Round(table.First * 10));
        var f = Math.Max(0, (lengthOrHeight - (tenths / 10)) / 0.1);
        var low = table.Row(sex, index);
        var lms = f < 1e-9 || index + 1 >= table.Rows
            ? low
            : Interpolate(low, table.Row(sex, index + 1), f);
        return Indicator(Z(lms, weight, restricted: true), -5, 5, Classification.NutritionalStatus);
    }

    private static (double L, double M, double S) Interpolate((double L, double M, double S) low, (double L, double M, double S) high, double f) =>
        (low.L + (f * (high.L - low.L)), low.M + (f * (high.M - low.M)), low.S + (f * (high.S - low.S)));

    /// <summary>Rules 7 and 8: round to 2 decimals, then flag what lies outside WHO's plausible range (still reported).</summary>
    private static IndicatorResult Indicator(double z, double lowestPlausible, double highestPlausible, Func<double, string> category)
    {
        var rounded = Math.Round(z, 2);
        return new IndicatorResult(rounded, rounded < lowestPlausible || rounded > highestPlausible, category(rounded));
    }

    /// <summary>Rule 10: a measurement ≤ 0 is no measurement.</summary>
    private static double? Positive(double? value) => value is > 0 && double.IsFinite(value.Value) ? value : null;

    private sealed record Tables(
        LmsTable WeightForAge, LmsTable LengthHeightForAge, LmsTable BmiForAge, LmsTable HeadCircumferenceForAge,
        LmsTable WeightForLength, LmsTable WeightForHeight)
    {
        public static Tables Load() => new(
            LmsTable.Load("weight-for-age.csv", 0, 1),
            LmsTable.Load("length-height-for-age.csv", 0, 1),
            LmsTable.Load("bmi-for-age.csv", 0, 1),
            LmsTable.Load("head-circumference-for-age.csv", 0, 1),
            LmsTable.Load("weight-for-length.csv", 45.0, 0.1),
            LmsTable.Load("weight-for-height.csv", 65.0, 0.1));
    }
}
