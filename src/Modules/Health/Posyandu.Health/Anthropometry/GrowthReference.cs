using Posyandu.SharedKernel.Domain;

namespace Posyandu.Health.Anthropometry;

/// <summary>
/// Z-scores of the WHO Growth Reference 2007 (5–19 years) exactly as WHO's <c>anthroplus</c> R package computes
/// them (1.0.0.9000), which Permenkes 2/2020 uses for children of 5–18 years. "Rule n" is rule n of
/// <c>Tables/Reference2007/README.md</c>. The LMS arithmetic, restricted method, rounding and plausibility ranges
/// are the 0–5 engine's own (<see cref="ZScore"/>, <see cref="PlausibleZ"/>): only the tables and age rules differ.
/// Weight-for-length/height and head circumference do not exist in this reference (always null).
/// </summary>
public static class GrowthReference
{
    /// <summary>Rule 1: the youngest age scored, in months.</summary>
    public const double FirstMonth = ReferenceTables.FirstMonth;

    /// <summary>Rule 1: the oldest age with height-for-age and BMI-for-age (inclusive; 19 years).</summary>
    public const double LastMonth = 228;

    /// <summary>Rule 1: the oldest age with weight-for-age (inclusive; 10 years) — WHO found weight alone misleading in puberty.</summary>
    public const double WeightForAgeLastMonth = 120;

    /// <param name="sex">Male or female; anything else gives no z-score.</param>
    /// <param name="ageMonths">Age in months, possibly fractional (rule 1).</param>
    /// <param name="weightKg">Body weight; ≤ 0 or not a number is none.</param>
    /// <param name="heightCm">Standing height as measured (rule 3: no ±0.7 cm after 5 years).</param>
    /// <param name="oedema">Bilateral pitting oedema: no weight-based z-score (rule 5).</param>
    public static AnthropometryResult Calculate(Sex? sex, double ageMonths, double? weightKg, double? heightCm, bool oedema)
    {
        var height = GrowthStandards.Positive(heightCm);
        var weight = GrowthStandards.Positive(weightKg);
        double? bmi = weight is { } w && height is { } h ? w / (h / 100 * (h / 100)) : null; // rule 3, as in the 0–5 engine
        if (sex is not (Sex.Male or Sex.Female) || !(ageMonths is >= FirstMonth and <= LastMonth))
        {
            return new AnthropometryResult(height, bmi, null, null, null, null, null);
        }

        var s = (int)sex.Value;
        var tables = ReferenceTables.Instance;
        var weightBased = !oedema; // rule 5
        return new AnthropometryResult(
            height,
            bmi,
            weightBased && weight is { } kg && ageMonths <= WeightForAgeLastMonth ? WeightForAge(At(tables.WeightForAge, s, ageMonths), kg) : null,
            height is { } cm ? HeightForAge(At(tables.HeightForAge, s, ageMonths), cm) : null,
            null,
            weightBased && bmi is { } b ? BmiForAge(At(tables.BmiForAge, s, ageMonths), b) : null,
            null);
    }

    /// <summary>Rule 2: the row of a whole month as it is; between months L, M and S interpolated linearly.</summary>
    private static Lms At(LmsTable table, int sex, double ageMonths)
    {
        var month = Math.Truncate(ageMonths);
        var index = (int)month - ReferenceTables.FirstMonth;
        var f = ageMonths - month;
        var low = table.Row(sex, index);
        return f > 0 ? Lms.Interpolate(low, table.Row(sex, index + 1), f) : low;
    }

    private static IndicatorResult WeightForAge(Lms lms, double kg)
    {
        var z = ZScore.Round2(ZScore.Restricted(lms, kg)); // rules 4, 6
        return new IndicatorResult(z, !PlausibleZ.WeightForAge(z), Classification.WeightForAge(z));
    }

    private static IndicatorResult HeightForAge(Lms lms, double cm)
    {
        var z = ZScore.Round2(ZScore.Plain(lms, cm)); // rule 4: never restricted
        return new IndicatorResult(z, !PlausibleZ.LengthHeightForAge(z), Classification.LengthHeightForAge(z));
    }

    private static IndicatorResult BmiForAge(Lms lms, double bmi)
    {
        var z = ZScore.Round2(ZScore.Restricted(lms, bmi));
        return new IndicatorResult(z, !PlausibleZ.WithinFive(z), Classification.BmiForAgeSchoolAge(z));
    }
}
