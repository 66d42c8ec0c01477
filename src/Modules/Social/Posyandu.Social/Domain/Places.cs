using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Social.Domain;

/// <summary>The module's copy of a registry Posyandu: the place its records belong to, and whose village scopes them.</summary>
public sealed class SocialPosyandu : PosyanduReplica;

internal sealed class PlacesConfiguration : IEntityTypeConfiguration<SocialPosyandu>
{
    public void Configure(EntityTypeBuilder<SocialPosyandu> builder) => PosyanduReplica.Configure(builder);
}
