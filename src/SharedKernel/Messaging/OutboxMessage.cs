namespace Posyandu.SharedKernel.Messaging;

public enum OutboxStatus
{
    Pending = 0,
    Processed = 1,
    Dead = 2,
}

/// <summary>
/// An integration event waiting for (or done with) delivery, written in the same SaveChanges as the change that
/// raised it. Processed rows are kept: they are the module's event history, from which read models are rebuilt.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Insertion order; dispatch follows it. All timestamps here are UTC.</summary>
    public long Sequence { get; private set; }

    public Guid MessageId { get; private set; }

    /// <summary>The event's full CLR type name.</summary>
    public string Type { get; private set; } = "";

    /// <summary>The event serialized as JSON.</summary>
    public string Payload { get; private set; } = "";

    public DateTime OccurredAt { get; private set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime? NextAttemptAt { get; set; }

    public DateTime? ProcessedAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>
    /// The W3C <c>traceparent</c> of the request (or job) that published the event, so the trace of a write follows
    /// it through the outbox to each consumer's delivery. Null when nothing was traced.
    /// </summary>
    public string? TraceParent { get; private set; }

    /// <summary>
    /// Rewrites a stored event (delivered or not) whose personal values were corrected or erased (UU 27/2022 art. 43):
    /// the history keeps the fact, not the old value, so a rebuild from it gives the corrected read models. Only the
    /// producing module does this, for fields no consumer's aggregate depends on.
    /// </summary>
    public void RewritePayload(IIntegrationEvent replacement) => Payload = IntegrationEventSerializer.Serialize(replacement);

    private OutboxMessage()
    {
    }

    public OutboxMessage(Guid messageId, string type, string payload, DateTime occurredAt, string? traceParent = null)
    {
        MessageId = messageId;
        Type = type;
        Payload = payload;
        OccurredAt = occurredAt;
        TraceParent = traceParent;
    }
}

/// <summary>
/// Proof that a consumer (one handler) has applied a message. Written in the same transaction as the handler's
/// effect; its key (message id, handler) makes a redelivery a no-op.
/// </summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; private set; }

    /// <summary>The handler's type name: one message can be consumed by several handlers of the same module.</summary>
    public string Handler { get; private set; } = "";

    public DateTime ProcessedAt { get; private set; }

    private InboxMessage()
    {
    }

    public InboxMessage(Guid messageId, string handler, DateTime processedAt)
    {
        MessageId = messageId;
        Handler = handler;
        ProcessedAt = processedAt;
    }
}
