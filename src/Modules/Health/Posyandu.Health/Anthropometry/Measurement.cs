using Posyandu.SharedKernel.Domain;

namespace Posyandu.Health.Anthropometry;

public enum MeasurementPosition
{
    /// <summary>Recumbent length (panjang badan).</summary>
    Lying,

    /// <summary>Standing height (tinggi badan).</summary>
    Standing,
}

/// <summary>One child's measurement as recorded at the Posyandu; null means not measured.</summary>
public sealed record ChildMeasurement(
    Sex? Sex, int? AgeDays, double? WeightKg, double? LengthHeightCm, MeasurementPosition? Position, bool Oedema, double? HeadCircumferenceCm);

/// <summary>One indicator: the z-score (2 decimals), WHO's implausibility flag, and the Permenkes 2/2020 category.</summary>
public sealed record IndicatorResult(double Z, bool Flagged, string Category);

/// <summary>Everything WHO computes for a measurement; an indicator is null where WHO computes none.</summary>
public sealed record AnthropometryResult(
    double? AdjustedLengthHeightCm,
    double? Bmi,
    IndicatorResult? WeightForAge,
    IndicatorResult? LengthHeightForAge,
    IndicatorResult? WeightForLengthHeight,
    IndicatorResult? BmiForAge,
    IndicatorResult? HeadCircumferenceForAge)
{
    public static AnthropometryResult None { get; } = new(null, null, null, null, null, null, null);
}
