using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace Posyandu.SharedKernel.Messaging;

/// <summary>Makes a dead outbox message visible to operators.</summary>
public interface IOutboxDeadLetters
{
    void Report(string module, OutboxMessage message);
}

/// <summary>
/// Shows each dead message as a failed job on the Hangfire dashboard (Jobs → Failed) with the handlers' errors.
/// "Requeue" on that job revives the message and dispatches it again. The outbox row stays the source of truth
/// (and <c>GET /api/platform/outbox/dead</c> lists it), so nothing is lost if the job storage is.
/// </summary>
internal sealed class HangfireOutboxDeadLetters(IBackgroundJobClient jobs) : IOutboxDeadLetters
{
    public void Report(string module, OutboxMessage message)
    {
        var messageId = message.MessageId;
        jobs.Create(
            Job.FromExpression<OutboxDispatchJob>(job => job.ReviveAsync(module, messageId, CancellationToken.None)),
            new FailedState(new OutboxMessageDeadException(module, message)));
    }
}

public sealed class OutboxMessageDeadException : Exception
{
    public OutboxMessageDeadException(string module, OutboxMessage message)
        : base($"Outbox message {message?.MessageId} ({message?.Type}) of module '{module}' is dead after {message?.Attempts} attempts: {message?.LastError}")
    {
    }

    public OutboxMessageDeadException()
    {
    }

    public OutboxMessageDeadException(string message)
        : base(message)
    {
    }

    public OutboxMessageDeadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
