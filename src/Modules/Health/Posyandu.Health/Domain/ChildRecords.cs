using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Posyandu.Registry.Contracts.Replicas;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Health.Domain;

/// <summary>Health's own copy of a resident (from the registry's events): what growth monitoring needs, no NIK.</summary>
public sealed class ResidentProjection : ResidentReplica;

/// <summary>One weighing/measuring of an under-five, with the WHO results computed when it was recorded.</summary>
public sealed class ChildVisit : IPosyanduScoped
{
    public Guid Id { get; init; }

    public Guid ResidentId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public DateOnly MeasuredOn { get; init; }

    public int AgeDays { get; init; }

    public double? WeightKg { get; init; }

    public double? LengthHeightCm { get; init; }

    public string? Position { get; init; }

    public bool Oedema { get; init; }

    public double? HeadCircumferenceCm { get; init; }

    public double? WeightForAgeZ { get; init; }

    public double? LengthHeightForAgeZ { get; init; }

    public double? WeightForLengthHeightZ { get; init; }

    public double? BmiForAgeZ { get; init; }

    public double? HeadCircumferenceForAgeZ { get; init; }

    /// <summary>Any indicator outside WHO's plausible range: accepted, but to be re-measured.</summary>
    public bool Flagged { get; init; }
}

internal sealed class ChildRecordsConfiguration : IEntityTypeConfiguration<ResidentProjection>, IEntityTypeConfiguration<ChildVisit>
{
    public void Configure(EntityTypeBuilder<ResidentProjection> builder)
    {
        ResidentReplica.Configure(builder);
    }

    public void Configure(EntityTypeBuilder<ChildVisit> builder)
    {
        builder.ToTable("child_visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.RegionCode).HasMaxLength(13);
        builder.Property(v => v.Position).HasMaxLength(10);
        builder.HasIndex(v => new { v.ResidentId, v.MeasuredOn });
        builder.HasIndex(v => new { v.PosyanduId, v.MeasuredOn });
    }
}
