using Hangfire;
using Microsoft.Extensions.Logging;
using Posyandu.SharedKernel.Operations;

namespace Posyandu.SharedKernel.Messaging;

/// <summary>
/// The Hangfire jobs around the <see cref="OutboxDispatcher"/>: one triggered after each commit that published
/// events, a recurring sweep, scheduled retries and operator revival of dead messages. Each run holds the module's
/// <c>outbox:{module}</c> lock (<see cref="IDistributedLocks"/>: a file lock in the data folder on SQLite, Hangfire's
/// SQL lock on SQL Server), so several host instances on the same databases never dispatch one module at once.
/// </summary>
public sealed partial class OutboxDispatchJob(
    OutboxDispatcher dispatcher,
    OutboxTrigger trigger,
    IDistributedLocks locks,
    IBackgroundJobClient jobs,
    ILogger<OutboxDispatchJob> logger)
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(1);

    [AutomaticRetry(Attempts = 0)] // the sweep is the retry
    [Queue("outbox")]
    public Task DispatchAsync(string module, CancellationToken cancellationToken) => DispatchAsync(module, LockTimeout, cancellationToken);

    private async Task DispatchAsync(string module, TimeSpan lockWait, CancellationToken cancellationToken)
    {
        trigger.Started(module);
        DispatchResult result;
        try
        {
            var moduleLock = await locks.TryAcquireAsync($"outbox:{module}", lockWait, cancellationToken).ConfigureAwait(false);
            if (moduleLock is null)
            {
                // Another instance dispatches the module (it may be past reading the rows this instance committed
                // meanwhile): queue a run that waits for it again, rather than fail — the module is not stuck.
                trigger.Stopped(module);
                trigger.Signal(module);
                return;
            }

            await using (moduleLock.ConfigureAwait(false))
            {
                do
                {
                    result = await dispatcher.DispatchAsync(module, cancellationToken).ConfigureAwait(false);
                }
                while (trigger.MustRunAgain(module)); // commits made while it ran: at once, without queueing another job
            }
        }
        catch
        {
            trigger.Stopped(module); // the next commit queues a job again (and the sweep retries meanwhile)
            throw;
        }

        if (result.NextRetryAt is { } retryAt)
        {
            jobs.Schedule<OutboxDispatchJob>(job => job.DispatchAsync(module, CancellationToken.None), new DateTimeOffset(retryAt, TimeSpan.Zero));
        }

        if (result.Failed + result.Dead > 0)
        {
            LogRunWithFailures(logger, module, result.Delivered, result.Failed, result.Dead);
        }
    }

    [AutomaticRetry(Attempts = 0)]
    [Queue("outbox")]
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        // One module's failure (its database locked or gone) must not stop the others' delivery.
        foreach (var module in dispatcher.Modules)
        {
            try
            {
                // Not waiting for a module another instance dispatches now: a run is queued behind it instead.
                await DispatchAsync(module, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(logger, ex, module);
            }
        }
    }

    /// <summary>Requeued from the dashboard's failed-jobs page: revive the dead message and dispatch.</summary>
    [AutomaticRetry(Attempts = 0)]
    [Queue("outbox")]
    public async Task ReviveAsync(string module, Guid messageId, CancellationToken cancellationToken)
    {
        await dispatcher.ReviveAsync(module, messageId, cancellationToken).ConfigureAwait(false);
        await DispatchAsync(module, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The sweep could not dispatch the outbox of {Module}; it goes on with the other modules")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception, string module);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox of {Module}: {Delivered} delivered, {Failed} to retry, {Dead} dead")]
    private static partial void LogRunWithFailures(ILogger logger, string module, int delivered, int failed, int dead);
}
