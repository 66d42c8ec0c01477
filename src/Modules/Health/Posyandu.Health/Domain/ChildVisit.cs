using Posyandu.Health.Growth;

namespace Posyandu.Health.Domain;

/// <summary>
/// One under-five's Posyandu-day visit (ILP: weighing/measuring, services, counselling), with the WHO results and
/// the growth trend computed when it was recorded — what the kader wrote in the KMS that day.
/// </summary>
public sealed class ChildVisit : IPosyanduScoped
{
    public Guid Id { get; init; }

    public Guid ResidentId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public DateOnly MeasuredOn { get; init; }

    public int AgeDays { get; init; }

    public double? WeightKg { get; init; }

    public double? LengthHeightCm { get; init; }

    public string? Position { get; init; }

    public bool Oedema { get; init; }

    public double? HeadCircumferenceCm { get; init; }

    /// <summary>Lingkar lengan atas (LiLA/MUAC), for 6–59 months.</summary>
    public double? ArmCircumferenceCm { get; init; }

    public double? WeightForAgeZ { get; init; }

    public string? WeightForAgeCategory { get; init; }

    public double? LengthHeightForAgeZ { get; init; }

    public string? LengthHeightForAgeCategory { get; init; }

    public double? WeightForLengthHeightZ { get; init; }

    public string? WeightForLengthHeightCategory { get; init; }

    public double? BmiForAgeZ { get; init; }

    public string? BmiForAgeCategory { get; init; }

    public double? HeadCircumferenceForAgeZ { get; init; }

    public string? HeadCircumferenceForAgeCategory { get; init; }

    /// <summary>Any indicator outside WHO's plausible range: accepted, but to be re-measured.</summary>
    public bool Flagged { get; init; }

    /// <summary>Stunted (PB/U or TB/U &lt; −2 SD, unflagged), as counted for prevalence.</summary>
    public bool Stunted { get; init; }

    /// <summary>Wasted (BB/PB or BB/TB &lt; −2 SD unflagged, or oedema), as counted for prevalence.</summary>
    public bool Wasted { get; init; }

    /// <summary>Severely wasted — gizi buruk (BB/PB or BB/TB &lt; −3 SD unflagged, or oedema): a reason to refer.</summary>
    public bool SevereWasting { get; init; }

    /// <summary>Underweight (BB/U &lt; −2 SD unflagged, or oedema), as counted for prevalence.</summary>
    public bool Underweight { get; init; }

    /// <summary>N/T/B/O against last month's weighing; null when the child was not weighed. Recomputed when an earlier weighing arrives late.</summary>
    public GrowthTrend? Trend { get; set; }

    public int? WeightGainGrams { get; set; }

    public int? MinimumGainGrams { get; set; }

    /// <summary>Tidak naik two months running.</summary>
    public bool TwoT { get; set; }

    /// <summary>Bawah Garis Merah: weight-for-age below −3 SD (or oedema).</summary>
    public bool BelowRedLine { get; init; }

    /// <summary>Why the child should go to the puskesmas (codes joined by ','); empty when there is no reason.</summary>
    public string ReferralReasons { get; set; } = "";

    /// <summary>ASI eksklusif so far (asked for infants under 6 months only).</summary>
    public bool? ExclusiveBreastfeeding { get; init; }

    /// <summary>Vitamin A capsule given this visit: 100,000 IU (blue) at 6–11 months, 200,000 IU (red) at 12–59 months.</summary>
    public int? VitaminAIu { get; init; }

    /// <summary>Obat cacing given this visit.</summary>
    public bool Dewormed { get; init; }

    /// <summary>Pemberian makanan tambahan (PMT) given this visit.</summary>
    public bool SupplementaryFood { get; init; }
}

internal sealed class ChildVisitConfiguration : IEntityTypeConfiguration<ChildVisit>
{
    public void Configure(EntityTypeBuilder<ChildVisit> builder)
    {
        builder.ToTable("child_visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.RegionCode).HasMaxLength(13);
        builder.Property(v => v.Position).HasMaxLength(10);
        builder.Property(v => v.WeightForAgeCategory).HasMaxLength(30);
        builder.Property(v => v.LengthHeightForAgeCategory).HasMaxLength(30);
        builder.Property(v => v.WeightForLengthHeightCategory).HasMaxLength(30);
        builder.Property(v => v.BmiForAgeCategory).HasMaxLength(30);
        builder.Property(v => v.HeadCircumferenceForAgeCategory).HasMaxLength(30);
        builder.Property(v => v.Trend).HasConversion<string>().HasMaxLength(1);
        builder.Property(v => v.ReferralReasons).HasMaxLength(100);
        builder.HasIndex(v => new { v.ResidentId, v.MeasuredOn });
        builder.HasIndex(v => new { v.PosyanduId, v.MeasuredOn });
        builder.HasIndex(v => new { v.RegionCode, v.MeasuredOn });
    }
}
