using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.SharedKernel.Messaging;

/// <summary>
/// After a restore: delivers again every processed message of the producers' kept outbox history that a consumer's
/// inbox lacks — the case of a consumer restored from an older point than its producer (one module's file restored
/// alone, or SQL Server databases restored at different moments). Pending messages are left to the dispatcher and
/// dead ones to the operator. Deliveries go through the dispatcher's batched path in the order the events occurred
/// across modules; the inbox makes a message a consumer already has a no-op, so running it twice changes nothing.
/// </summary>
public sealed class InboxReconciler(
    IServiceScopeFactory scopes,
    SubscriptionRegistry subscriptions,
    IEnumerable<ModuleDatabase> databases,
    OutboxDispatcher dispatcher)
{
    private const int PageSize = 1000;

    /// <returns>The deliveries made, and the failures (each left for the operator: the message stays processed in its outbox).</returns>
    public async Task<(int Delivered, IReadOnlyList<string> Failures)> ReconcileAsync(CancellationToken cancellationToken)
    {
        var missing = new List<(OutboxMessageHeader Message, Subscription Subscription)>();
        foreach (var producer in databases)
        {
            missing.AddRange(await MissingFromAsync(producer, cancellationToken).ConfigureAwait(false));
        }

        var ordered = missing.OrderBy(m => m.Message.OccurredAt).ThenBy(m => m.Message.Module, StringComparer.Ordinal)
            .ThenBy(m => m.Message.Sequence).ToList();
        var failures = new List<string>();
        var delivered = 0;
        foreach (var chunk in ordered.Chunk(500))
        {
            var deliveries = new List<Delivery>();
            foreach (var group in chunk.GroupBy(m => m.Message.Module))
            {
                var payloads = await PayloadsAsync(group.Key, group.Select(m => m.Message.Sequence).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
                foreach (var (message, subscription) in group)
                {
                    if (IntegrationEventSerializer.TryDeserialize(payloads[message.Sequence], subscription.EventType, out var integrationEvent, out var reason))
                    {
                        deliveries.Add(new Delivery(subscription, integrationEvent, new IntegrationEventContext(message.MessageId, message.Module, message.OccurredAt)));
                    }
                    else
                    {
                        failures.Add($"{message.MessageId} ({message.Module}): {reason}");
                    }
                }
            }

            // Back in the order of occurrence (grouping by producer above only fetched the payloads).
            var order = chunk.Select((m, i) => (m.Message.MessageId, m.Subscription.HandlerName, i)).ToDictionary(x => (x.MessageId, x.HandlerName), x => x.i);
            deliveries.Sort((a, b) => order[(a.Context.MessageId, a.Subscription.HandlerName)].CompareTo(order[(b.Context.MessageId, b.Subscription.HandlerName)]));
            var failed = await dispatcher.DeliverAsync(deliveries, cancellationToken).ConfigureAwait(false);
            foreach (var (id, list) in failed)
            {
                failures.AddRange(list.Select(f => $"{id} → {OutboxDispatcher.Reason(f)}"));
            }

            delivered += deliveries.Count - failed.Values.Sum(l => l.Count);
        }

        return (delivered, failures);
    }

    private sealed record OutboxMessageHeader(string Module, long Sequence, Guid MessageId, string Type, DateTime OccurredAt);

    /// <summary>The producer's processed messages, page by page (ids only), checked against each subscribed consumer's inbox.</summary>
    private async Task<List<(OutboxMessageHeader, Subscription)>> MissingFromAsync(ModuleDatabase producer, CancellationToken ct)
    {
        var types = subscriptions.All.Select(s => IntegrationEventSerializer.TypeName(s.EventType)).Distinct().ToList();
        var missing = new List<(OutboxMessageHeader, Subscription)>();
        var after = -1L;
        while (true)
        {
            List<OutboxMessageHeader> page;
            await using (var scope = scopes.CreateAsyncScope())
            {
                page = await producer.Resolve(scope.ServiceProvider).OutboxMessages.AsNoTracking()
                    .Where(m => m.Sequence > after && m.Status == OutboxStatus.Processed && types.Contains(m.Type))
                    .OrderBy(m => m.Sequence).Take(PageSize)
                    .Select(m => new OutboxMessageHeader(producer.Module, m.Sequence, m.MessageId, m.Type, m.OccurredAt))
                    .ToListAsync(ct).ConfigureAwait(false);
            }

            if (page.Count == 0)
            {
                return missing;
            }

            after = page[^1].Sequence;
            var wanted = page.SelectMany(m => subscriptions.For(subscriptions.EventType(m.Type)!).Select(s => (Message: m, Subscription: s))).ToList();
            foreach (var consumer in wanted.GroupBy(w => w.Subscription.ConsumerModule, StringComparer.Ordinal))
            {
                var ids = consumer.Select(w => w.Message.MessageId).Distinct().ToList();
                HashSet<(Guid, string)> applied;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var inbox = databases.Single(d => d.Module == consumer.Key).Resolve(scope.ServiceProvider).InboxMessages.AsNoTracking();
                    applied = (await inbox.Where(i => ids.Contains(i.MessageId)).Select(i => new { i.MessageId, i.Handler }).ToListAsync(ct).ConfigureAwait(false))
                        .Select(i => (i.MessageId, i.Handler)).ToHashSet();
                }

                missing.AddRange(consumer.Where(w => !applied.Contains((w.Message.MessageId, w.Subscription.HandlerName))).Select(w => (w.Message, w.Subscription)));
            }
        }
    }

    private async Task<Dictionary<long, string>> PayloadsAsync(string module, List<long> sequences, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await databases.Single(d => d.Module == module).Resolve(scope.ServiceProvider).OutboxMessages.AsNoTracking()
            .Where(m => sequences.Contains(m.Sequence))
            .ToDictionaryAsync(m => m.Sequence, m => m.Payload, ct).ConfigureAwait(false);
    }
}
