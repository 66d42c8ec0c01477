namespace Posyandu.GeneralEducation.Domain;

/// <summary>
/// A community-education session (KIE) at a Posyandu — penyuluhan, diskusi or demonstrasi — on a topic of the catalogue,
/// or a meeting of a BKB group. It may be entered ahead (scheduled); it is held once its attendance is recorded, which
/// cannot happen before its day. Attendance lists registered residents (from this Posyandu's area or from elsewhere) and
/// counts the unregistered guests; pre/post test scores, where a test was given, show the knowledge gained.
/// </summary>
public sealed class Activity : IPosyanduScoped, IVersioned
{
    private readonly List<Attendance> _attendance = [];

    private Activity()
    {
    }

    public Guid Id { get; private set; }

    public Guid PosyanduId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public string TopicCode { get; private set; } = "";

    /// <summary>The topic's sector tag when the activity was recorded (the catalogue's, kept with the record).</summary>
    public string SectorTag { get; private set; } = "";

    public ActivityMethod Method { get; private set; }

    public TargetGroup TargetGroup { get; private set; }

    /// <summary><c>kader</c> or the sector OPD whose officer facilitates (<c>health</c>, <c>social</c>, …).</summary>
    public string FacilitatorRole { get; private set; } = "";

    public string? FacilitatorName { get; private set; }

    public string? Materials { get; private set; }

    public Guid? PlannedActivityId { get; private set; }

    /// <summary>Set for a meeting of a BKB group: only its members attend.</summary>
    public Guid? BkbGroupId { get; private set; }

    public ActivityStatus Status { get; private set; }

    /// <summary>People who came but are not registered residents (counted, not named).</summary>
    public int Guests { get; private set; }

    public int Version { get; set; }

    public IReadOnlyList<Attendance> Attendance => _attendance;

    public static Activity Schedule(
        Guid posyanduId, string regionCode, DateOnly date, string topicCode, string sectorTag, ActivityMethod method, TargetGroup targetGroup,
        string facilitatorRole, string? facilitatorName, string? materials, Guid? plannedActivityId, Guid? bkbGroupId) => new()
    {
        Id = Guid.CreateVersion7(), PosyanduId = posyanduId, RegionCode = regionCode, Date = date, TopicCode = topicCode, SectorTag = sectorTag,
        Method = method, TargetGroup = targetGroup, FacilitatorRole = facilitatorRole, FacilitatorName = facilitatorName, Materials = materials,
        PlannedActivityId = plannedActivityId, BkbGroupId = bkbGroupId, Status = ActivityStatus.Scheduled,
    };

    /// <summary>
    /// Records (or corrects) who attended: replaces the list and the guest count, and marks the activity held. An
    /// activity dated after <paramref name="today"/> has not happened: 422.
    /// </summary>
    public void RecordAttendance(IReadOnlyList<Attendance> attendees, int guests, DateOnly today)
    {
        if (Date > today)
        {
            throw new BusinessRuleException($"The activity is dated {Date:yyyy-MM-dd}: attendance can be recorded from that day on.");
        }

        if (attendees.Count == 0 && guests == 0)
        {
            throw new BusinessRuleException("An activity held has at least one attendee or guest.");
        }

        // Merge rather than clear and re-add: a kept resident keeps their row (one row per activity and resident).
        var wanted = attendees.ToDictionary(a => a.ResidentId);
        _attendance.RemoveAll(a => !wanted.ContainsKey(a.ResidentId));
        foreach (var row in _attendance)
        {
            var now = wanted[row.ResidentId];
            (row.PreTestScore, row.PostTestScore) = (now.PreTestScore, now.PostTestScore);
            wanted.Remove(row.ResidentId);
        }

        _attendance.AddRange(wanted.Values);
        Guests = guests;
        Status = ActivityStatus.Held;
    }
}

/// <summary>
/// One registered resident at one activity. The resident's own Posyandu and village are kept as they were that day:
/// a resident from outside the activity's Posyandu area is welcome and counted apart.
/// </summary>
public sealed class Attendance : IPosyanduScoped
{
    private Attendance()
    {
    }

    public Guid ActivityId { get; private set; }

    public Guid ResidentId { get; private set; }

    /// <summary>The activity's Posyandu (the scope the row falls under).</summary>
    public Guid PosyanduId { get; private set; }

    /// <summary>The activity's village.</summary>
    public string RegionCode { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public Guid HomePosyanduId { get; private set; }

    public string HomeRegionCode { get; private set; } = "";

    public bool FromOutsideArea => HomePosyanduId != PosyanduId;

    public int? PreTestScore { get; internal set; }

    public int? PostTestScore { get; internal set; }

    /// <summary>Post-test minus pre-test score, where both were taken.</summary>
    public int? KnowledgeGain => PreTestScore is { } pre && PostTestScore is { } post ? post - pre : null;

    public static Attendance Of(Activity activity, Guid residentId, Guid homePosyanduId, string homeRegionCode, int? preTestScore, int? postTestScore) => new()
    {
        ActivityId = activity.Id, ResidentId = residentId, PosyanduId = activity.PosyanduId, RegionCode = activity.RegionCode, Date = activity.Date,
        HomePosyanduId = homePosyanduId, HomeRegionCode = homeRegionCode, PreTestScore = preTestScore, PostTestScore = postTestScore,
    };
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>, IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.RegionCode).HasMaxLength(13);
        builder.Property(a => a.TopicCode).HasMaxLength(40);
        builder.Property(a => a.SectorTag).HasMaxLength(40);
        builder.Property(a => a.FacilitatorRole).HasMaxLength(20);
        builder.Property(a => a.FacilitatorName).HasMaxLength(150);
        builder.Property(a => a.Materials).HasMaxLength(1000);
        builder.Property(a => a.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.TargetGroup).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        builder.HasMany(a => a.Attendance).WithOne().HasForeignKey(a => a.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Attendance).HasField("_attendance").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(a => new { a.PosyanduId, a.Date });
        builder.HasIndex(a => new { a.RegionCode, a.Date });
        builder.HasIndex(a => a.BkbGroupId);
    }

    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.ToTable("attendance");
        builder.HasKey(a => new { a.ActivityId, a.ResidentId });
        builder.Property(a => a.RegionCode).HasMaxLength(13);
        builder.Property(a => a.HomeRegionCode).HasMaxLength(13);
        builder.Ignore(a => a.FromOutsideArea);
        builder.Ignore(a => a.KnowledgeGain);
        builder.HasIndex(a => new { a.ResidentId, a.Date });
        builder.HasIndex(a => new { a.HomeRegionCode, a.Date });
        builder.HasIndex(a => new { a.RegionCode, a.Date });
    }
}
