using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Education.Domain;

/// <summary>Education's own copy of a resident (from the registry's events): the sector works by age, so the birth date matters most.</summary>
public sealed class EducationResident : ResidentReplica;

/// <summary>
/// Education's copy of a Posyandu (from the registry's events): the place a library inventory and its activities
/// belong to, and the village whose scope they fall under.
/// </summary>
public sealed class PosyanduSite : PosyanduReplica;

internal sealed class PlacesConfiguration : IEntityTypeConfiguration<EducationResident>, IEntityTypeConfiguration<PosyanduSite>
{
    public void Configure(EntityTypeBuilder<EducationResident> builder) => ResidentReplica.Configure(builder);

    public void Configure(EntityTypeBuilder<PosyanduSite> builder) => PosyanduReplica.Configure(builder);
}
