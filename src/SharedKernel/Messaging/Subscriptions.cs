using System.Reflection;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.SharedKernel.Messaging;

/// <summary>One handler of one event type, in one consumer module.</summary>
public sealed class Subscription
{
    private static readonly MethodInfo InvokeMethod =
        typeof(Subscription).GetMethod(nameof(InvokeTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Func<object, IIntegrationEvent, IntegrationEventContext, CancellationToken, Task> _invoke;

    public Subscription(Type eventType, Type handlerType, string consumerModule)
    {
        EventType = eventType;
        HandlerType = handlerType;
        ConsumerModule = consumerModule;
        HandlerName = handlerType.FullName ?? handlerType.Name;
        // Built once at start-up so delivery does no reflection.
        _invoke = InvokeMethod.MakeGenericMethod(eventType)
            .CreateDelegate<Func<object, IIntegrationEvent, IntegrationEventContext, CancellationToken, Task>>();
    }

    public Type EventType { get; }

    public Type HandlerType { get; }

    public string HandlerName { get; }

    public string ConsumerModule { get; }

    public Task InvokeAsync(object handler, IIntegrationEvent integrationEvent, IntegrationEventContext context, CancellationToken ct) =>
        _invoke(handler, integrationEvent, context, ct);

    private static Task InvokeTyped<TEvent>(object handler, IIntegrationEvent integrationEvent, IntegrationEventContext context, CancellationToken ct)
        where TEvent : IIntegrationEvent =>
        ((IIntegrationEventHandler<TEvent>)handler).HandleAsync((TEvent)integrationEvent, context, ct);
}

/// <summary>
/// Who consumes which integration event: every <see cref="IIntegrationEventHandler{TEvent}"/> found in the modules'
/// assemblies. Built once at start-up.
/// </summary>
public sealed class SubscriptionRegistry
{
    private readonly Dictionary<string, Type> _eventTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, List<Subscription>> _byEvent = [];
    private List<string>? _subjectTypeNames;

    public SubscriptionRegistry(ModuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var module in catalog.Modules)
        {
            foreach (var (handlerType, eventType) in FindHandlers(module.Assembly).Where(h => module.Owns(h.Handler)))
            {
                Add(new Subscription(eventType, handlerType, module.Name));
            }
        }
    }

    /// <summary>The outbox <c>Type</c> names of subscribed <see cref="ISubjectEvent"/>s (delivered in order per subject).</summary>
    public IReadOnlyList<string> SubjectTypeNames =>
        _subjectTypeNames ??= _eventTypes.Where(t => typeof(ISubjectEvent).IsAssignableFrom(t.Value)).Select(t => t.Key).ToList();

    public IReadOnlyCollection<Subscription> All => _byEvent.Values.SelectMany(s => s).ToList();

    /// <summary>The CLR type for an outbox <c>Type</c> column, or null when nobody subscribes to it.</summary>
    public Type? EventType(string typeName) => _eventTypes.GetValueOrDefault(typeName);

    public IReadOnlyList<Subscription> For(Type eventType) =>
        _byEvent.TryGetValue(eventType, out var subscriptions) ? subscriptions : [];

    internal static IEnumerable<(Type Handler, Type Event)> FindHandlers(Assembly assembly) =>
        from type in assembly.GetTypes()
        where type is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }
        from contract in type.GetInterfaces()
        where contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>)
        select (type, contract.GetGenericArguments()[0]);

    private void Add(Subscription subscription)
    {
        _eventTypes[IntegrationEventSerializer.TypeName(subscription.EventType)] = subscription.EventType;
        if (!_byEvent.TryGetValue(subscription.EventType, out var list))
        {
            _byEvent[subscription.EventType] = list = [];
        }

        list.Add(subscription);
    }
}
