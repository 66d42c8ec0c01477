using System.Collections.Concurrent;
using Hangfire;

namespace Posyandu.SharedKernel.Messaging;

/// <summary>
/// Starts a dispatch right after a commit that wrote outbox rows. Coalesces: while a dispatch job for a module is
/// queued and not yet started, further commits enqueue nothing — that job will see their rows too.
/// </summary>
public sealed class OutboxTrigger(IBackgroundJobClient jobs)
{
    private readonly ConcurrentDictionary<string, int> _queued = new(StringComparer.Ordinal);

    public void Signal(string module)
    {
        if (_queued.AddOrUpdate(module, 1, (_, _) => 2) == 1)
        {
            jobs.Enqueue<OutboxDispatchJob>(job => job.DispatchAsync(module, CancellationToken.None));
        }
    }

    /// <summary>Called when a dispatch job starts: later commits need a new job.</summary>
    internal void Started(string module) => _queued.TryRemove(module, out _);
}
