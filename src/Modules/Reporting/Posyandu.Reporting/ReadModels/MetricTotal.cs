using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Posyandu.Reporting.ReadModels;

/// <summary>
/// A count behind the indicators (e.g. <c>sr.housing.closed</c>) for one month and one place, kept at every level
/// at once: the Posyandu's village, its district, regency and province — so any scorecard is a read of a few rows,
/// however large the region. Aggregates only: no person appears here. Region-scoped like personal data, so a
/// regency's staff read their regency and below, never the province or a neighbour.
/// </summary>
public sealed class MetricTotal : IRegionScoped, IReadModel
{
    public string Period { get; init; } = "";

    /// <summary>A Kemendagri code at any level.</summary>
    public string RegionCode { get; init; } = "";

    /// <summary>The code one level up (empty for the province): the child-region table reads by it.</summary>
    public string ParentCode { get; init; } = "";

    public string Metric { get; init; } = "";

    public long Value { get; set; }
}

/// <summary>The same counts per Posyandu (for "which Posyandu needs help").</summary>
public sealed class PosyanduMetricTotal : IRegionScoped, IReadModel
{
    public string Period { get; init; } = "";

    public Guid PosyanduId { get; init; }

    /// <summary>The Posyandu's village.</summary>
    public string RegionCode { get; init; } = "";

    public string Metric { get; init; } = "";

    public long Value { get; set; }
}

/// <summary>
/// What one subject (a child in a month, a service request, …) currently contributes to the counts. Kept so that a
/// later or corrected event replaces the contribution instead of adding to it.
/// </summary>
public sealed class SubjectFact : IReadModel
{
    public string Kind { get; init; } = "";

    public Guid SubjectId { get; init; }

    public string Period { get; init; } = "";

    public Guid PosyanduId { get; set; }

    public string RegionCode { get; set; } = "";

    /// <summary>The projection's own state for the subject, as JSON.</summary>
    public string State { get; set; } = "{}";

    /// <summary>The metrics it contributes, <c>name=value;…</c>.</summary>
    public string Metrics { get; set; } = "";
}

internal sealed class ReadModelConfiguration :
    IEntityTypeConfiguration<MetricTotal>, IEntityTypeConfiguration<PosyanduMetricTotal>, IEntityTypeConfiguration<SubjectFact>
{
    public void Configure(EntityTypeBuilder<MetricTotal> builder)
    {
        builder.ToTable("metric_totals");
        builder.HasKey(m => new { m.Period, m.RegionCode, m.Metric });
        builder.HasIndex(m => new { m.Period, m.ParentCode, m.Metric });
        builder.HasIndex(m => new { m.RegionCode, m.Metric, m.Period });
        builder.Property(m => m.Period).HasMaxLength(7);
        builder.Property(m => m.RegionCode).HasMaxLength(13);
        builder.Property(m => m.ParentCode).HasMaxLength(13);
        builder.Property(m => m.Metric).HasMaxLength(80);
    }

    public void Configure(EntityTypeBuilder<PosyanduMetricTotal> builder)
    {
        builder.ToTable("posyandu_metric_totals");
        builder.HasKey(m => new { m.Period, m.PosyanduId, m.Metric });
        builder.HasIndex(m => new { m.Period, m.Metric, m.RegionCode });
        builder.Property(m => m.Period).HasMaxLength(7);
        builder.Property(m => m.RegionCode).HasMaxLength(13);
        builder.Property(m => m.Metric).HasMaxLength(80);
    }

    public void Configure(EntityTypeBuilder<SubjectFact> builder)
    {
        builder.ToTable("subject_facts");
        builder.HasKey(f => new { f.Kind, f.SubjectId, f.Period });
        builder.Property(f => f.Kind).HasMaxLength(30);
        builder.Property(f => f.Period).HasMaxLength(7);
        builder.Property(f => f.RegionCode).HasMaxLength(13);
        builder.Property(f => f.Metrics).HasMaxLength(2000);
        builder.Property(f => f.State).HasMaxLength(4000);
    }
}
