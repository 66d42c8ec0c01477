using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Posyandu.SharedKernel.Logging;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.SharedKernel.Messaging;

/// <summary>
/// Delivers one module's pending outbox messages to every subscribed handler. Each delivery runs in its own scope
/// and commits the handler's effect together with an inbox row, so a message delivered twice (after a crash, or by
/// two dispatchers) has its effect once. A message is marked processed only when every handler has it; a failing
/// handler is retried with back-off and, after <see cref="OutboxOptions.MaxAttempts"/>, the message is marked dead.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    SubscriptionRegistry subscriptions,
    IEnumerable<ModuleDatabase> databases,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    IOutboxDeadLetters deadLetters,
    OutboxTelemetry telemetry,
    ReadModelRebuildGate rebuilds,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>How long a message whose consumer is being rebuilt waits before it is tried again.</summary>
    private static readonly TimeSpan RebuildPause = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, ModuleDatabase> _databases = databases.ToDictionary(d => d.Module, StringComparer.Ordinal);

    public IEnumerable<string> Modules => _databases.Keys;

    /// <summary>Dispatches until nothing due is left.</summary>
    /// <returns>What happened, including the earliest time a failed message is due again (to schedule a retry).</returns>
    public async Task<DispatchResult> DispatchAsync(string module, CancellationToken cancellationToken)
    {
        var database = Database(module);
        var result = new DispatchResult();
        var batchSize = options.Value.BatchSize;
        using var logScope = logger.BeginScope(new Dictionary<string, object> { ["Module"] = module });
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var outbox = database.Resolve(scope.ServiceProvider);
            var now = time.GetUtcNow().UtcDateTime;
            var batch = await outbox.OutboxMessages
                .Where(m => m.Status == OutboxStatus.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
                .OrderBy(m => m.Sequence)
                .Take(batchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);

            // A message that cannot be read is set aside here, before delivery: one unreadable row (a renamed
            // enum member after a deploy) must not stop the rows after it, which are delivered as usual.
            var deliveries = new List<Delivery>();
            var unreadable = new Dictionary<Guid, string>();
            foreach (var message in batch)
            {
                if (TryReadDeliveries(module, message, out var reason) is { } read)
                {
                    deliveries.AddRange(read);
                }
                else
                {
                    unreadable[message.MessageId] = reason!;
                }
            }

            var held = await HoldBehindWaitingAsync(outbox, batch, deliveries, now, cancellationToken).ConfigureAwait(false);
            var (paused, failures) = await DeliverUnlessRebuildingAsync(deliveries, cancellationToken).ConfigureAwait(false);

            var healthy = await HealthyModulesAsync(failures, cancellationToken).ConfigureAwait(false);
            foreach (var message in batch)
            {
                if (unreadable.TryGetValue(message.MessageId, out var reason))
                {
                    SetAside(module, message, reason, result);
                }
                else if (held.TryGetValue(message.MessageId, out var due))
                {
                    Hold(message, due, result);
                }
                else if (paused.Contains(message.MessageId))
                {
                    Hold(message, now + RebuildPause, result, "Waits for the rebuild of a consumer's read models.");
                }
                else
                {
                    Settle(module, message, failures.GetValueOrDefault(message.MessageId) ?? [], healthy, result);
                }
            }

            // One write for the batch: if the process dies before it, the batch is delivered again and the
            // consumers' inboxes make that a no-op.
            await outbox.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count < batchSize)
            {
                return result;
            }
        }
    }

    /// <summary>Puts a dead message back in the queue with a fresh attempt count (operator action).</summary>
    public async Task<bool> ReviveAsync(string module, Guid messageId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = Database(module).Resolve(scope.ServiceProvider);
        var message = await outbox.OutboxMessages
            .SingleOrDefaultAsync(m => m.MessageId == messageId && m.Status == OutboxStatus.Dead, cancellationToken)
            .ConfigureAwait(false);
        if (message is null)
        {
            return false;
        }

        message.Status = OutboxStatus.Pending;
        message.Attempts = 0;
        message.NextAttemptAt = null;
        await outbox.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private ModuleDatabase Database(string module) =>
        _databases.TryGetValue(module, out var database)
            ? database
            : throw new InvalidOperationException($"No database is registered for module '{module}'.");

    /// <summary>Every handler the message goes to (none when nobody subscribes to its type), or null when the payload cannot be read.</summary>
    /// <param name="reason">Why it cannot be read: the type and the JSON path, never the payload's values.</param>
    private List<Delivery>? TryReadDeliveries(string module, OutboxMessage message, out string? reason)
    {
        reason = null;
        if (subscriptions.EventType(message.Type) is not { } eventType)
        {
            return [];
        }

        if (!IntegrationEventSerializer.TryDeserialize(message.Payload, eventType, out var integrationEvent, out reason))
        {
            LogUnreadable(logger, message.MessageId, module, reason);
            return null;
        }

        var context = new IntegrationEventContext(message.MessageId, module, message.OccurredAt);
        return subscriptions.For(eventType).Select(s => new Delivery(s, integrationEvent, context, message.TraceParent)).ToList();
    }

    /// <summary>
    /// The modules named by this batch's <see cref="AwaitedEventMissingException"/>s that have no dead message:
    /// an event awaited from them is still coming, so the wait for it does not kill the message.
    /// </summary>
    private async Task<HashSet<string>> HealthyModulesAsync(Dictionary<Guid, List<DeliveryFailure>> failures, CancellationToken cancellationToken)
    {
        var healthy = new HashSet<string>(StringComparer.Ordinal);
        var awaited = failures.Values.SelectMany(f => f).Select(f => f.Error).OfType<AwaitedEventMissingException>()
            .Select(e => e.Module).Where(_databases.ContainsKey).Distinct(StringComparer.Ordinal);
        foreach (var module in awaited)
        {
            await using var scope = scopes.CreateAsyncScope();
            var outbox = Database(module).Resolve(scope.ServiceProvider);
            if (!await outbox.OutboxMessages.AnyAsync(m => m.Status == OutboxStatus.Dead, cancellationToken).ConfigureAwait(false))
            {
                healthy.Add(module);
            }
        }

        return healthy;
    }

    /// <summary>
    /// Takes out of <paramref name="deliveries"/> the batch's messages about a subject (<see cref="ISubjectEvent"/>)
    /// of which an earlier message waits for its retry (pending, due later): they wait until it is due and then
    /// come after it, by sequence. Only waiting rows of subject types are read, and there are few.
    /// </summary>
    /// <returns>The held messages, with the time they are due again.</returns>
    private async Task<Dictionary<Guid, DateTime>> HoldBehindWaitingAsync(
        ModuleDbContext outbox, List<OutboxMessage> batch, List<Delivery> deliveries, DateTime now, CancellationToken cancellationToken)
    {
        var held = new Dictionary<Guid, DateTime>();
        var subjectTypes = subscriptions.SubjectTypeNames;
        if (batch.Count == 0 || subjectTypes.Count == 0 || !deliveries.Exists(d => d.Event is ISubjectEvent))
        {
            return held;
        }

        var last = batch[^1].Sequence;
        var waitingRows = await outbox.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt > now && m.Sequence < last && subjectTypes.Contains(m.Type))
            .OrderBy(m => m.Sequence).Take(10_000)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var waiting = new Dictionary<string, (long Sequence, DateTime Due)>(StringComparer.Ordinal);
        foreach (var row in waitingRows)
        {
            if (IntegrationEventSerializer.TryDeserialize(row.Payload, subscriptions.EventType(row.Type)!, out var e, out _) && e is ISubjectEvent subject)
            {
                waiting.TryAdd(subject.Subject, (row.Sequence, row.NextAttemptAt!.Value));
            }
        }

        if (waiting.Count == 0)
        {
            return held;
        }

        var sequences = batch.ToDictionary(m => m.MessageId, m => m.Sequence);
        foreach (var delivery in deliveries)
        {
            if (delivery.Event is ISubjectEvent subject && waiting.TryGetValue(subject.Subject, out var earlier)
                && earlier.Sequence < sequences[delivery.Context.MessageId])
            {
                held[delivery.Context.MessageId] = earlier.Due;
            }
        }

        deliveries.RemoveAll(d => held.ContainsKey(d.Context.MessageId));
        return held;
    }

    /// <summary>
    /// Delivers each consumer module's share holding that consumer's delivery lock (<see cref="ReadModelRebuildGate"/>),
    /// so a rebuild starting meanwhile, in any instance, waits for it; the share of a consumer being rebuilt is not
    /// delivered: its messages wait for the rebuild.
    /// </summary>
    private async Task<(HashSet<Guid> Paused, Dictionary<Guid, List<DeliveryFailure>> Failures)> DeliverUnlessRebuildingAsync(
        List<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var paused = new HashSet<Guid>();
        var failures = new Dictionary<Guid, List<DeliveryFailure>>();
        foreach (var share in deliveries.GroupBy(d => d.Subscription.ConsumerModule, StringComparer.Ordinal).ToList())
        {
            await using var entered = await rebuilds.TryEnterAsync(share.Key, cancellationToken).ConfigureAwait(false);
            if (entered is null)
            {
                paused.UnionWith(share.Select(d => d.Context.MessageId));
                continue;
            }

            foreach (var (messageId, failed) in await DeliverAsync(share.ToList(), cancellationToken).ConfigureAwait(false))
            {
                (failures.TryGetValue(messageId, out var known) ? known : failures[messageId] = []).AddRange(failed);
            }
        }

        return (paused, failures);
    }

    /// <summary>A held message is not tried: it is due with the earlier one it waits for, and no attempt is counted.</summary>
    private static void Hold(OutboxMessage message, DateTime due, DispatchResult result, string why = "Waits for an earlier message about the same subject.")
    {
        message.NextAttemptAt = due;
        message.LastError = why;
        result.Held++;
        result.NextRetryAt = result.NextRetryAt is { } earlier && earlier < due ? earlier : due;
    }

    /// <summary>An unreadable message is dead at once: retrying cannot help until a deploy can read it (then revive it).</summary>
    private void SetAside(string module, OutboxMessage message, string reason, DispatchResult result)
    {
        message.Attempts++;
        message.LastError = Truncate(reason, 4000);
        message.Status = OutboxStatus.Dead;
        message.NextAttemptAt = null;
        result.Dead++;
        telemetry.DeadLettered(module);
        deadLetters.Report(module, message);
    }

    /// <summary>What is stored as a failure's reason: the handler, the exception type and its message with NIK/KK-like numbers masked.</summary>
    internal static string Reason(DeliveryFailure failure) =>
        $"{failure.Handler}: {failure.Error.GetType().Name}: {PersonalDataRedactor.Redact(failure.Error.Message)}";

    /// <summary>
    /// Delivers in order, each consumer module's share in one <see cref="Persistence.WriteBatch"/> (one commit per
    /// consumer instead of one per delivery, which was most of a delivery's cost). If anything in a consumer's
    /// batch fails, the batch is rolled back and that consumer's deliveries are made again one by one, each in its own
    /// transaction, so a failing handler fails only its own message — as if they had never been batched.
    /// </summary>
    /// <returns>The failures, by message id, for <see cref="Settle"/> (or the rebuild's report).</returns>
    internal async Task<Dictionary<Guid, List<DeliveryFailure>>> DeliverAsync(IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var failures = new Dictionary<Guid, List<DeliveryFailure>>();
        foreach (var consumer in deliveries.GroupBy(d => d.Subscription.ConsumerModule, StringComparer.Ordinal))
        {
            var share = consumer.ToList();
            if (share.Count > 1 && await TryDeliverTogetherAsync(consumer.Key, share, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var refusedSubjects = new HashSet<string>(StringComparer.Ordinal);
            foreach (var delivery in share)
            {
                var subject = delivery.Event is ISubjectEvent s ? $"{delivery.Context.SourceModule}/{s.Subject}" : null;
                if (subject is not null && refusedSubjects.Contains(subject))
                {
                    // An earlier fact about this subject was refused: this one waits for it (applied after, never before).
                    var waits = failures.TryGetValue(delivery.Context.MessageId, out var listed) ? listed : failures[delivery.Context.MessageId] = [];
                    waits.Add(new DeliveryFailure(delivery.Subscription.HandlerName, new EarlierSubjectMessagePendingException(subject)));
                    continue;
                }

                using var activity = OutboxTelemetry.StartDelivery(delivery);
                try
                {
                    if (await DeliverToAsync(delivery.Subscription, delivery.Event, delivery.Context, cancellationToken).ConfigureAwait(false))
                    {
                        telemetry.Delivered(delivery);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    telemetry.Failed(delivery, activity, ex);
                    LogDeliveryFailed(logger, ex, delivery.Context.MessageId, delivery.Subscription.HandlerName);
                    var list = failures.TryGetValue(delivery.Context.MessageId, out var known) ? known : failures[delivery.Context.MessageId] = [];
                    list.Add(new DeliveryFailure(delivery.Subscription.HandlerName, ex));
                    if (subject is not null)
                    {
                        refusedSubjects.Add(subject);
                    }
                }
            }
        }

        return failures;
    }

    /// <summary>
    /// One consumer's deliveries in one scope and one save: the handlers share the DbContext, so a row that several
    /// events touch (a report total, a replica) is written once for the batch rather than once per event. Handlers
    /// find rows by key (<c>FindAsync</c> sees what an earlier delivery added) or remember what they loaded for the
    /// scope (see <see cref="IIntegrationEventHandler{TEvent}"/>).
    /// </summary>
    /// <returns>False when anything failed: nothing was committed.</returns>
    private async Task<bool> TryDeliverTogetherAsync(string consumerModule, List<Delivery> share, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var consumer = Database(consumerModule).Resolve(scope.ServiceProvider);
        try
        {
            await using var batch = await consumer.BeginWriteBatchAsync(cancellationToken).ConfigureAwait(false);
            var ids = share.Select(d => d.Context.MessageId).Distinct().ToList();
            var applied = (await consumer.InboxMessages.AsNoTracking().Where(i => ids.Contains(i.MessageId))
                    .Select(i => new { i.MessageId, i.Handler }).ToListAsync(cancellationToken).ConfigureAwait(false))
                .Select(i => (i.MessageId, i.Handler)).ToHashSet();
            var applying = share.Where(d => !applied.Contains((d.Context.MessageId, d.Subscription.HandlerName))).ToList();
            foreach (var delivery in applying)
            {
                using var activity = OutboxTelemetry.StartDelivery(delivery);
                var handler = scope.ServiceProvider.GetRequiredService(delivery.Subscription.HandlerType);
                await delivery.Subscription.InvokeAsync(handler, delivery.Event, delivery.Context, cancellationToken).ConfigureAwait(false);
                consumer.InboxMessages.Add(new InboxMessage(delivery.Context.MessageId, delivery.Subscription.HandlerName, time.GetUtcNow().UtcDateTime));
            }

            await consumer.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await batch.CommitAsync(cancellationToken).ConfigureAwait(false);
            applying.ForEach(telemetry.Delivered);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogBatchFellBack(logger, ex, consumerModule, share.Count);
            return false;
        }
    }

    /// <summary>Marks a delivered message processed, or schedules its retry (dead after the last attempt).</summary>
    private void Settle(string module, OutboxMessage message, List<DeliveryFailure> failures, HashSet<string> healthy, DispatchResult result)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (failures.Count == 0)
        {
            message.Status = OutboxStatus.Processed;
            message.ProcessedAt = now;
            message.NextAttemptAt = null;
            message.LastError = null;
            result.Delivered++;
            telemetry.Settled(module, now - message.OccurredAt);
            return;
        }

        message.Attempts++;
        message.LastError = Truncate(string.Join(" | ", failures.Select(Reason)), 4000);
        var onlyWaiting = failures.TrueForAll(f =>
            f.Error is EarlierSubjectMessagePendingException || (f.Error is AwaitedEventMissingException awaited && healthy.Contains(awaited.Module)));
        if (message.Attempts >= options.Value.MaxAttempts && !onlyWaiting)
        {
            message.Status = OutboxStatus.Dead;
            message.NextAttemptAt = null;
            result.Dead++;
            telemetry.DeadLettered(module);
            deadLetters.Report(module, message);
            return;
        }

        message.NextAttemptAt = now + options.Value.RetryDelay(message.Attempts);
        result.Failed++;
        result.NextRetryAt = result.NextRetryAt is { } earlier && earlier < message.NextAttemptAt ? earlier : message.NextAttemptAt;
    }

    /// <summary>Applies one message to one subscription, in the consumer's transaction with its inbox row (a no-op if already applied).</summary>
    /// <returns>False when it had been applied already.</returns>
    internal async Task<bool> DeliverToAsync(Subscription subscription, IIntegrationEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var consumer = Database(subscription.ConsumerModule).Resolve(scope.ServiceProvider);
        if (await AlreadyAppliedAsync(consumer, subscription, context.MessageId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var handler = scope.ServiceProvider.GetRequiredService(subscription.HandlerType);
        await subscription.InvokeAsync(handler, integrationEvent, context, cancellationToken).ConfigureAwait(false);
        consumer.InboxMessages.Add(new InboxMessage(context.MessageId, subscription.HandlerName, time.GetUtcNow().UtcDateTime));
        try
        {
            await consumer.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // A unique-key clash on the inbox means another dispatcher applied it first: our transaction rolled
            // back, so the effect stands once. Anything else is a real failure.
            if (!await AlreadyAppliedInFreshScopeAsync(subscription, context.MessageId, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }

            return false;
        }

        return true;
    }

    private static Task<bool> AlreadyAppliedAsync(ModuleDbContext consumer, Subscription subscription, Guid messageId, CancellationToken cancellationToken) =>
        consumer.InboxMessages.AnyAsync(i => i.MessageId == messageId && i.Handler == subscription.HandlerName, cancellationToken);

    private async Task<bool> AlreadyAppliedInFreshScopeAsync(Subscription subscription, Guid messageId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var consumer = Database(subscription.ConsumerModule).Resolve(scope.ServiceProvider);
        return await AlreadyAppliedAsync(consumer, subscription, messageId, cancellationToken).ConfigureAwait(false);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of outbox message {MessageId} to {Handler} failed")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, Guid messageId, string handler);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} of {Module} cannot be read and is set aside as dead: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, Guid messageId, string module, string? reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A batch of {Count} deliveries to {Consumer} failed and is delivered one by one")]
    private static partial void LogBatchFellBack(ILogger logger, Exception exception, string consumer, int count);
}

/// <summary>One message for one handler.</summary>
/// <param name="TraceParent">The publisher's W3C trace context, continued by the delivery's span.</param>
internal sealed record Delivery(Subscription Subscription, IIntegrationEvent Event, IntegrationEventContext Context, string? TraceParent = null);

/// <summary>A handler that refused a message.</summary>
internal sealed record DeliveryFailure(string Handler, Exception Error);

/// <summary>The outcome of one dispatch run.</summary>
public sealed class DispatchResult
{
    public int Delivered { get; set; }

    public int Failed { get; set; }

    public int Dead { get; set; }

    /// <summary>Messages not tried because an earlier one about the same subject waits for its retry.</summary>
    public int Held { get; set; }

    public DateTime? NextRetryAt { get; set; }
}
