using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.SharedKernel.Messaging;

/// <summary>One module's outbox as an operator sees it: counts and instants only, never a payload.</summary>
/// <param name="OldestPendingAt">When the oldest message still waiting for delivery was published (UTC), or null.</param>
public sealed record OutboxState(string Module, int Pending, int Dead, DateTime? OldestPendingAt);

/// <summary>
/// Reads every module's outbox for readiness (<see cref="OutboxHealthCheck"/>) and the metrics' gauges. Three
/// index-backed queries per module (the index on status and sequence); a module whose database does not answer is
/// left out (the databases check reports it).
/// </summary>
public sealed class OutboxMonitor(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> databases)
{
    private readonly Lock _lock = new();
    private (DateTime At, IReadOnlyList<OutboxState> States) _last = (DateTime.MinValue, []);

    /// <summary>Every module's state, read again unless a reading younger than <paramref name="maxAge"/> exists (a scrape reads three gauges).</summary>
    public IReadOnlyList<OutboxState> Read(TimeSpan maxAge)
    {
        lock (_lock)
        {
            // Wall-clock only to age the cache: a test clock that stands still must not freeze the readings.
            if (DateTime.UtcNow - _last.At < maxAge)
            {
                return _last.States;
            }

            var states = new List<OutboxState>();
            using var scope = scopes.CreateScope();
            foreach (var database in databases)
            {
                try
                {
                    var outbox = database.Resolve(scope.ServiceProvider).OutboxMessages.AsNoTracking();
                    var pending = outbox.Where(m => m.Status == OutboxStatus.Pending);
                    states.Add(new OutboxState(
                        database.Module,
                        pending.Count(),
                        outbox.Count(m => m.Status == OutboxStatus.Dead),
                        // Dispatch follows the sequence, so the first pending by sequence is the one holding the others up.
                        pending.OrderBy(m => m.Sequence).Select(m => (DateTime?)m.OccurredAt).FirstOrDefault()));
                }
                catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
                {
                    // Not answering: the databases health check says so.
                }
            }

            _last = (DateTime.UtcNow, states);
            return states;
        }
    }
}
