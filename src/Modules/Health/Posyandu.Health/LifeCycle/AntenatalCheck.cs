namespace Posyandu.Health.LifeCycle;

/// <summary>
/// An antenatal check (pemeriksaan ibu hamil) at the Posyandu. Each flag is null when its measurement was not taken,
/// so "not measured" is never counted as "no risk".
/// </summary>
public sealed class AntenatalCheck : IPosyanduScoped
{
    public Guid Id { get; init; }

    public Guid PregnancyId { get; init; }

    public Guid ResidentId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public DateOnly CheckedOn { get; init; }

    public int GestationalWeeks { get; init; }

    public double? WeightKg { get; init; }

    public int? SystolicMmHg { get; init; }

    public int? DiastolicMmHg { get; init; }

    /// <summary>LiLA, lingkar lengan atas.</summary>
    public double? MuacCm { get; init; }

    public double? HbGPerDl { get; init; }

    /// <summary>Tablet tambah darah (TTD) handed out at this check.</summary>
    public int IronTabletsGiven { get; init; }

    public bool? KekRisk { get; init; }

    public bool? Anaemia { get; init; }

    public bool? Hypertension { get; init; }
}
