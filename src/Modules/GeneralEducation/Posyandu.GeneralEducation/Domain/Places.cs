using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.GeneralEducation.Domain;

/// <summary>The module's copy of a registry Posyandu: the place its records belong to, and whose village scopes them.</summary>
public sealed class GeneralEducationPosyandu : PosyanduReplica;

internal sealed class PlacesConfiguration : IEntityTypeConfiguration<GeneralEducationPosyandu>
{
    public void Configure(EntityTypeBuilder<GeneralEducationPosyandu> builder) => PosyanduReplica.Configure(builder);
}
