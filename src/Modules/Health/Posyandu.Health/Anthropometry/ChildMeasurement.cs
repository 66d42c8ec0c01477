namespace Posyandu.Health.Anthropometry;

/// <summary>
/// One child's measurement as recorded at the Posyandu; null means not measured.
/// </summary>
/// <param name="Sex">WHO coding (1 male, 2 female). Null or any other value: no z-score at all (rule 10).</param>
/// <param name="AgeDays">Whole days since birth; null when unknown (then only WFL/WFH can be computed, rule 4).</param>
/// <param name="WeightKg">Body weight in kg.</param>
/// <param name="LengthHeightCm">Length or height in cm as measured, before the ±0.7 cm adjustment (rule 2).</param>
/// <param name="Position">Lying or standing; null when not recorded.</param>
/// <param name="Oedema">Bilateral pitting oedema: WHO computes no weight-based z-score (rule 9).</param>
/// <param name="HeadCircumferenceCm">Head circumference in cm.</param>
public sealed record ChildMeasurement(
    Sex? Sex, int? AgeDays, double? WeightKg, double? LengthHeightCm, MeasurementPosition? Position, bool Oedema, double? HeadCircumferenceCm);
