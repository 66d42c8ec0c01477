namespace Posyandu.Trantibumlinmas.Domain;

/// <summary>A linmas member's place in the satuan (Permendagri 84/2014).</summary>
public enum LinmasPosition
{
    Anggota,

    /// <summary>Kepala satuan / komandan regu.</summary>
    Komandan,
}

/// <summary>A poskamling's state when last checked.</summary>
public enum PoskamlingStatus
{
    /// <summary>Used for ronda, in repair.</summary>
    Aktif,

    /// <summary>Standing, not used.</summary>
    TidakAktif,

    /// <summary>Damaged: needs repair before use.</summary>
    Rusak,
}

/// <summary>Fire and early-warning equipment the village keeps.</summary>
public enum EquipmentKind
{
    /// <summary>Alat pemadam api ringan.</summary>
    Apar,

    DetektorAsap,

    AlarmKebakaran,

    /// <summary>Early warning system siren (banjir, tsunami).</summary>
    SirineEws,

    Kentongan,
}

/// <summary>A member of the village's satuan perlindungan masyarakat (satlinmas): a registered resident.</summary>
public sealed class LinmasMember : IRegionScoped
{
    public Guid Id { get; init; }

    public string RegionCode { get; init; } = "";

    public Guid ResidentId { get; init; }

    public LinmasPosition Position { get; init; }

    public DateOnly JoinedOn { get; init; }
}

/// <summary>A pos keamanan lingkungan (siskamling) with its state as last checked; the checks are its history.</summary>
public sealed class Poskamling : IRegionScoped
{
    public const int MaxName = 100;

    public Guid Id { get; init; }

    public string RegionCode { get; init; } = "";

    public string Name { get; init; } = "";

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public PoskamlingStatus Status { get; set; }

    public DateOnly LastCheckedOn { get; set; }
}

/// <summary>A check of a poskamling: its state on a day (the first is its registration).</summary>
public sealed class PoskamlingCheck : IRegionScoped
{
    public Guid Id { get; init; }

    public Guid PoskamlingId { get; init; }

    public string RegionCode { get; init; } = "";

    public DateOnly CheckedOn { get; init; }

    public PoskamlingStatus Status { get; init; }

    public string? Note { get; init; }
}

/// <summary>Fire or early-warning equipment (APAR, smoke detector, alarm, EWS siren, kentongan) with its last check.</summary>
public sealed class SafetyEquipment : IRegionScoped
{
    public const int MaxLocation = 200;

    public Guid Id { get; init; }

    public string RegionCode { get; init; } = "";

    public EquipmentKind Kind { get; init; }

    /// <summary>Where it is (balai desa, Posyandu, poskamling, masjid).</summary>
    public string Location { get; init; } = "";

    public int Quantity { get; init; }

    public DateOnly LastCheckedOn { get; set; }

    /// <summary>Whether it worked at the last check.</summary>
    public bool Working { get; set; }

    /// <summary>For an APAR: when its charge expires (isi ulang).</summary>
    public DateOnly? ExpiresOn { get; set; }
}

/// <summary>A poskamling's ronda (patrol) in one month: nights patrolled and the residents who took part.</summary>
public sealed class PatrolMonth : IRegionScoped
{
    public Guid Id { get; init; }

    public Guid PoskamlingId { get; init; }

    public string RegionCode { get; init; } = "";

    /// <summary><c>yyyy-MM</c>.</summary>
    public string Period { get; init; } = "";

    public int Nights { get; set; }

    public int Participants { get; set; }
}

internal sealed class ProtectionConfiguration :
    IEntityTypeConfiguration<LinmasMember>, IEntityTypeConfiguration<Poskamling>, IEntityTypeConfiguration<PoskamlingCheck>,
    IEntityTypeConfiguration<SafetyEquipment>, IEntityTypeConfiguration<PatrolMonth>
{
    public void Configure(EntityTypeBuilder<LinmasMember> builder)
    {
        builder.ToTable("linmas_members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.RegionCode).HasMaxLength(13);
        builder.Property(m => m.Position).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => m.ResidentId).IsUnique();
        builder.HasIndex(m => m.RegionCode);
    }

    public void Configure(EntityTypeBuilder<Poskamling> builder)
    {
        builder.ToTable("poskamling");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.RegionCode).HasMaxLength(13);
        builder.Property(p => p.Name).HasMaxLength(Poskamling.MaxName);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => p.RegionCode);
    }

    public void Configure(EntityTypeBuilder<PoskamlingCheck> builder)
    {
        builder.ToTable("poskamling_checks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.RegionCode).HasMaxLength(13);
        builder.Property(c => c.Note).HasMaxLength(500);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => new { c.PoskamlingId, c.CheckedOn });
    }

    public void Configure(EntityTypeBuilder<SafetyEquipment> builder)
    {
        builder.ToTable("safety_equipment");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.RegionCode).HasMaxLength(13);
        builder.Property(e => e.Location).HasMaxLength(SafetyEquipment.MaxLocation);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(e => e.RegionCode);
    }

    public void Configure(EntityTypeBuilder<PatrolMonth> builder)
    {
        builder.ToTable("patrol_months");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.RegionCode).HasMaxLength(13);
        builder.Property(p => p.Period).HasMaxLength(7);
        builder.HasIndex(p => new { p.PoskamlingId, p.Period }).IsUnique();
    }
}
