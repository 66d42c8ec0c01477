namespace Posyandu.Education.Domain;

/// <summary>Why a child is not in school, as the Dinas Pendidikan data collection (ATS) asks it.</summary>
public enum OutOfSchoolReason
{
    Cost,
    Distance,
    Work,
    Disability,
    Marriage,
    Other,
}

/// <summary>How an out-of-school case ended.</summary>
public enum OutOfSchoolOutcome
{
    ReturnedToSchool,

    /// <summary>Pendidikan kesetaraan Paket A (SD level).</summary>
    PaketA,

    /// <summary>Paket B (SMP level).</summary>
    PaketB,

    /// <summary>Paket C (SMA level).</summary>
    PaketC,

    /// <summary>Vocational training (kursus/pelatihan kerja).</summary>
    Vocational,
}

/// <summary>
/// An out-of-school child (anak tidak sekolah, 7–18 years): identified with a reason, followed up by the kader and
/// the village, closed with an outcome. At most one open case per child.
/// </summary>
public sealed class OutOfSchoolCase : IPosyanduScoped, IVersioned
{
    public const int MinAgeYears = 7;
    public const int MaxAgeYears = 18;

    public Guid Id { get; init; }

    public Guid ResidentId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public DateOnly IdentifiedOn { get; init; }

    public int AgeYears { get; init; }

    public OutOfSchoolReason Reason { get; init; }

    public string? Note { get; init; }

    public OutOfSchoolOutcome? Outcome { get; set; }

    public DateOnly? ResolvedOn { get; set; }

    public string? OutcomeNote { get; set; }

    public int Version { get; set; }

    public List<FollowUpAction> Actions { get; init; } = [];

    public bool IsOpen => ResolvedOn is null;
}

/// <summary>One thing done for the child (home visit, talk with the school, Paket registration, …).</summary>
public sealed class FollowUpAction
{
    public Guid Id { get; init; }

    public DateOnly Date { get; init; }

    public string Action { get; init; } = "";

    public string RecordedBy { get; init; } = "";
}

internal sealed class OutOfSchoolCaseConfiguration : IEntityTypeConfiguration<OutOfSchoolCase>
{
    public void Configure(EntityTypeBuilder<OutOfSchoolCase> builder)
    {
        builder.ToTable("out_of_school_cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.RegionCode).HasMaxLength(13);
        builder.Property(c => c.Reason).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.Property(c => c.OutcomeNote).HasMaxLength(1000);
        builder.Ignore(c => c.IsOpen);
        builder.HasIndex(c => new { c.ResidentId, c.ResolvedOn });
        builder.HasIndex(c => new { c.PosyanduId, c.IdentifiedOn });
        builder.OwnsMany(c => c.Actions, action =>
        {
            action.ToTable("out_of_school_actions");
            action.WithOwner().HasForeignKey("CaseId");
            action.HasKey(a => a.Id);
            // Ids are set by the handler: without this EF would take a new action with an id for an existing row.
            action.Property(a => a.Id).ValueGeneratedNever();
            action.Property(a => a.Action).HasMaxLength(1000);
            action.Property(a => a.RecordedBy).HasMaxLength(200);
        });
    }
}
