using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Health.Domain;

/// <summary>Health's own copy of a resident (from the registry's events): what growth monitoring needs, no NIK.</summary>
public sealed class ResidentProjection : ResidentReplica;

internal sealed class ResidentProjectionConfiguration : IEntityTypeConfiguration<ResidentProjection>
{
    public void Configure(EntityTypeBuilder<ResidentProjection> builder) => ResidentReplica.Configure(builder);
}
