namespace Posyandu.Trantibumlinmas.Features.Incidents;

/// <summary>An incident as the API shows it.</summary>
/// <param name="Reporter">Who reported it — only for the OPD, the village head and admin; null for everyone else.</param>
/// <param name="HandledWithinSla">Null until the first action; then whether it came within the type's hours.</param>
/// <param name="PendingApprovalId">For a sensitive incident not yet escalated: the village head's approval it waits for.</param>
public sealed record IncidentDto(
    Guid Id, string Type, string Group, bool Sensitive, IncidentStatus Status, Guid PosyanduId, string RegionCode, DateTime OccurredAt,
    double? Latitude, double? Longitude, string Description, string? ActionTaken, DateTime? HandledAt, bool? HandledWithinSla,
    EscalationTarget? EscalatedTo, DateTime? EscalatedAt, string? EscalatedBy, Guid? ApprovalId, string? ApprovedBy, DateTime? ApprovedAt,
    Guid? PendingApprovalId, DateTime RecordedAt, int Version, ReporterDto? Reporter)
{
    internal static IncidentDto From(Incident i, ReporterDto? reporter, Guid? pendingApproval = null) => new(
        i.Id, i.Type, i.Group, i.Sensitive, i.Status, i.PosyanduId, i.RegionCode, i.OccurredAt, i.Latitude, i.Longitude, i.Description,
        i.ActionTaken, i.HandledAt, i.HandledAt is null ? null : i.HandledWithinSla, i.EscalatedTo, i.EscalatedAt, i.EscalatedBy, i.ApprovalId,
        i.ApprovedBy, i.ApprovedAt, pendingApproval, i.RecordedAt, i.Version, reporter);
}

/// <summary>Who reported an incident: a registered resident (with the name the registry has) or a name and contact as given.</summary>
public sealed record ReporterDto(Guid? ResidentId, string? Name, string? Contact);

/// <summary>One line of the list: what, where, when, in which state — never the reporter.</summary>
public sealed record IncidentSummary(
    Guid Id, string Type, string Group, bool Sensitive, IncidentStatus Status, Guid PosyanduId, string RegionCode, DateTime OccurredAt,
    double? Latitude, double? Longitude, DateTime? HandledAt, EscalationTarget? EscalatedTo);

internal static class IncidentReads
{
    /// <summary>
    /// The reporter for a caller who may see it (<see cref="TrantibumlinmasRules.MaySeeReporter"/>), that read audited;
    /// null for anyone else — the reporter's table is not even read.
    /// </summary>
    public static async Task<ReporterDto?> ReporterAsync(this TrantibumlinmasDbContext db, ICurrentUser user, Incident incident, CancellationToken ct)
    {
        if (!user.MaySeeReporter())
        {
            return null;
        }

        var reporter = db.IncidentReporters.Local.FirstOrDefault(r => r.IncidentId == incident.Id)
                       ?? await db.IncidentReporters.AsNoTracking().SingleOrDefaultAsync(r => r.IncidentId == incident.Id, ct);
        if (reporter is null)
        {
            return null;
        }

        await db.RecordReadAsync(nameof(IncidentReporter), incident.Id.ToString(), incident.RegionCode, ct);
        var name = reporter.ResidentId is { } resident
            ? await db.Residents.IgnoreQueryFilters().AsNoTracking().Where(r => r.ResidentId == resident).Select(r => r.Name).SingleOrDefaultAsync(ct)
            : reporter.Name;
        return new ReporterDto(reporter.ResidentId, name ?? reporter.Name, reporter.Contact);
    }

    /// <summary>The approval a sensitive, not yet escalated incident waits for (the latest asked).</summary>
    public static async Task<Guid?> PendingApprovalAsync(this TrantibumlinmasDbContext db, Incident incident, CancellationToken ct) =>
        !incident.Sensitive || incident.EscalatedTo is not null
            ? null
            : (db.Approvals.Local.FirstOrDefault(a => a.SubjectId == incident.Id && a.Action == Incident.EscalationAction)
               ?? await db.Approvals.IgnoreQueryFilters().AsNoTracking().Where(a => a.SubjectId == incident.Id && a.Action == Incident.EscalationAction)
                   .OrderByDescending(a => a.RequestedAt).FirstOrDefaultAsync(ct)) is { Status: ApprovalStatus.Menunggu } waiting ? waiting.Id : null;
}
