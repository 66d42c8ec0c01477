using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Web;

namespace Posyandu.SharedKernel.Messaging;

/// <summary>Implemented by a module whose tables are read models: empties them before a rebuild.</summary>
public interface IReadModelReset
{
    string Module { get; }

    Task ResetAsync(ModuleDbContext db, CancellationToken cancellationToken);
}

/// <summary>
/// Rebuilds a module's read models from the event history every module keeps in its outbox: empties them and the
/// module's inbox, then delivers every stored event the module subscribes to again — across modules in the order
/// they occurred — through the same handlers as live delivery. The result equals what live delivery built.
/// </summary>
public sealed class ReadModelRebuilder(
    IServiceScopeFactory scopes,
    SubscriptionRegistry subscriptions,
    IEnumerable<ModuleDatabase> databases,
    IEnumerable<IReadModelReset> resets,
    OutboxDispatcher dispatcher,
    ReadModelRebuildGate gate)
{
    private const int PageSize = 500;

    /// <summary>
    /// The Hangfire entry point: fails the job (visible on the dashboard) when a delivery failed or another rebuild
    /// runs — in any instance: the gate's lock is shared by every instance on the same databases.
    /// </summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task RebuildInBackgroundAsync(string module, CancellationToken cancellationToken)
    {
        var (_, failures) = await RebuildAsync(module, cancellationToken).ConfigureAwait(false);
        if (failures.Count > 0)
        {
            throw new InvalidOperationException($"{failures.Count} deliveries failed while rebuilding '{module}': {string.Join(" | ", failures.Take(20))}");
        }
    }

    /// <returns>How many events were delivered again, and how many of those a handler refused (logged by the caller).</returns>
    /// <exception cref="Errors.ConflictException">Another rebuild runs, here or in another instance (<see cref="ReadModelRebuildGate"/>).</exception>
    public async Task<(int Delivered, IReadOnlyList<string> Failures)> RebuildAsync(string module, CancellationToken cancellationToken)
    {
        // Live delivery to the module is paused from here on, in every instance; those already running finish first.
        await using var rebuild = await gate.TryBeginAsync(module, cancellationToken).ConfigureAwait(false) ?? throw gate.Busy();
        return await ReplayAsync(module, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(int Delivered, IReadOnlyList<string> Failures)> ReplayAsync(string module, CancellationToken cancellationToken)
    {
        var reset = resets.SingleOrDefault(r => r.Module == module)
                    ?? throw new InvalidOperationException($"Module '{module}' declares no read models to rebuild.");
        var mine = subscriptions.All.Where(s => s.ConsumerModule == module).ToList();
        var types = mine.Select(s => IntegrationEventSerializer.TypeName(s.EventType)).Distinct().ToList();

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = databases.Single(d => d.Module == module).Resolve(scope.ServiceProvider);
            await reset.ResetAsync(db, cancellationToken).ConfigureAwait(false);
            // Keyed requests' proofs of effect are no read model: they stay.
            await db.InboxMessages.Where(i => i.Handler != IdempotencyMarker.Handler).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        // A k-way merge of every module's history by time of occurrence (each module's own order is its sequence).
        var cursors = new PriorityQueue<Cursor, (DateTime, string, long)>();
        foreach (var source in databases)
        {
            var cursor = new Cursor(source, types);
            if (await cursor.MoveNextAsync(scopes, cancellationToken).ConfigureAwait(false))
            {
                cursors.Enqueue(cursor, cursor.Key);
            }
        }

        var delivered = 0;
        var failures = new List<string>();
        var chunk = new List<Delivery>();
        while (cursors.TryDequeue(out var cursor, out _))
        {
            var message = cursor.Current!;
            var eventType = subscriptions.EventType(message.Type)!;
            if (IntegrationEventSerializer.TryDeserialize(message.Payload, eventType, out var integrationEvent, out var reason))
            {
                var context = new IntegrationEventContext(message.MessageId, cursor.Source.Module, message.OccurredAt);
                chunk.AddRange(mine.Where(s => s.EventType == eventType).Select(s => new Delivery(s, integrationEvent, context)));
            }
            else
            {
                // Reported and skipped: the rest of the history is replayed (the live outbox has set it aside as dead).
                failures.Add($"{message.MessageId} ({cursor.Source.Module}): {reason}");
            }

            delivered++;
            if (delivered % PageSize == 0)
            {
                await DeliverAsync(chunk, failures, cancellationToken).ConfigureAwait(false);
            }

            if (await cursor.MoveNextAsync(scopes, cancellationToken).ConfigureAwait(false))
            {
                cursors.Enqueue(cursor, cursor.Key);
            }
        }

        await DeliverAsync(chunk, failures, cancellationToken).ConfigureAwait(false);
        return (delivered, failures);
    }

    /// <summary>
    /// Replays a chunk of the merged history (in order) in one transaction — committing event by event made a rebuild
    /// of millions of events take hours — through the dispatcher's batched delivery, which falls back to one
    /// transaction per delivery when a handler fails, so failures are reported exactly as before.
    /// </summary>
    private async Task DeliverAsync(List<Delivery> chunk, List<string> failures, CancellationToken cancellationToken)
    {
        var failed = await dispatcher.DeliverAsync(chunk, cancellationToken).ConfigureAwait(false);
        foreach (var id in chunk.Select(d => d.Context.MessageId).Distinct())
        {
            failures.AddRange((failed.GetValueOrDefault(id) ?? []).Select(f => $"{id} → {OutboxDispatcher.Reason(f)}"));
        }

        chunk.Clear();
    }

    /// <summary>Pages through one module's outbox, oldest first, keeping only the event types wanted.</summary>
    private sealed class Cursor(ModuleDatabase source, List<string> types)
    {
        private readonly Queue<OutboxMessage> _page = new();
        private long _after = -1;
        private bool _exhausted;

        public ModuleDatabase Source => source;

        public OutboxMessage? Current { get; private set; }

        public (DateTime, string, long) Key => (Current!.OccurredAt, source.Module, Current.Sequence);

        public async Task<bool> MoveNextAsync(IServiceScopeFactory scopes, CancellationToken ct)
        {
            if (_page.Count == 0 && !_exhausted)
            {
                await using var scope = scopes.CreateAsyncScope();
                var rows = await source.Resolve(scope.ServiceProvider).OutboxMessages.AsNoTracking()
                    .Where(m => m.Sequence > _after && types.Contains(m.Type))
                    .OrderBy(m => m.Sequence).Take(PageSize)
                    .ToListAsync(ct).ConfigureAwait(false);
                rows.ForEach(_page.Enqueue);
                _exhausted = rows.Count < PageSize;
                _after = rows.Count > 0 ? rows[^1].Sequence : _after;
            }

            Current = _page.Count > 0 ? _page.Dequeue() : null;
            return Current is not null;
        }
    }
}
