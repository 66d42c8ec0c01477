using Posyandu.SharedKernel.Domain;

namespace Posyandu.Health.Anthropometry;

/// <summary>
/// One entry for 0–19 years, as Permenkes 2/2020 splits them: under 60 months the WHO Child Growth Standards
/// (<see cref="GrowthStandards"/>, exactly as today), from 60 months the WHO Growth Reference 2007
/// (<see cref="GrowthReference"/>). Both WHO packages draw the line at 60 months unrounded.
/// </summary>
public static class GrowthAssessment
{
    /// <summary>Age in whole days (a visit's or a screening's); in the 2007 reference the months are days / 30.4375.</summary>
    public static AnthropometryResult Calculate(ChildMeasurement measurement)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        return measurement.AgeDays is >= 0 and var days && days / GrowthStandards.DaysPerMonth >= GrowthStandards.AgeLimitMonths
            ? FromReference(measurement, days / GrowthStandards.DaysPerMonth)
            : GrowthStandards.Calculate(measurement);
    }

    /// <summary>
    /// Age in months, possibly fractional (anthroplus's input). Under 60 months it becomes whole days as WHO anthro
    /// converts months (× 30.4375, rounded; never reaches 1827 days below 60 months); the measurement's own
    /// <see cref="ChildMeasurement.AgeDays"/> is ignored.
    /// </summary>
    public static AnthropometryResult Calculate(ChildMeasurement measurement, double ageMonths)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        return ageMonths >= GrowthStandards.AgeLimitMonths
            ? FromReference(measurement, ageMonths)
            : GrowthStandards.Calculate(measurement with
            {
                AgeDays = ageMonths >= 0 ? (int)Math.Round(ageMonths * GrowthStandards.DaysPerMonth, MidpointRounding.AwayFromZero) : -1,
            });
    }

    private static AnthropometryResult FromReference(ChildMeasurement m, double ageMonths) =>
        GrowthReference.Calculate(m.Sex, ageMonths, m.WeightKg, m.LengthHeightCm, m.Oedema);
}
