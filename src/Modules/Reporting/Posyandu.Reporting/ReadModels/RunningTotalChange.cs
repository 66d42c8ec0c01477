using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Posyandu.Reporting.ReadModels;

/// <summary>
/// A change, from one month on, of a count that is a <em>state</em> rather than a monthly flow: under-fives living
/// in a region (S), children of PAUD age, children enrolled in PAUD. Its value in month m is the sum of the changes
/// up to m. A child born in March 2024 adds +1 to S from 2024-03 and −1 from 2029-03, so S never needs a monthly
/// batch to "age" anyone, and any month, past or future, is a read of a few rows. Kept at every region level.
/// </summary>
public sealed class RunningTotalChange : IRegionScoped, IReadModel
{
    public string RegionCode { get; init; } = "";

    public string ParentCode { get; init; } = "";

    public string Metric { get; init; } = "";

    /// <summary>The first month the change applies to, <c>yyyy-MM</c>.</summary>
    public string Period { get; init; } = "";

    public long Delta { get; set; }
}

internal sealed class RunningTotalChangeConfiguration : IEntityTypeConfiguration<RunningTotalChange>
{
    public void Configure(EntityTypeBuilder<RunningTotalChange> builder)
    {
        builder.ToTable("running_total_changes");
        builder.HasKey(c => new { c.RegionCode, c.Metric, c.Period });
        builder.HasIndex(c => new { c.ParentCode, c.Metric, c.Period });
        builder.Property(c => c.RegionCode).HasMaxLength(13);
        builder.Property(c => c.ParentCode).HasMaxLength(13);
        builder.Property(c => c.Metric).HasMaxLength(80);
        builder.Property(c => c.Period).HasMaxLength(7);
    }
}
