namespace Posyandu.SharedKernel.Auditing;

/// <summary>
/// One append-only line of the audit trail (UU 27/2022): who did what to which record, or read which individual's
/// record. Holds ids only: never NIKs or names. Each module keeps its own <c>audit_entries</c> table, written in the
/// same transaction as the change it describes (so no change escapes the trail); the platform's audit query reads
/// them all.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }

    public DateTime At { get; init; }

    public string Actor { get; init; } = "";

    /// <summary>The actor's roles, comma-separated.</summary>
    public string Roles { get; init; } = "";

    public string Module { get; init; } = "";

    public string Entity { get; init; } = "";

    public string EntityId { get; init; } = "";

    /// <summary><c>create</c>, <c>update</c>, <c>delete</c> or <c>read</c>.</summary>
    public string Action { get; init; } = "";

    public string? RegionCode { get; init; }

    /// <summary>
    /// For a listing (<see cref="AuditActions.List"/>): the ids of every person the response returned, comma-separated —
    /// one line per request rather than one per person, so a page of 100 is one row yet each person's reads can be
    /// found (UU 27/2022 art. 31: a record of processing). Null for a single record.
    /// </summary>
    public string? Subjects { get; init; }
}
