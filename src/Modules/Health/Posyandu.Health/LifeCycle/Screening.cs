namespace Posyandu.Health.LifeCycle;

/// <summary>
/// A PTM screening of a school-age child, adolescent, adult or elder at the Posyandu, with the risk flags computed
/// when it was recorded (<see cref="ScreeningRisk"/>, <see cref="BloodPressure"/>). A flag is null when its
/// measurement was not taken or its cut-off does not apply at this age. From 5 to 17 years weight and height are
/// judged by IMT/U and TB/U (<see cref="ScreeningGrowth"/>, Permenkes 2/2020), and <see cref="Obesity"/> is IMT/U &gt; +2 SD.
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

    /// <summary>TB/U z-score, 5–17 years (WHO Growth Reference 2007).</summary>
    public double? HeightForAgeZ { get; init; }

    /// <summary>IMT/U z-score, 5–17 years (WHO Growth Reference 2007).</summary>
    public double? BmiForAgeZ { get; init; }

    /// <summary>WHO's implausible flag on <see cref="BmiForAgeZ"/>: re-measure; left out of prevalence.</summary>
    public bool? BmiForAgeFlagged { get; init; }

    /// <summary>IMT/U category (Permenkes 2/2020) at 5–17 years; the adult BMI category from 18.</summary>
    public string? BmiCategory { get; init; }

    /// <summary>IMT/U below −2 SD at 5–17 years (gizi kurang or buruk): for follow-up.</summary>
    public bool? Thinness { get; init; }

    /// <summary>Hemoglobin, g/dL.</summary>
    public double? HbGPerDl { get; init; }

    /// <summary>Below WHO's cut-off for the age and sex (<see cref="LifeCycle.Anaemia"/>).</summary>
    public bool? Anaemia { get; init; }

    /// <summary>Tablet tambah darah (TTD) given at this screening, a count; women and adolescent girls only.</summary>
    public int? IronTabletsGiven { get; init; }
}
