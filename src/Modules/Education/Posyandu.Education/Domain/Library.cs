namespace Posyandu.Education.Domain;

public enum LearningResourceKind
{
    /// <summary>Buku bacaan.</summary>
    Book,

    /// <summary>Alat permainan edukatif (APE).</summary>
    EducationalToy,

    /// <summary>Tablet, laptop, projector for digital literacy.</summary>
    DigitalDevice,

    Other,
}

public enum LearningResourceCondition
{
    Good,
    Damaged,
}

public enum LibraryActivityKind
{
    /// <summary>Kunjungan perpustakaan.</summary>
    Visit,

    /// <summary>Literasi digital.</summary>
    DigitalLiteracy,

    /// <summary>Membaca bersama / dongeng.</summary>
    ReadingSession,

    /// <summary>Bermain dengan APE (e.g. at BKB).</summary>
    EducationalPlay,
}

/// <summary>One line of a Posyandu's (village library corner's) inventory: a title or kind of item and how many.</summary>
public sealed class LearningResource : IPosyanduScoped
{
    public Guid Id { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public LearningResourceKind Kind { get; init; }

    public string Name { get; init; } = "";

    public int Quantity { get; init; }

    public LearningResourceCondition Condition { get; init; }

    public DateOnly RecordedOn { get; init; }
}

/// <summary>A library or learning activity held at a Posyandu, with how many took part.</summary>
public sealed class LibraryActivity : IPosyanduScoped
{
    public Guid Id { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public DateOnly Date { get; init; }

    public LibraryActivityKind Kind { get; init; }

    public int Participants { get; init; }

    public string? Note { get; init; }
}

internal sealed class LibraryConfiguration : IEntityTypeConfiguration<LearningResource>, IEntityTypeConfiguration<LibraryActivity>
{
    public void Configure(EntityTypeBuilder<LearningResource> builder)
    {
        builder.ToTable("learning_resources");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RegionCode).HasMaxLength(13);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Condition).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(r => r.PosyanduId);
    }

    public void Configure(EntityTypeBuilder<LibraryActivity> builder)
    {
        builder.ToTable("library_activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.RegionCode).HasMaxLength(13);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Note).HasMaxLength(1000);
        builder.HasIndex(a => new { a.PosyanduId, a.Date });
    }
}
