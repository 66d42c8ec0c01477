namespace Posyandu.Registry.Domain;

/// <summary>A household (Kartu Keluarga) served by a Posyandu of its own village.</summary>
public sealed class Household : IPosyanduScoped
{
    public Guid Id { get; init; }

    public string NomorKk { get; init; } = "";

    public string? Address { get; set; }

    public string? Rt { get; set; }

    public string? Rw { get; set; }

    /// <summary>The village code.</summary>
    public string RegionCode { get; set; } = "";

    public Guid PosyanduId { get; set; }
}

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> builder)
    {
        builder.ToTable("households");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.NomorKk).HasMaxLength(16);
        builder.HasIndex(h => h.NomorKk).IsUnique();
        builder.Property(h => h.Address).HasMaxLength(300);
        builder.Property(h => h.Rt).HasMaxLength(3);
        builder.Property(h => h.Rw).HasMaxLength(3);
        builder.Property(h => h.RegionCode).HasMaxLength(13);
        builder.HasIndex(h => h.PosyanduId);
    }
}
