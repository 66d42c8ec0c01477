using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Registry.Contracts.Replicas;

/// <summary>
/// A sector module's own copy of a registry Posyandu (name, village, still operating), kept in step by
/// <see cref="PosyanduReplicaProjector{TPosyandu}"/> from the registry's events: the place a module's records and
/// worklists belong to, and the village whose scope they fall under. Derive one entity per module (its own table).
/// </summary>
public abstract class PosyanduReplica : IPosyanduScoped, SharedKernel.Persistence.IReadModel
{
    public Guid PosyanduId { get; init; }

    public string Name { get; set; } = "";

    public string RegionCode { get; set; } = "";

    /// <summary>False once the registry deactivated it: its records stay readable, new ones may be refused.</summary>
    public bool Active { get; set; } = true;

    /// <summary>Table and columns shared by every replica; call from the module's entity configuration.</summary>
    public static void Configure<TPosyandu>(EntityTypeBuilder<TPosyandu> builder, string table = "posyandu")
        where TPosyandu : PosyanduReplica
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(table);
        builder.HasKey(p => p.PosyanduId);
        builder.Property(p => p.Name).HasMaxLength(150);
        builder.Property(p => p.RegionCode).HasMaxLength(13);
        builder.HasIndex(p => p.RegionCode);
    }
}
