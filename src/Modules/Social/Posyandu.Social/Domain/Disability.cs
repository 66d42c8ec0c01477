namespace Posyandu.Social.Domain;

/// <summary>Ragam penyandang disabilitas, UU 8/2016 Pasal 4 ayat (1); ganda = more than one (multi).</summary>
public enum DisabilityCategory
{
    Fisik,
    Intelektual,
    Mental,
    Sensorik,
    Ganda,
}

/// <summary>How much the impairment limits daily activities (ringan, sedang, berat), as the kader and the social worker assess it.</summary>
public enum DisabilitySeverity
{
    Mild,
    Moderate,
    Severe,
}

/// <summary>Alat bantu a person with disability needs (the usual aids of Dinas Sosial's ATENSI programme).</summary>
public enum AssistiveDevice
{
    Wheelchair,
    Crutches,
    WalkingStick,
    Walker,
    WhiteCane,
    HearingAid,
    LowVisionAid,
    ProstheticLeg,
    ProstheticArm,
    Other,
}

/// <summary>
/// A disability assessment of a resident: category, severity and the assistive devices needed. The latest assessment
/// is in force; earlier ones are the history. The household is the one the person lived in at the assessment.
/// </summary>
public sealed class DisabilityRecord : IPosyanduScoped
{
    public Guid Id { get; init; }

    public Guid ResidentId { get; init; }

    public Guid HouseholdId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public DisabilityCategory Category { get; init; }

    public DisabilitySeverity Severity { get; init; }

    /// <summary>API names of <see cref="AssistiveDevice"/>.</summary>
    public List<string> DevicesNeeded { get; init; } = [];

    public DateOnly AssessedOn { get; init; }

    public string? Note { get; init; }

    public string RecordedBy { get; init; } = "";

    public DateTime RecordedAt { get; init; }
}

internal sealed class DisabilityRecordConfiguration : IEntityTypeConfiguration<DisabilityRecord>
{
    public void Configure(EntityTypeBuilder<DisabilityRecord> builder)
    {
        builder.ToTable("disability_records");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.RegionCode).HasMaxLength(13);
        builder.Property(d => d.Category).HasConversion<string>().HasMaxLength(12);
        builder.Property(d => d.Severity).HasConversion<string>().HasMaxLength(10);
        builder.PrimitiveCollection(d => d.DevicesNeeded).HasMaxLength(400);
        builder.Property(d => d.Note).HasMaxLength(1000);
        builder.Property(d => d.RecordedBy).HasMaxLength(200);
        builder.HasIndex(d => d.ResidentId);
        builder.HasIndex(d => d.HouseholdId);
        builder.HasIndex(d => d.PosyanduId);
    }
}
