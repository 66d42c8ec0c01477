namespace Posyandu.GeneralEducation.Domain;

/// <summary>
/// One line of a Posyandu's monthly plan of community education: the topic, who it is for and who facilitates it.
/// Coordinators read the plan against what was held (scorecard <c>pm-sesi</c>): a line counts as held when the activity
/// that realises it was held within the planned month. A plan may change after its month began — lines added, lines
/// cancelled — and counts as it stands.
/// </summary>
public sealed class PlannedActivity : IPosyanduScoped, IVersioned
{
    private PlannedActivity()
    {
    }

    public Guid Id { get; private set; }

    public Guid PosyanduId { get; private set; }

    public string RegionCode { get; private set; } = "";

    /// <summary>The first day of the planned month.</summary>
    public DateOnly Month { get; private set; }

    public string TopicCode { get; private set; } = "";

    public TargetGroup TargetGroup { get; private set; }

    /// <summary>The facilitator's role: <c>kader</c> or a sector OPD (<c>health</c>, <c>social</c>, …).</summary>
    public string FacilitatorRole { get; private set; } = "";

    public DateOnly? PlannedDate { get; private set; }

    public string? Note { get; private set; }

    public PlannedActivityStatus Status { get; private set; }

    public DateOnly? CancelledOn { get; private set; }

    public string? CancelReason { get; private set; }

    /// <summary>The activity that realises this line (at most one).</summary>
    public Guid? ActivityId { get; private set; }

    /// <summary>The day that activity was held (its attendance recorded).</summary>
    public DateOnly? HeldOn { get; private set; }

    public int Version { get; set; }

    public bool HeldInMonth => HeldOn is { } held && held.Year == Month.Year && held.Month == Month.Month;

    public static PlannedActivity Plan(
        Guid posyanduId, string regionCode, DateOnly month, string topicCode, TargetGroup targetGroup, string facilitatorRole, DateOnly? plannedDate, string? note)
    {
        if (plannedDate is { } day && (day.Year != month.Year || day.Month != month.Month))
        {
            throw new BusinessRuleException("plannedDate must lie in the planned month.");
        }

        return new PlannedActivity
        {
            Id = Guid.CreateVersion7(), PosyanduId = posyanduId, RegionCode = regionCode, Month = new DateOnly(month.Year, month.Month, 1),
            TopicCode = topicCode, TargetGroup = targetGroup, FacilitatorRole = facilitatorRole, PlannedDate = plannedDate, Note = note,
            Status = PlannedActivityStatus.Planned,
        };
    }

    /// <summary>Takes the line out of the plan; a line already held stays (it happened).</summary>
    public void Cancel(DateOnly on, string? reason)
    {
        if (Status == PlannedActivityStatus.Cancelled)
        {
            throw new ConflictException("The planned activity is cancelled already.");
        }

        if (HeldOn is not null)
        {
            throw new BusinessRuleException("The planned activity was held: it cannot be cancelled.");
        }

        (Status, CancelledOn, CancelReason) = (PlannedActivityStatus.Cancelled, on, reason);
    }

    /// <summary>Links the activity that realises this line.</summary>
    public void RealiseBy(Guid activityId)
    {
        if (Status == PlannedActivityStatus.Cancelled)
        {
            throw new BusinessRuleException("The planned activity is cancelled.");
        }

        if (ActivityId is { } other && other != activityId)
        {
            throw new ConflictException("Another activity realises this planned activity already.");
        }

        ActivityId = activityId;
    }

    public void MarkHeld(DateOnly on) => HeldOn = on;
}

internal sealed class PlannedActivityConfiguration : IEntityTypeConfiguration<PlannedActivity>
{
    public void Configure(EntityTypeBuilder<PlannedActivity> builder)
    {
        builder.ToTable("planned_activities");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.RegionCode).HasMaxLength(13);
        builder.Property(p => p.TopicCode).HasMaxLength(40);
        builder.Property(p => p.FacilitatorRole).HasMaxLength(20);
        builder.Property(p => p.TargetGroup).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(p => p.Note).HasMaxLength(500);
        builder.Property(p => p.CancelReason).HasMaxLength(500);
        builder.HasIndex(p => new { p.PosyanduId, p.Month });
        builder.HasIndex(p => new { p.RegionCode, p.Month });
    }
}
