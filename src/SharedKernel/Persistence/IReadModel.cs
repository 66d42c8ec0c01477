namespace Posyandu.SharedKernel.Persistence;

/// <summary>
/// A row derived only from other modules' integration events — a projection or a report total — written by the
/// outbox dispatcher, never by a person, and rebuildable from the event history. Such rows are not audited: the
/// audit trail answers who changed a record, and that was audited where the change was made (the event's source).
/// Auditing them wrote several audit lines per delivered event (one per report total touched), which made the audit
/// trail, not the data, most of what a delivery wrote.
/// </summary>
public interface IReadModel
{
}
