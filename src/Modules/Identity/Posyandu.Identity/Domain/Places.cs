using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Identity.Domain;

/// <summary>The module's copy of a registry Posyandu: a kader account's Posyandu must be one of these.</summary>
public sealed class IdentityPosyandu : PosyanduReplica;

/// <summary>The module's copy of the Kemendagri regions (from the registry's <c>RegionRegistered</c>): an account's region must be one.</summary>
public sealed class IdentityRegion : IReadModel
{
    public string Code { get; set; } = "";

    public string Level { get; set; } = "";

    public string Name { get; set; } = "";
}

internal sealed class PlacesConfiguration : IEntityTypeConfiguration<IdentityPosyandu>, IEntityTypeConfiguration<IdentityRegion>
{
    public void Configure(EntityTypeBuilder<IdentityPosyandu> builder) => PosyanduReplica.Configure(builder);

    public void Configure(EntityTypeBuilder<IdentityRegion> builder)
    {
        builder.ToTable("regions");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(13);
        builder.Property(r => r.Level).HasMaxLength(10);
        builder.Property(r => r.Name).HasMaxLength(100);
    }
}
