using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Registry.Contracts.Replicas;

/// <summary>
/// A sector module's own copy of a registry resident, kept in step by <see cref="ResidentReplicaProjector{TResident}"/>
/// from the registry's events — so no module ever reads the registry's tables. No NIK: the sectors work by id,
/// age and place; the name is there for the kader's worklists only. Derive one entity per module (its own table).
/// </summary>
public abstract class ResidentReplica : IPosyanduScoped, SharedKernel.Persistence.IReadModel
{
    public Guid ResidentId { get; init; }

    public string Name { get; set; } = "";

    public Sex Sex { get; set; }

    public DateOnly BirthDate { get; set; }

    public Guid HouseholdId { get; set; }

    public Guid PosyanduId { get; set; }

    public string RegionCode { get; set; } = "";

    public bool Alive { get; set; } = true;

    /// <summary>Age in whole years on <paramref name="day"/> (a birthday counts from the day itself).</summary>
    public int AgeYearsOn(DateOnly day) =>
        day.Year - BirthDate.Year - (day < BirthDate.AddYears(day.Year - BirthDate.Year) ? 1 : 0);

    /// <summary>Table and columns shared by every replica; call from the module's entity configuration.</summary>
    public static void Configure<TResident>(EntityTypeBuilder<TResident> builder, string table = "residents")
        where TResident : ResidentReplica
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(table);
        builder.HasKey(r => r.ResidentId);
        builder.Property(r => r.Name).HasMaxLength(150);
        builder.Property(r => r.Sex).HasConversion<string>().HasMaxLength(6);
        builder.Property(r => r.RegionCode).HasMaxLength(13);
        builder.HasIndex(r => new { r.PosyanduId, r.BirthDate });
    }
}
