using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.PublicWorks.Domain;

/// <summary>The module's copy of a registry Posyandu: the place its records belong to, and whose village scopes them.</summary>
public sealed class PublicWorksPosyandu : PosyanduReplica;

internal sealed class PlacesConfiguration : IEntityTypeConfiguration<PublicWorksPosyandu>
{
    public void Configure(EntityTypeBuilder<PublicWorksPosyandu> builder) => PosyanduReplica.Configure(builder);
}
