namespace Posyandu.GeneralEducation.Domain;

/// <summary>
/// A skills-training course (pelatihan keterampilan masyarakat) held for a Posyandu's residents by an OPD: its
/// participants, who completed it, and — recorded at a later visit — what each did with it.
/// </summary>
public sealed class Training : IPosyanduScoped
{
    private readonly List<Trainee> _trainees = [];

    private Training()
    {
    }

    public Guid Id { get; private set; }

    public Guid PosyanduId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string Course { get; private set; } = "";

    /// <summary>A topic of the catalogue's <c>keterampilan</c> tag.</summary>
    public string TopicCode { get; private set; } = "";

    /// <summary>The organising OPD (its role: <c>social</c>, <c>health</c>, <c>generaleducation</c>, …).</summary>
    public string OrganiserRole { get; private set; } = "";

    public DateOnly StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public IReadOnlyList<Trainee> Trainees => _trainees;

    public static Training Start(Guid posyanduId, string regionCode, string course, string topicCode, string organiserRole, DateOnly start, DateOnly? end) => new()
    {
        Id = Guid.CreateVersion7(), PosyanduId = posyanduId, RegionCode = regionCode, Course = course, TopicCode = topicCode,
        OrganiserRole = organiserRole, StartDate = start, EndDate = end,
    };

    public Trainee Enrol(Guid residentId, Guid homePosyanduId, string homeRegionCode)
    {
        if (_trainees.Any(t => t.ResidentId == residentId))
        {
            throw new ConflictException("The resident is a participant of this training already.");
        }

        var trainee = new Trainee
        {
            Id = Guid.CreateVersion7(), TrainingId = Id, ResidentId = residentId, PosyanduId = PosyanduId, RegionCode = RegionCode,
            HomePosyanduId = homePosyanduId, HomeRegionCode = homeRegionCode,
        };
        _trainees.Add(trainee);
        return trainee;
    }

    public Trainee TraineeOf(Guid residentId) =>
        _trainees.SingleOrDefault(t => t.ResidentId == residentId) ?? throw new NotFoundException("Training participant");

    /// <summary>Completed (or dropped out) on <paramref name="on"/>: not before the course started.</summary>
    public Trainee RecordCompletion(Guid residentId, bool completed, DateOnly on)
    {
        if (on < StartDate)
        {
            throw new BusinessRuleException($"The training started on {StartDate:yyyy-MM-dd}: completion cannot be earlier.");
        }

        var trainee = TraineeOf(residentId);
        (trainee.Completed, trainee.CompletedOn) = (completed, on);
        return trainee;
    }

    /// <summary>What the trainee did with it, later: only after completing the course.</summary>
    public Trainee RecordFollowUp(Guid residentId, TrainingFollowUp outcome, DateOnly on, string? note)
    {
        var trainee = TraineeOf(residentId);
        if (trainee.Completed != true || trainee.CompletedOn is not { } completedOn)
        {
            throw new BusinessRuleException("A follow-up is recorded for a participant who completed the training.");
        }

        if (on < completedOn)
        {
            throw new BusinessRuleException($"The participant completed on {completedOn:yyyy-MM-dd}: the follow-up comes later.");
        }

        (trainee.FollowUp, trainee.FollowUpOn, trainee.FollowUpNote) = (outcome, on, note);
        return trainee;
    }
}

/// <summary>A participant of a training.</summary>
public sealed class Trainee : IPosyanduScoped
{
    public Guid Id { get; init; }

    public Guid TrainingId { get; init; }

    public Guid ResidentId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public Guid HomePosyanduId { get; init; }

    public string HomeRegionCode { get; init; } = "";

    /// <summary>Null until recorded; false: dropped out.</summary>
    public bool? Completed { get; internal set; }

    public DateOnly? CompletedOn { get; internal set; }

    public TrainingFollowUp? FollowUp { get; internal set; }

    public DateOnly? FollowUpOn { get; internal set; }

    public string? FollowUpNote { get; internal set; }
}

internal sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>, IEntityTypeConfiguration<Trainee>
{
    public void Configure(EntityTypeBuilder<Training> builder)
    {
        builder.ToTable("trainings");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.RegionCode).HasMaxLength(13);
        builder.Property(t => t.Course).HasMaxLength(200);
        builder.Property(t => t.TopicCode).HasMaxLength(40);
        builder.Property(t => t.OrganiserRole).HasMaxLength(20);
        builder.HasMany(t => t.Trainees).WithOne().HasForeignKey(t => t.TrainingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Trainees).HasField("_trainees").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(t => new { t.PosyanduId, t.StartDate });
    }

    public void Configure(EntityTypeBuilder<Trainee> builder)
    {
        builder.ToTable("trainees");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => new { t.TrainingId, t.ResidentId }).IsUnique();
        builder.Property(t => t.RegionCode).HasMaxLength(13);
        builder.Property(t => t.HomeRegionCode).HasMaxLength(13);
        builder.Property(t => t.FollowUp).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.FollowUpNote).HasMaxLength(500);
        builder.HasIndex(t => new { t.RegionCode, t.CompletedOn });
    }
}
