namespace Posyandu.Health.Immunisation;

/// <summary>Where a dose was given: at the Posyandu, at the puskesmas, or elsewhere (named in <see cref="ImmunisationDose.PlaceName"/>).</summary>
public enum ImmunisationPlace
{
    Posyandu,
    Puskesmas,
    Other,
}

/// <summary>
/// One dose given to a child. Scoped to the child's Posyandu and village at the time of recording, so the kader and
/// the region's health office see it and the report counts it there.
/// </summary>
public sealed class ImmunisationDose : IPosyanduScoped
{
    public Guid Id { get; init; }

    public Guid ResidentId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    /// <summary>The schedule's antigen code (<c>hb0</c>, <c>bcg</c>, <c>opv</c>, <c>dpt-hb-hib</c>, …).</summary>
    public string Antigen { get; init; } = "";

    public int DoseNumber { get; init; }

    public DateOnly GivenOn { get; init; }

    public int AgeDays { get; init; }

    /// <summary>The vaccine's batch (lot) number, to trace a KIPI (adverse event); unknown for doses copied from an old Buku KIA.</summary>
    public string? BatchNumber { get; init; }

    public ImmunisationPlace Place { get; init; }

    /// <summary>Free text: which puskesmas, clinic or hospital.</summary>
    public string? PlaceName { get; init; }
}

internal sealed class ImmunisationDoseConfiguration : IEntityTypeConfiguration<ImmunisationDose>
{
    public void Configure(EntityTypeBuilder<ImmunisationDose> builder)
    {
        builder.ToTable("immunisation_doses");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.RegionCode).HasMaxLength(13);
        builder.Property(d => d.Antigen).HasMaxLength(20);
        builder.Property(d => d.BatchNumber).HasMaxLength(40);
        builder.Property(d => d.Place).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.PlaceName).HasMaxLength(150);
        // One record per dose: the database refuses a duplicate even when two requests race.
        builder.HasIndex(d => new { d.ResidentId, d.Antigen, d.DoseNumber }).IsUnique();
        builder.HasIndex(d => new { d.PosyanduId, d.GivenOn });
        builder.HasIndex(d => new { d.RegionCode, d.GivenOn });
    }
}
