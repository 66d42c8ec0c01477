using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.GeneralEducation.Domain;

/// <summary>The module's copy of a registry Posyandu: the place its records belong to, and whose village scopes them.</summary>
public sealed class GeneralEducationPosyandu : PosyanduReplica;

/// <summary>The module's copy of a registry resident (from the registry's events): attendees, BKB parents and children, trainees.</summary>
public sealed class GeneralEducationResident : ResidentReplica;

internal sealed class PlacesConfiguration : IEntityTypeConfiguration<GeneralEducationPosyandu>, IEntityTypeConfiguration<GeneralEducationResident>
{
    public void Configure(EntityTypeBuilder<GeneralEducationPosyandu> builder) => PosyanduReplica.Configure(builder);

    public void Configure(EntityTypeBuilder<GeneralEducationResident> builder) => ResidentReplica.Configure(builder);
}
