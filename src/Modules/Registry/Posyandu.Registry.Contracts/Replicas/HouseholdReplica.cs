using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Registry.Contracts.Replicas;

/// <summary>
/// A sector module's own copy of a registry household (KK), kept in step by
/// <see cref="HouseholdReplicaProjector{THousehold}"/>: its Posyandu, its village and the day the registry recorded it.
/// No KK number (the event carries none). For the sectors that work per household (housing, water and sanitation,
/// social protection). Derive one entity per module (its own table).
/// </summary>
public abstract class HouseholdReplica : IPosyanduScoped, SharedKernel.Persistence.IReadModel
{
    public Guid HouseholdId { get; init; }

    public Guid PosyanduId { get; set; }

    public string RegionCode { get; set; } = "";

    /// <summary>
    /// The calendar day (WITA) the registry recorded the household: the time its <see cref="HouseholdRegistered"/>
    /// message occurred, as the event itself carries no date.
    /// </summary>
    public DateOnly RegisteredOn { get; set; }

    /// <summary>Table and columns shared by every replica; call from the module's entity configuration.</summary>
    public static void Configure<THousehold>(EntityTypeBuilder<THousehold> builder, string table = "households")
        where THousehold : HouseholdReplica
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(table);
        builder.HasKey(h => h.HouseholdId);
        builder.Property(h => h.RegionCode).HasMaxLength(13);
        builder.HasIndex(h => h.PosyanduId);
        builder.HasIndex(h => h.RegionCode);
    }
}
