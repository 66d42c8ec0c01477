namespace Posyandu.Health.Anthropometry;

/// <summary>
/// The other way round from a z-score: the measurement that lies at z SD for a child's sex and age, from the same
/// WHO LMS rows (value = M·(1 + L·S·z)^(1/L)). What a growth chart draws as its −3, −2, 0 and +2 lines, and what
/// the synthetic-data generator uses to give children realistic weights and lengths.
/// </summary>
public static class GrowthCurves
{
    /// <summary>Weight (kg) at <paramref name="z"/> SD weight-for-age.</summary>
    public static double WeightForAgeKg(Sex sex, int ageDays, double z) => At(GrowthTables.Instance.WeightForAge, sex, ageDays, z);

    /// <summary>Length (before 731 days) or height (cm) at <paramref name="z"/> SD length/height-for-age.</summary>
    public static double LengthHeightForAgeCm(Sex sex, int ageDays, double z) => At(GrowthTables.Instance.LengthHeightForAge, sex, ageDays, z);

    /// <summary>Height (cm) at <paramref name="z"/> SD height-for-age of the Growth Reference 2007 (5–19 years), at the whole month.</summary>
    public static double ReferenceHeightCm(Sex sex, double ageMonths, double z) => AtMonth(ReferenceTables.Instance.HeightForAge, sex, ageMonths, z);

    /// <summary>BMI (kg/m²) at <paramref name="z"/> SD BMI-for-age of the Growth Reference 2007 (5–19 years), at the whole month.</summary>
    public static double ReferenceBmi(Sex sex, double ageMonths, double z) => AtMonth(ReferenceTables.Instance.BmiForAge, sex, ageMonths, z);

    private static double At(LmsTable table, Sex sex, int ageDays, double z) =>
        Value(table.Row(SexRow(sex), Math.Clamp(ageDays, 0, GrowthTables.DayRows - 1)), z);

    private static double AtMonth(LmsTable table, Sex sex, double ageMonths, double z) =>
        Value(table.Row(SexRow(sex), Math.Clamp((int)ageMonths, ReferenceTables.FirstMonth, (int)GrowthReference.LastMonth) - ReferenceTables.FirstMonth), z);

    private static int SexRow(Sex sex) => sex switch
    {
        Sex.Male => 1,
        Sex.Female => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(sex), "Male or female."),
    };

    private static double Value(Lms row, double z)
    {
        var (l, m, s) = row;
        return Math.Abs(l) < 1e-12 ? m * Math.Exp(s * z) : m * Math.Pow(1 + (l * s * z), 1 / l);
    }
}
