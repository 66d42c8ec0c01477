namespace Posyandu.Social.Domain;

/// <summary>
/// A check of a household's status in DTSEN (Data Tunggal Sosial dan Ekonomi Nasional, which replaced DTKS under
/// Inpres 4/2025): in it or not, and its welfare decile (1 poorest … 10) when known. The latest check is in force.
/// </summary>
public sealed class DtsenCheck : IPosyanduScoped
{
    public Guid Id { get; init; }

    public Guid HouseholdId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public DateOnly CheckedOn { get; init; }

    public bool InDtsen { get; init; }

    public int? Decile { get; init; }

    public DateTime RecordedAt { get; init; }
}

/// <summary>
/// An assistance programme a household receives (PKH, BPNT/Sembako, PBI-JK, BLT Dana Desa, a regional programme —
/// codes of the catalogue), from a start day until an end day. Kept per household, so it survives any member moving
/// out or dying.
/// </summary>
public sealed class Assistance : IPosyanduScoped, IVersioned
{
    public const int MaxNote = 500;

    public Guid Id { get; init; }

    public Guid HouseholdId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public string Programme { get; init; } = "";

    public DateOnly StartedOn { get; init; }

    public DateOnly? EndedOn { get; private set; }

    public string? Note { get; init; }

    public int Version { get; set; }

    /// <summary>Received on <paramref name="day"/>.</summary>
    public bool ActiveOn(DateOnly day) => StartedOn <= day && !(EndedOn < day);

    /// <summary>Received on some day from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public bool ActiveIn(DateOnly first, DateOnly last) => StartedOn <= last && !(EndedOn < first);

    public void End(DateOnly on)
    {
        if (EndedOn is { } ended)
        {
            throw new ConflictException($"The assistance ended already on {ended:yyyy-MM-dd}.");
        }

        if (on < StartedOn)
        {
            throw new BusinessRuleException($"An assistance cannot end before it started ({StartedOn:yyyy-MM-dd}).");
        }

        EndedOn = on;
    }
}

/// <summary>What a proposal (usulan) asks of the next DTSEN/bansos data-update round.</summary>
public enum ProposalKind
{
    /// <summary>Add the household to DTSEN (usulan baru).</summary>
    AddToDtsen,

    /// <summary>Correct its data (perbaikan data), e.g. a decile that no longer fits.</summary>
    UpdateData,

    /// <summary>Propose it for a programme.</summary>
    Programme,
}

public enum ProposalOutcome
{
    Accepted,
    Rejected,
}

/// <summary>A proposal (usulan) for a household in a village data-update round, and its outcome once decided.</summary>
public sealed class Proposal : IPosyanduScoped, IVersioned
{
    public const int MaxText = 500;

    public Guid Id { get; init; }

    public Guid HouseholdId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public ProposalKind Kind { get; init; }

    /// <summary>The programme proposed (kind programme), a code of the catalogue.</summary>
    public string? Programme { get; init; }

    public DateOnly SubmittedOn { get; init; }

    public string? Reason { get; init; }

    public ProposalOutcome? Outcome { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecisionNote { get; private set; }

    public int Version { get; set; }

    public void Decide(ProposalOutcome outcome, DateOnly on, string? note)
    {
        if (Outcome is { } decided)
        {
            throw new ConflictException($"The proposal was decided already ({decided.ToApi()} on {DecidedOn:yyyy-MM-dd}).");
        }

        if (on < SubmittedOn)
        {
            throw new BusinessRuleException($"A proposal cannot be decided before it was submitted ({SubmittedOn:yyyy-MM-dd}).");
        }

        (Outcome, DecidedOn, DecisionNote) = (outcome, on, note);
    }
}

internal sealed class WelfareConfiguration :
    IEntityTypeConfiguration<DtsenCheck>, IEntityTypeConfiguration<Assistance>, IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<DtsenCheck> builder)
    {
        builder.ToTable("dtsen_checks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.RegionCode).HasMaxLength(13);
        builder.HasIndex(c => c.HouseholdId);
        builder.HasIndex(c => c.RegionCode);
    }

    public void Configure(EntityTypeBuilder<Assistance> builder)
    {
        builder.ToTable("assistance");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.RegionCode).HasMaxLength(13);
        builder.Property(a => a.Programme).HasMaxLength(40);
        builder.Property(a => a.Note).HasMaxLength(Assistance.MaxNote);
        builder.HasIndex(a => a.HouseholdId);
        builder.HasIndex(a => a.RegionCode);
    }

    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("proposals");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.RegionCode).HasMaxLength(13);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Programme).HasMaxLength(40);
        builder.Property(p => p.Reason).HasMaxLength(Proposal.MaxText);
        builder.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.DecisionNote).HasMaxLength(Proposal.MaxText);
        builder.HasIndex(p => p.HouseholdId);
        builder.HasIndex(p => p.RegionCode);
    }
}
