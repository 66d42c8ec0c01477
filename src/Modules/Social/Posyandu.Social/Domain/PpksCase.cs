namespace Posyandu.Social.Domain;

/// <summary>How a PPKS was found: on a kader's home visit, at the village meeting (musyawarah desa), or referred by another service.</summary>
public enum PpksSource
{
    KaderVisit,
    VillageMeeting,
    Referral,
}

/// <summary>A case's step: identified by the kader → verified by Dinas Sosial (or the village's social worker) → served → closed.</summary>
public enum PpksStatus
{
    Identified,
    Verified,
    Served,
    Closed,
}

/// <summary>
/// A person's or household's PPKS case (Pemerlu Pelayanan Kesejahteraan Sosial, one of the 26 types of Permensos
/// 08/2012, <see cref="Catalogue.SocialCatalogue"/>), with its steps. The household is the one the person lived in when
/// the case was identified: the case stays with that household's history even if the person moves later.
/// </summary>
public sealed class PpksCase : IPosyanduScoped, IVersioned
{
    private static readonly Dictionary<PpksStatus, PpksStatus[]> Next = new()
    {
        [PpksStatus.Identified] = [PpksStatus.Verified, PpksStatus.Closed],
        [PpksStatus.Verified] = [PpksStatus.Served, PpksStatus.Closed],
        [PpksStatus.Served] = [PpksStatus.Closed],
        [PpksStatus.Closed] = [],
    };

    public Guid Id { get; init; }

    /// <summary>Code of the catalogue's PPKS type.</summary>
    public string Type { get; init; } = "";

    /// <summary>The person, for a person's case; null for a household's.</summary>
    public Guid? ResidentId { get; init; }

    public Guid HouseholdId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    public DateOnly IdentifiedOn { get; init; }

    public PpksSource Source { get; init; }

    public PpksStatus Status { get; private set; }

    public DateOnly? VerifiedOn { get; private set; }

    public DateOnly? ServedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? Note { get; init; }

    /// <summary>The user who recorded it: a kader sees the personal details of the cases they recorded only.</summary>
    public string RecordedBy { get; init; } = "";

    public DateTime RecordedAt { get; init; }

    public int Version { get; set; }

    public static IReadOnlyList<PpksStatus> AllowedAfter(PpksStatus status) => Next[status];

    /// <summary>The day of the latest step so far.</summary>
    public DateOnly LastStepOn => ClosedOn ?? ServedOn ?? VerifiedOn ?? IdentifiedOn;

    /// <summary>Open (not closed) at the end of <paramref name="day"/>, and identified by then.</summary>
    public bool OpenOn(DateOnly day) => IdentifiedOn <= day && !(ClosedOn <= day);

    /// <summary>Moves the case on one step; 409 naming the allowed steps, 422 for a day before the last step.</summary>
    public PpksStatusChange MoveTo(PpksStatus to, DateOnly on, string? note, string by, DateTime at)
    {
        if (!Next[Status].Contains(to))
        {
            throw new ConflictException(
                $"A case that is {Status.ToApi()} can move to: {(Next[Status].Length == 0 ? "nothing (it is closed)" : string.Join(", ", Next[Status].Select(s => s.ToApi())))}.");
        }

        if (on < LastStepOn)
        {
            throw new BusinessRuleException($"The step cannot be dated before the case's last step ({LastStepOn:yyyy-MM-dd}).");
        }

        var change = new PpksStatusChange { Id = Guid.CreateVersion7(), CaseId = Id, From = Status, To = to, On = on, Note = note, RecordedBy = by, RecordedAt = at };
        Status = to;
        switch (to)
        {
            case PpksStatus.Verified: VerifiedOn = on; break;
            case PpksStatus.Served: ServedOn = on; break;
            case PpksStatus.Closed: ClosedOn = on; break;
        }

        return change;
    }
}

/// <summary>One step of a case's history (the first, "identified", is the case itself).</summary>
public sealed class PpksStatusChange
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public PpksStatus From { get; init; }

    public PpksStatus To { get; init; }

    public DateOnly On { get; init; }

    public string? Note { get; init; }

    public string RecordedBy { get; init; } = "";

    public DateTime RecordedAt { get; init; }
}

internal sealed class PpksCaseConfiguration : IEntityTypeConfiguration<PpksCase>, IEntityTypeConfiguration<PpksStatusChange>
{
    public void Configure(EntityTypeBuilder<PpksCase> builder)
    {
        builder.ToTable("ppks_cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Type).HasMaxLength(60);
        builder.Property(c => c.RegionCode).HasMaxLength(13);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.Property(c => c.RecordedBy).HasMaxLength(200);
        builder.HasIndex(c => new { c.PosyanduId, c.Status });
        builder.HasIndex(c => c.HouseholdId);
        builder.HasIndex(c => c.ResidentId);
        builder.HasIndex(c => c.RegionCode);
    }

    public void Configure(EntityTypeBuilder<PpksStatusChange> builder)
    {
        builder.ToTable("ppks_status_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(12);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(12);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.Property(c => c.RecordedBy).HasMaxLength(200);
        builder.HasIndex(c => c.CaseId);
    }
}
