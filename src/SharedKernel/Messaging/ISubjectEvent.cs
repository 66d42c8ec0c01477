namespace Posyandu.SharedKernel.Messaging;

/// <summary>
/// An event that states what is now true of one subject (a resident's household, a Posyandu's name), so a consumer
/// must apply a subject's facts in the order they occurred: an older <c>ResidentMoved</c> applied after a newer one
/// would put the resident back where they were. The dispatcher keeps that order per producer and subject: while one
/// of a subject's messages waits for a retry, the later ones of that subject wait behind it (they never die of it),
/// and in a batch a consumer that refused one gets none of the later ones. Implement <see cref="Subject"/> explicitly
/// (<c>string ISubjectEvent.Subject =&gt; $"resident:{ResidentId}"</c>) so it is not serialised.
/// </summary>
public interface ISubjectEvent : IIntegrationEvent
{
    /// <summary>What the fact is about, unique among the producer's subjects (<c>kind:id</c>).</summary>
    string Subject { get; }
}

/// <summary>A delivery held back because an earlier message about the same subject has not been applied yet.</summary>
public sealed class EarlierSubjectMessagePendingException : Exception
{
    public EarlierSubjectMessagePendingException(string subject)
        : base($"Waits for an earlier message about {subject}.")
    {
    }

    public EarlierSubjectMessagePendingException()
    {
    }

    public EarlierSubjectMessagePendingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
