using Posyandu.Trantibumlinmas.Catalogue;

namespace Posyandu.Trantibumlinmas.Domain;

/// <summary>Where an incident stands.</summary>
public enum IncidentStatus
{
    /// <summary>Reported, nothing done yet.</summary>
    Dilaporkan,

    /// <summary>First action taken (linmas, Satpol PP, BPBD on the spot).</summary>
    Ditangani,

    /// <summary>Handed to the OPD or the police.</summary>
    Dieskalasi,

    /// <summary>Closed.</summary>
    Selesai,
}

/// <summary>Whom an incident is escalated to.</summary>
public enum EscalationTarget
{
    /// <summary>The OPD: Satpol PP, BPBD (or the UPTD PPA for KDRT).</summary>
    Opd,

    /// <summary>The police (Bhabinkamtibmas, Polsek).</summary>
    Polisi,
}

/// <summary>
/// An incident a village reports (laporan kejadian trantibumlinmas): its type from the catalogue, the Posyandu's village,
/// an optional WGS84 point, when it happened, what was done. The reporter is not on it: <see cref="IncidentReporter"/>
/// keeps who reported it apart. A sensitive type is escalated only once the village head approved
/// (<see cref="Escalate"/> is called after <c>ApprovalDesk.EnsureApprovedAsync</c>); who approved is kept here.
/// </summary>
public sealed class Incident : IPosyanduScoped, IVersioned
{
    public const int MaxText = 2000;

    /// <summary>The approval action the village head is asked for (SharedKernel's approval step).</summary>
    public const string EscalationAction = "escalate-incident";

    private Incident()
    {
    }

    public Guid Id { get; private set; }

    public string Type { get; private set; } = "";

    /// <summary>The type's group in the catalogue (bencana, ketertiban, kriminal, kekerasan), as it was when reported.</summary>
    public string Group { get; private set; } = "";

    public bool Sensitive { get; private set; }

    /// <summary>The hours within which the first action counts as on time (the type's, when reported).</summary>
    public int SlaHours { get; private set; }

    public Guid PosyanduId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateTime OccurredAt { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public string Description { get; private set; } = "";

    public IncidentStatus Status { get; private set; }

    /// <summary>What was done, the latest entry.</summary>
    public string? ActionTaken { get; private set; }

    /// <summary>When the first action was taken.</summary>
    public DateTime? HandledAt { get; private set; }

    public EscalationTarget? EscalatedTo { get; private set; }

    public DateTime? EscalatedAt { get; private set; }

    public string? EscalatedBy { get; private set; }

    public Guid? ApprovalId { get; private set; }

    /// <summary>The village head (user id) who approved the escalation of a sensitive incident.</summary>
    public string? ApprovedBy { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public int Version { get; set; }

    public bool HandledWithinSla => HandledAt is { } handled && handled - OccurredAt <= TimeSpan.FromHours(SlaHours);

    public static Incident Report(
        IncidentType type, TrantibumlinmasPosyandu posyandu, DateTime occurredAt, double? latitude, double? longitude, string description, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), Type = type.Code, Group = type.Group, Sensitive = type.Sensitive, SlaHours = type.SlaHours,
        PosyanduId = posyandu.PosyanduId, RegionCode = posyandu.RegionCode, OccurredAt = occurredAt, Latitude = latitude, Longitude = longitude,
        Description = description, Status = IncidentStatus.Dilaporkan, RecordedAt = now,
    };

    /// <summary>Records what was done; the first action is the incident's handling time. A closed incident takes no more.</summary>
    public void RecordAction(string action, DateTime at, bool close)
    {
        if (Status == IncidentStatus.Selesai)
        {
            throw new ConflictException("The incident is closed.");
        }

        if (at < OccurredAt)
        {
            throw RequestValidationException.For("at", "An action cannot precede the incident.");
        }

        ActionTaken = action;
        HandledAt ??= at;
        if (Status == IncidentStatus.Dilaporkan)
        {
            Status = IncidentStatus.Ditangani;
        }

        if (close)
        {
            Status = IncidentStatus.Selesai;
            ClosedAt = at;
        }
    }

    /// <summary>Hands the incident to the OPD or the police, once; for a sensitive type with the village head's approval.</summary>
    public void Escalate(EscalationTarget to, string by, DateTime at, Approval? approval)
    {
        if (EscalatedTo is not null)
        {
            throw new ConflictException($"The incident was already escalated ({EscalatedTo.Value.ToApi()}).");
        }

        if (Status == IncidentStatus.Selesai)
        {
            throw new ConflictException("The incident is closed.");
        }

        if (Sensitive && approval is not { Status: ApprovalStatus.Disetujui })
        {
            throw new ConflictException("A sensitive incident is escalated only with the village head's approval.");
        }

        EscalatedTo = to;
        EscalatedBy = by;
        EscalatedAt = at;
        Status = IncidentStatus.Dieskalasi;
        if (approval is not null)
        {
            (ApprovalId, ApprovedBy, ApprovedAt) = (approval.Id, approval.DecidedBy, approval.DecidedAt);
        }
    }
}

/// <summary>
/// Who reported an incident, kept apart from it (its own table, read only by the OPD, the village head and admin — and
/// that read audited): a registered resident, or a name and a contact the village was given. Never in an event, a
/// list, a report or an export.
/// </summary>
public sealed class IncidentReporter : IRegionScoped
{
    public const int MaxName = 150;
    public const int MaxContact = 50;

    public Guid IncidentId { get; init; }

    public string RegionCode { get; init; } = "";

    public Guid? ResidentId { get; init; }

    public string? Name { get; init; }

    public string? Contact { get; init; }
}

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>, IEntityTypeConfiguration<IncidentReporter>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Type).HasMaxLength(40);
        builder.Property(i => i.Group).HasMaxLength(20);
        builder.Property(i => i.RegionCode).HasMaxLength(13);
        builder.Property(i => i.Description).HasMaxLength(Incident.MaxText);
        builder.Property(i => i.ActionTaken).HasMaxLength(Incident.MaxText);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.EscalatedTo).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.EscalatedBy).HasMaxLength(200);
        builder.Property(i => i.ApprovedBy).HasMaxLength(200);
        builder.HasIndex(i => new { i.RegionCode, i.OccurredAt });
    }

    public void Configure(EntityTypeBuilder<IncidentReporter> builder)
    {
        builder.ToTable("incident_reporters");
        builder.HasKey(r => r.IncidentId);
        builder.Property(r => r.IncidentId).ValueGeneratedNever();
        builder.Property(r => r.RegionCode).HasMaxLength(13);
        builder.Property(r => r.Name).HasMaxLength(IncidentReporter.MaxName);
        builder.Property(r => r.Contact).HasMaxLength(IncidentReporter.MaxContact);
    }
}

/// <summary>
/// Indonesia's bounding box in WGS84 (degrees), Sabang to Merauke with the outer islands: a point outside it is a typo
/// or a swapped latitude/longitude (the same box as Dinas PU's infrastructure reports).
/// </summary>
public static class IndonesiaBounds
{
    public const double MinLatitude = -11.2;
    public const double MaxLatitude = 6.3;
    public const double MinLongitude = 94.7;
    public const double MaxLongitude = 141.2;
}
