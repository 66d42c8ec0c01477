using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Trantibumlinmas.Domain;

/// <summary>The module's copy of a registry Posyandu: the place its records belong to, and whose village scopes them.</summary>
public sealed class TrantibumlinmasPosyandu : PosyanduReplica;

internal sealed class PlacesConfiguration : IEntityTypeConfiguration<TrantibumlinmasPosyandu>
{
    public void Configure(EntityTypeBuilder<TrantibumlinmasPosyandu> builder) => PosyanduReplica.Configure(builder);
}
