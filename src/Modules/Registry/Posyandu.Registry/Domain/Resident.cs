namespace Posyandu.Registry.Domain;

/// <summary>
/// A person served by a Posyandu. The NIK is unique; a newborn without one is recorded with the mother's NIK
/// (<see cref="NikIbu"/>). Scoped to the household's village and Posyandu.
/// </summary>
public sealed class Resident : IPosyanduScoped, SharedKernel.Persistence.IVersioned
{
    public Guid Id { get; init; }

    /// <summary>Null only for a newborn not yet given a NIK.</summary>
    public string? Nik { get; set; }

    public string? NikIbu { get; set; }

    public string Name { get; set; } = "";

    /// <summary><see cref="SharedKernel.Text.TextSearch.Normalize"/> of the name: case- and accent-free search and duplicate checks.</summary>
    public string SearchName { get; set; } = "";

    public Sex Sex { get; set; }

    public DateOnly BirthDate { get; set; }

    public Guid HouseholdId { get; set; }

    public Guid PosyanduId { get; set; }

    public string RegionCode { get; set; } = "";

    public string Relation { get; set; } = "";

    public DateOnly? DateOfDeath { get; set; }

    public int Version { get; set; }
}

public static class Relations
{
    public static IReadOnlyList<string> All { get; } =
        ["kepala-keluarga", "istri", "suami", "anak", "menantu", "cucu", "orang-tua", "mertua", "famili-lain", "lainnya"];
}

internal sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> builder)
    {
        builder.ToTable("residents");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Nik).HasMaxLength(16);
        builder.HasIndex(r => r.Nik).IsUnique();
        builder.Property(r => r.NikIbu).HasMaxLength(16);
        // The babies registered with a woman's NIK as NIK ibu get her as their mother (ResidentIdentities).
        builder.HasIndex(r => r.NikIbu);
        builder.Property(r => r.Name).HasMaxLength(150);
        builder.Property(r => r.SearchName).HasMaxLength(150);
        builder.Property(r => r.Sex).HasConversion<string>().HasMaxLength(6);
        builder.Property(r => r.RegionCode).HasMaxLength(13);
        builder.Property(r => r.Relation).HasMaxLength(20);
        builder.HasIndex(r => r.SearchName);
        builder.HasIndex(r => new { r.PosyanduId, r.BirthDate });
        builder.HasIndex(r => r.HouseholdId);
        builder.HasIndex(r => new { r.RegionCode, r.BirthDate });
    }
}
