using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Trantibumlinmas.Domain;

/// <summary>The module's copy of a registry Posyandu: the place its records belong to, and whose village scopes them.</summary>
public sealed class TrantibumlinmasPosyandu : PosyanduReplica;

/// <summary>
/// The module's copy of a resident: a linmas member, the reporter of an incident or the requester of a service —
/// named only where a case names one, and the reporter's name only to the OPD and the village head.
/// </summary>
public sealed class TrantibumlinmasResident : ResidentReplica;

internal sealed class PlacesConfiguration : IEntityTypeConfiguration<TrantibumlinmasPosyandu>, IEntityTypeConfiguration<TrantibumlinmasResident>
{
    public void Configure(EntityTypeBuilder<TrantibumlinmasPosyandu> builder) => PosyanduReplica.Configure(builder);

    public void Configure(EntityTypeBuilder<TrantibumlinmasResident> builder) => ResidentReplica.Configure(builder);
}
