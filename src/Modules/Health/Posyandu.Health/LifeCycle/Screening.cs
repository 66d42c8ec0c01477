namespace Posyandu.Health.LifeCycle;

/// <summary>
/// A PTM screening of a school-age child, adolescent, adult or elder at the Posyandu, with the risk flags computed
/// when it was recorded (<see cref="ScreeningRisk"/>, <see cref="BloodPressure"/>). A flag is null when its
/// measurement was not taken or its cut-off does not apply at this age.
/// </summary>
public sealed class Screening : IPosyanduScoped
{
    public Guid Id { get; init; }

    public Guid ResidentId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public DateOnly ScreenedOn { get; init; }

    public int AgeYears { get; init; }

    public Sex Sex { get; init; }

    public LifeStage LifeStage { get; init; }

    public double? WeightKg { get; init; }

    public double? HeightCm { get; init; }

    public double? Bmi { get; init; }

    public int? SystolicMmHg { get; init; }

    public int? DiastolicMmHg { get; init; }

    /// <summary>Gula darah sewaktu (random), mg/dL.</summary>
    public double? BloodGlucoseMgPerDl { get; init; }

    /// <summary>Lingkar perut.</summary>
    public double? WaistCm { get; init; }

    public bool? Hypertension { get; init; }

    public bool? Obesity { get; init; }

    public bool? CentralObesity { get; init; }

    public bool? DiabetesSuspicion { get; init; }
}
