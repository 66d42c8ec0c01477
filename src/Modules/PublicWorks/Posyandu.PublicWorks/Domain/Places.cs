using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.PublicWorks.Domain;

/// <summary>Dinas PU's copy of a registry household (KK): the unit whose water and sanitation are surveyed.</summary>
public sealed class PublicWorksHousehold : HouseholdReplica;

/// <summary>Dinas PU's copy of a Posyandu: report rows, and the place an infrastructure report is made at.</summary>
public sealed class PublicWorksPosyandu : PosyanduReplica;

/// <summary>
/// Dinas PU's copy of a resident: the household's size (litres per person per day) and the reporter of an
/// infrastructure problem, whose name only the OPD and the village see.
/// </summary>
public sealed class PublicWorksResident : ResidentReplica;

internal sealed class PlacesConfiguration :
    IEntityTypeConfiguration<PublicWorksHousehold>, IEntityTypeConfiguration<PublicWorksPosyandu>, IEntityTypeConfiguration<PublicWorksResident>
{
    public void Configure(EntityTypeBuilder<PublicWorksHousehold> builder) => HouseholdReplica.Configure(builder);

    public void Configure(EntityTypeBuilder<PublicWorksPosyandu> builder) => PosyanduReplica.Configure(builder);

    public void Configure(EntityTypeBuilder<PublicWorksResident> builder)
    {
        ResidentReplica.Configure(builder);
        builder.HasIndex(r => r.HouseholdId); // members are counted per household
    }
}
