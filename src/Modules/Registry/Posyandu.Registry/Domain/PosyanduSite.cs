namespace Posyandu.Registry.Domain;

/// <summary>
/// A Posyandu: the village service post, registered by DPMD with a number <c>PP.KK.CC.DDDD.NNN</c> (its village
/// code plus a serial unique in the village). Bound to its village, so region scopes apply.
/// </summary>
public sealed class PosyanduSite : IRegionScoped, IVersioned
{
    public Guid Id { get; init; }

    public string Name { get; set; } = "";

    /// <summary>The village (desa/kelurahan) code.</summary>
    public string RegionCode { get; set; } = "";

    public string RegistrationNumber { get; set; } = "";

    public string? Address { get; set; }

    public string? Rt { get; set; }

    public string? Rw { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>The day of the month the Posyandu opens (hari buka).</summary>
    public int ServiceDay { get; set; }

    /// <summary>pratama, madya, purnama or mandiri, when assessed.</summary>
    public string? Strata { get; set; }

    public bool Active { get; set; } = true;

    public int Version { get; set; }

    /// <summary>Pengurus per Permendagri 13/2024: ketua, sekretaris, bendahara and a ketua bidang per SPM sector.</summary>
    public List<Pengurus> Pengurus { get; init; } = [];
}

/// <summary>One office holder of a Posyandu and their term.</summary>
public sealed class Pengurus
{
    public Guid Id { get; set; }

    public string Position { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Phone { get; set; }

    public DateOnly TermStart { get; set; }

    public DateOnly? TermEnd { get; set; }
}

public static class PengurusPositions
{
    public static IReadOnlyList<string> All { get; } =
    [
        "ketua", "sekretaris", "bendahara",
        "ketua-bidang-health", "ketua-bidang-education", "ketua-bidang-social",
        "ketua-bidang-housing", "ketua-bidang-publicworks", "ketua-bidang-generaleducation", "ketua-bidang-trantibumlinmas",
    ];
}

internal sealed class PosyanduSiteConfiguration : IEntityTypeConfiguration<PosyanduSite>
{
    public void Configure(EntityTypeBuilder<PosyanduSite> builder)
    {
        builder.ToTable("posyandu");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(150);
        builder.Property(p => p.RegionCode).HasMaxLength(13);
        builder.Property(p => p.RegistrationNumber).HasMaxLength(17);
        builder.HasIndex(p => p.RegistrationNumber).IsUnique();
        builder.HasIndex(p => p.RegionCode);
        builder.Property(p => p.Address).HasMaxLength(300);
        builder.Property(p => p.Rt).HasMaxLength(3);
        builder.Property(p => p.Rw).HasMaxLength(3);
        builder.Property(p => p.Strata).HasMaxLength(10);
        builder.OwnsMany(p => p.Pengurus, pengurus =>
        {
            pengurus.ToTable("posyandu_pengurus");
            // A key of its own: SQLite cannot number a composite key (owner, n).
            pengurus.HasKey(x => x.Id);
            pengurus.Property(x => x.Position).HasMaxLength(40);
            pengurus.Property(x => x.Name).HasMaxLength(150);
            pengurus.Property(x => x.Phone).HasMaxLength(20);
        });
    }
}
