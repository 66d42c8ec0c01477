namespace Posyandu.Social.Domain;

// What the other sectors told Social through their integration events, kept for the "who is left out" worklist.
// Never read from their tables: each row is written by a handler of Subscriptions/SectorSignals.cs.

/// <summary>A child's latest weighing from Health (<c>ChildMeasured</c>): stunted or wasted at it.</summary>
public sealed class ChildGrowthSignal : IPosyanduScoped, IReadModel
{
    public Guid ResidentId { get; init; }

    public Guid VisitId { get; set; }

    public DateOnly MeasuredOn { get; set; }

    public bool Stunted { get; set; }

    public bool Wasted { get; set; }

    public Guid PosyanduId { get; set; }

    public string RegionCode { get; set; } = "";
}

/// <summary>A household's house as Housing last assessed it (<c>HouseAssessed</c>), and its latest completed rehabilitation.</summary>
public sealed class HouseSignal : IPosyanduScoped, IReadModel
{
    public Guid HouseholdId { get; init; }

    public Guid AssessmentId { get; set; }

    public DateOnly AssessedOn { get; set; }

    public DateTime RecordedAt { get; set; }

    public bool IsRtlh { get; set; }

    public DateOnly? RehabilitatedOn { get; set; }

    public Guid PosyanduId { get; set; }

    public string RegionCode { get; set; } = "";

    /// <summary>RTLH now: the latest assessment found it so and no rehabilitation was completed since.</summary>
    public bool RtlhNow => IsRtlh && !(RehabilitatedOn >= AssessedOn);
}

/// <summary>An out-of-school child's case from Education (<c>OutOfSchoolChildIdentified</c>, closed by <c>…Resolved</c>).</summary>
public sealed class OutOfSchoolSignal : IPosyanduScoped, IReadModel
{
    public Guid CaseId { get; init; }

    public Guid ResidentId { get; set; }

    public DateOnly IdentifiedOn { get; set; }

    public DateOnly? ResolvedOn { get; set; }

    public Guid PosyanduId { get; set; }

    public string RegionCode { get; set; } = "";
}

internal sealed class SignalsConfiguration :
    IEntityTypeConfiguration<ChildGrowthSignal>, IEntityTypeConfiguration<HouseSignal>, IEntityTypeConfiguration<OutOfSchoolSignal>
{
    public void Configure(EntityTypeBuilder<ChildGrowthSignal> builder)
    {
        builder.ToTable("signals_child_growth");
        builder.HasKey(s => s.ResidentId);
        builder.Property(s => s.RegionCode).HasMaxLength(13);
    }

    public void Configure(EntityTypeBuilder<HouseSignal> builder)
    {
        builder.ToTable("signals_house");
        builder.HasKey(s => s.HouseholdId);
        builder.Property(s => s.RegionCode).HasMaxLength(13);
    }

    public void Configure(EntityTypeBuilder<OutOfSchoolSignal> builder)
    {
        builder.ToTable("signals_out_of_school");
        builder.HasKey(s => s.CaseId);
        builder.Property(s => s.RegionCode).HasMaxLength(13);
        builder.HasIndex(s => s.ResidentId);
    }
}
