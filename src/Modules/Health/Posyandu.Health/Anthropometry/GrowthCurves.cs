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

    private static double At(LmsTable table, Sex sex, int ageDays, double z)
    {
        if (sex is not (Sex.Male or Sex.Female))
        {
            throw new ArgumentOutOfRangeException(nameof(sex), "Male or female.");
        }

        var (l, m, s) = table.Row(sex == Sex.Male ? 1 : 2, Math.Clamp(ageDays, 0, GrowthTables.DayRows - 1));
        return Math.Abs(l) < 1e-12 ? m * Math.Exp(s * z) : m * Math.Pow(1 + (l * s * z), 1 / l);
    }
}
