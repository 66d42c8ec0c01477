using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Housing.Domain;

/// <summary>Housing's copy of a registry household (KK): the unit a house is assessed and rehabilitated for.</summary>
public sealed class HousingHousehold : HouseholdReplica;

/// <summary>Housing's copy of a Posyandu: the kader's worklist is per Posyandu, the report rows too.</summary>
public sealed class HousingPosyandu : PosyanduReplica;

/// <summary>Housing's copy of a resident: only to know how many people live in a household (floor area per person).</summary>
public sealed class HousingResident : ResidentReplica;

internal sealed class PlacesConfiguration :
    IEntityTypeConfiguration<HousingHousehold>, IEntityTypeConfiguration<HousingPosyandu>, IEntityTypeConfiguration<HousingResident>
{
    public void Configure(EntityTypeBuilder<HousingHousehold> builder) => HouseholdReplica.Configure(builder);

    public void Configure(EntityTypeBuilder<HousingPosyandu> builder) => PosyanduReplica.Configure(builder);

    public void Configure(EntityTypeBuilder<HousingResident> builder)
    {
        ResidentReplica.Configure(builder);
        builder.HasIndex(r => r.HouseholdId); // occupants are counted per household
    }
}
