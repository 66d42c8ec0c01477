namespace Posyandu.SharedKernel.Messaging;

/// <summary>
/// A fact one module tells the others, published through its transactional outbox. Declare events as immutable
/// records in the module's <c>.Contracts</c> project, named in the past tense (<c>ChildMeasured</c>), carrying ids,
/// region codes and facts: never raw NIKs or names unless a consumer truly needs them. Evolve them additively.
/// </summary>
/// <remarks>The outbox stores the event under its full type name, so do not rename or move an event type.</remarks>
public interface IIntegrationEvent
{
}

/// <summary>
/// Handles an integration event published by another module. Runs in a scope of its own, in the consumer module's
/// transaction: make changes through the module's DbContext and do <b>not</b> call SaveChanges — the dispatcher
/// saves the change together with the inbox row, so a redelivered message has no second effect.
/// The dispatcher may deliver several messages to one module in one scope and one save (falling back to one scope
/// per message if any fails): find rows by key with <c>FindAsync</c>, which sees rows an earlier delivery added, or
/// remember for the scope what you loaded — a query alone does not see rows not saved yet.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken);
}

/// <summary>What a handler may want to know about the message besides the event itself.</summary>
public sealed record IntegrationEventContext(Guid MessageId, string SourceModule, DateTime OccurredAt);
