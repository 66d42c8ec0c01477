using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.Health.LifeCycle;

/// <summary>What a screening's weight and height say about nutrition, by age (Permenkes 2/2020).</summary>
/// <param name="HeightForAgeZ">TB/U z-score (5–17 years).</param>
/// <param name="BmiForAgeZ">IMT/U z-score (5–17 years).</param>
/// <param name="BmiForAgeFlagged">WHO's implausible flag on IMT/U: re-measure; then no thinness or obesity is judged.</param>
/// <param name="BmiCategory">The IMT/U category at 5–17 years, the adult BMI category from 18.</param>
/// <param name="Thinness">IMT/U below −2 SD (gizi kurang or gizi buruk), 5–17 years: for follow-up.</param>
/// <param name="Obesity">IMT/U above +2 SD at 5–17 years; BMI ≥ 27.0 from 18 (<see cref="ScreeningRisk.IsObese"/>).</param>
public sealed record ScreeningGrowth(
    double? HeightForAgeZ, double? BmiForAgeZ, bool? BmiForAgeFlagged, string? BmiCategory, bool? Thinness, bool? Obesity)
{
    public static ScreeningGrowth None { get; } = new(null, null, null, null, null, null);

    /// <summary>
    /// 5–17 years: the WHO Growth Reference 2007 at the exact age (days / 30.4375; on the fifth birthday itself,
    /// 1826 days, still the 2006 standards as WHO draws the line at 60 months), standing height. From 18: the adult
    /// BMI (rounded to one decimal, as on the card).
    /// </summary>
    public static ScreeningGrowth Of(Sex sex, DateOnly birthDate, DateOnly screenedOn, int ageYears, double? weightKg, double? heightCm, double? bmi)
    {
        if (ageYears >= ScreeningRisk.AdultAge)
        {
            return bmi is { } b ? None with { BmiCategory = Classification.AdultBmi(b), Obesity = ScreeningRisk.IsObese(b) } : None;
        }

        var who = GrowthAssessment.Calculate(new ChildMeasurement(
            sex, screenedOn.DayNumber - birthDate.DayNumber, weightKg, heightCm, MeasurementPosition.Standing, false, null));
        if (who.BmiForAge is not { } imt)
        {
            return None with { HeightForAgeZ = who.LengthHeightForAge?.Z };
        }

        return new ScreeningGrowth(
            who.LengthHeightForAge?.Z, imt.Z, imt.Flagged, imt.Category,
            imt.Flagged ? null : imt.Z < -2,
            imt.Flagged ? null : imt.Category == "obesitas");
    }
}
