using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Hangfire;

namespace Posyandu.SharedKernel.Messaging;

/// <summary>
/// Starts a dispatch right after a commit that wrote outbox rows, and coalesces: while a dispatch job for a module is
/// queued, further commits enqueue nothing (that job will see their rows); while one is running, they only ask it to
/// run once more when it is done. So a module has at most one job queued and one running in this instance, however
/// many commits arrive — jobs that queue up behind the module's distributed lock only wait (the in-memory storage
/// spins while it waits), which under load cost more CPU than the dispatching itself.
/// </summary>
public sealed class OutboxTrigger(IBackgroundJobClient jobs)
{
    private const int Idle = 0, Queued = 1, Running = 2, RunAgain = 3;
    private readonly ConcurrentDictionary<string, StrongBox<int>> _states = new(StringComparer.Ordinal);

    public void Signal(string module)
    {
        var state = State(module);
        while (true)
        {
            var current = Volatile.Read(ref state.Value);
            var next = current switch { Idle => Queued, Running => RunAgain, _ => current };
            if (next == current)
            {
                return; // queued, or already asked to run again
            }

            if (Interlocked.CompareExchange(ref state.Value, next, current) == current)
            {
                if (next == Queued)
                {
                    jobs.Enqueue<OutboxDispatchJob>(job => job.DispatchAsync(module, CancellationToken.None));
                }

                return;
            }
        }
    }

    /// <summary>A dispatch job for the module has started: commits from now on ask it to run again.</summary>
    internal void Started(string module) => Volatile.Write(ref State(module).Value, Running);

    /// <summary>The job has dispatched: true when commits arrived meanwhile, so it must dispatch once more.</summary>
    internal bool MustRunAgain(string module)
    {
        var state = State(module);
        while (true)
        {
            var current = Volatile.Read(ref state.Value);
            if (current is Queued or Idle)
            {
                return false; // another job is queued (it will see every row), or nothing is pending
            }

            var next = current == RunAgain ? Running : Idle;
            if (Interlocked.CompareExchange(ref state.Value, next, current) == current)
            {
                return current == RunAgain;
            }
        }
    }

    /// <summary>The job ended without finishing: the next commit queues a new one.</summary>
    internal void Stopped(string module) => Volatile.Write(ref State(module).Value, Idle);

    private StrongBox<int> State(string module) => _states.GetOrAdd(module, _ => new StrongBox<int>(Idle));
}
