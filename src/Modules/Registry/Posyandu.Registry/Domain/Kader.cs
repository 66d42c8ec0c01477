namespace Posyandu.Registry.Domain;

/// <summary>
/// A volunteer cadre serving one Posyandu, for one or more SPM sectors. Scoped to the Posyandu, so a kader's token
/// sees only their own colleagues and DPMD staff only the kader in their region.
/// </summary>
public sealed class Kader : IPosyanduScoped, IVersioned
{
    public Guid Id { get; init; }

    /// <summary>Personal data: never logged, never in events.</summary>
    public string Nik { get; init; } = "";

    public string Name { get; set; } = "";

    public string? Phone { get; set; }

    public Guid PosyanduId { get; set; }

    public string RegionCode { get; set; } = "";

    /// <summary>
    /// The sectors served, comma-separated role names (e.g. <c>health,education</c>): one short column instead of a
    /// join table, since the list has at most six fixed values and is only ever read whole.
    /// </summary>
    public string Sectors { get; set; } = "";

    /// <summary><see cref="Sectors"/> as a list, in the canonical order of <see cref="Roles.Sectors"/>, without repeats.</summary>
    public IReadOnlyList<string> SectorList
    {
        get => Sectors.Split(',', StringSplitOptions.RemoveEmptyEntries);
        set => Sectors = string.Join(',', Roles.Sectors.Where(value.Contains));
    }

    public bool Active { get; set; } = true;

    public int Version { get; set; }

    public List<KaderTraining> Trainings { get; init; } = [];
}

public sealed class KaderTraining
{
    public Guid Id { get; set; }

    public string Topic { get; set; } = "";

    /// <summary>The organising OPD: a sector role or <c>dpmd</c>.</summary>
    public string Organiser { get; set; } = "";

    public DateOnly Date { get; set; }
}

internal sealed class KaderConfiguration : IEntityTypeConfiguration<Kader>
{
    public void Configure(EntityTypeBuilder<Kader> builder)
    {
        builder.ToTable("kader");
        builder.HasKey(k => k.Id);
        builder.Ignore(k => k.SectorList);
        builder.Property(k => k.Nik).HasMaxLength(16);
        builder.HasIndex(k => k.Nik).IsUnique();
        builder.Property(k => k.Name).HasMaxLength(150);
        builder.Property(k => k.Phone).HasMaxLength(20);
        builder.Property(k => k.RegionCode).HasMaxLength(13);
        builder.Property(k => k.Sectors).HasMaxLength(120);
        builder.HasIndex(k => k.PosyanduId);
        builder.OwnsMany(k => k.Trainings, training =>
        {
            training.ToTable("kader_trainings");
            training.HasKey(t => t.Id);
            training.Property(t => t.Topic).HasMaxLength(200);
            training.Property(t => t.Organiser).HasMaxLength(30);
        });
    }
}
