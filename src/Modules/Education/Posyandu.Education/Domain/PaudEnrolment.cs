namespace Posyandu.Education.Domain;

/// <summary>The kinds of early-childhood institution (satuan PAUD) a child can attend.</summary>
public enum PaudInstitutionType
{
    /// <summary>Taman Kanak-kanak.</summary>
    Tk,

    /// <summary>Kelompok Bermain.</summary>
    Kb,

    /// <summary>Taman Penitipan Anak.</summary>
    Tpa,

    /// <summary>Satuan PAUD Sejenis, e.g. PAUD at the Posyandu.</summary>
    Sps,
}

public enum PaudEnrolmentStatus
{
    Active,

    /// <summary>Finished PAUD (usually on to SD).</summary>
    Completed,

    /// <summary>Stopped attending before finishing.</summary>
    Withdrawn,
}

/// <summary>
/// A child's attendance at one early-childhood institution, from start to end. Kept with the Posyandu and village
/// the child lived in when enrolled, so the record stays where it was made if the family moves.
/// </summary>
public sealed class PaudEnrolment : IPosyanduScoped, IVersioned
{
    /// <summary>The age PAUD ends at: a child is of PAUD age until the 7th birthday (then SD).</summary>
    public const int AgeLimitYears = 7;

    public Guid Id { get; init; }

    public Guid ResidentId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public string InstitutionName { get; set; } = "";

    /// <summary>Nomor Pokok Sekolah Nasional (8 digits), when the institution has one.</summary>
    public string? Npsn { get; set; }

    public PaudInstitutionType InstitutionType { get; set; }

    public DateOnly StartDate { get; init; }

    public DateOnly? EndDate { get; set; }

    public PaudEnrolmentStatus Status { get; set; }

    public int Version { get; set; }

    /// <summary>Attending on <paramref name="day"/>: started by then and not ended before it.</summary>
    public bool IsActiveOn(DateOnly day) => StartDate <= day && (EndDate is null || EndDate >= day);

    public string InstitutionCode => InstitutionType switch
    {
        PaudInstitutionType.Tk => PaudInstitutionTypes.Tk,
        PaudInstitutionType.Kb => PaudInstitutionTypes.Kb,
        PaudInstitutionType.Tpa => PaudInstitutionTypes.Tpa,
        _ => PaudInstitutionTypes.Sps,
    };
}

internal sealed class PaudEnrolmentConfiguration : IEntityTypeConfiguration<PaudEnrolment>
{
    public void Configure(EntityTypeBuilder<PaudEnrolment> builder)
    {
        builder.ToTable("paud_enrolments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.RegionCode).HasMaxLength(13);
        builder.Property(e => e.InstitutionName).HasMaxLength(150);
        builder.Property(e => e.Npsn).HasMaxLength(8);
        builder.Property(e => e.InstitutionType).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(e => new { e.ResidentId, e.StartDate });
        builder.HasIndex(e => new { e.PosyanduId, e.StartDate });
    }
}
