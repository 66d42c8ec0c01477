using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Social.Domain;

/// <summary>Social's copy of a registry Posyandu: the worklists and report rows are per Posyandu.</summary>
public sealed class SocialPosyandu : PosyanduReplica;

/// <summary>Social's copy of a registry household (KK): the unit of DTSEN status, assistance and proposals.</summary>
public sealed class SocialHousehold : HouseholdReplica;

/// <summary>Social's copy of a resident: whose PPKS case or disability is recorded, and which household a child's signal belongs to today.</summary>
public sealed class SocialResident : ResidentReplica;

internal sealed class PlacesConfiguration :
    IEntityTypeConfiguration<SocialPosyandu>, IEntityTypeConfiguration<SocialHousehold>, IEntityTypeConfiguration<SocialResident>
{
    public void Configure(EntityTypeBuilder<SocialPosyandu> builder) => PosyanduReplica.Configure(builder);

    public void Configure(EntityTypeBuilder<SocialHousehold> builder) => HouseholdReplica.Configure(builder);

    public void Configure(EntityTypeBuilder<SocialResident> builder)
    {
        ResidentReplica.Configure(builder);
        builder.HasIndex(r => r.HouseholdId);
    }
}
