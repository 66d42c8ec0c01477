using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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
    ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<string, ModuleDatabase> _databases = databases.ToDictionary(d => d.Module, StringComparer.Ordinal);

    public IEnumerable<string> Modules => _databases.Keys;

    /// <summary>Dispatches until nothing due is left.</summary>
    /// <returns>What happened, including the earliest time a failed message is due again (to schedule a retry).</returns>
    public async Task<DispatchResult> DispatchAsync(string module, CancellationToken cancellationToken)
    {
        var database = Database(module);
        var result = new DispatchResult();
        var batchSize = options.Value.BatchSize;
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

            foreach (var message in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await DeliverAsync(module, message, result, cancellationToken).ConfigureAwait(false);
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

    private async Task DeliverAsync(string module, OutboxMessage message, DispatchResult result, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var eventType = subscriptions.EventType(message.Type);
        var failures = new List<string>();
        if (eventType is not null)
        {
            var integrationEvent = IntegrationEventSerializer.Deserialize(message.Payload, eventType);
            var context = new IntegrationEventContext(message.MessageId, module, message.OccurredAt);
            foreach (var subscription in subscriptions.For(eventType))
            {
                try
                {
                    await DeliverToAsync(subscription, integrationEvent, context, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogDeliveryFailed(logger, ex, message.MessageId, subscription.HandlerName, message.Attempts + 1);
                    failures.Add($"{subscription.HandlerName}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        }

        if (failures.Count == 0)
        {
            message.Status = OutboxStatus.Processed;
            message.ProcessedAt = now;
            message.NextAttemptAt = null;
            message.LastError = null;
            result.Delivered++;
            return;
        }

        message.Attempts++;
        message.LastError = Truncate(string.Join(" | ", failures), 4000);
        if (message.Attempts >= options.Value.MaxAttempts)
        {
            message.Status = OutboxStatus.Dead;
            message.NextAttemptAt = null;
            result.Dead++;
            deadLetters.Report(module, message);
            return;
        }

        message.NextAttemptAt = now + options.Value.RetryDelay(message.Attempts);
        result.Failed++;
        result.NextRetryAt = result.NextRetryAt is { } earlier && earlier < message.NextAttemptAt ? earlier : message.NextAttemptAt;
    }

    /// <summary>Applies one message to one subscription, in the consumer's transaction with its inbox row (a no-op if already applied).</summary>
    internal async Task DeliverToAsync(Subscription subscription, IIntegrationEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var consumer = Database(subscription.ConsumerModule).Resolve(scope.ServiceProvider);
        if (await AlreadyAppliedAsync(consumer, subscription, context.MessageId, cancellationToken).ConfigureAwait(false))
        {
            return;
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
        }
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of outbox message {MessageId} to {Handler} failed (attempt {Attempt})")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, Guid messageId, string handler, int attempt);
}

/// <summary>The outcome of one dispatch run.</summary>
public sealed class DispatchResult
{
    public int Delivered { get; set; }

    public int Failed { get; set; }

    public int Dead { get; set; }

    public DateTime? NextRetryAt { get; set; }
}
