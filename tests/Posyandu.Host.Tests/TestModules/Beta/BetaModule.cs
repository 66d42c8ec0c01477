using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Host.Tests.TestModules.Beta;

public sealed class BetaModule() : TestModule<BetaDbContext>("beta");

public sealed class BetaDbContext(DbContextOptions<BetaDbContext> options) : ConsumerDbContext(options, "beta");

/// <summary>Records each delivered ThingCreated once; throws while a test injects faults for "beta".</summary>
public sealed class ThingCreatedHandler(BetaDbContext db, IServiceProvider services) : IIntegrationEventHandler<ThingCreated>
{
    public Task HandleAsync(ThingCreated integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        services.GetService<FaultInjection>()?.ThrowIfFaulted("beta");
        db.Seen.Add(new ThingSeen { ThingId = integrationEvent.ThingId, MessageId = context.MessageId });
        services.GetService<DispatchInterrupt>()?.Tick();
        return Task.CompletedTask;
    }
}

/// <summary>Records each applied rename, and the order the handler applied them in (<see cref="Applied"/>); faults as "beta-rename".</summary>
public sealed class ThingRenamedHandler(BetaDbContext db, IServiceProvider services) : IIntegrationEventHandler<ThingRenamed>
{
    public static System.Collections.Concurrent.ConcurrentQueue<(Guid ThingId, Guid MessageId)> Applied { get; } = new();

    public Task HandleAsync(ThingRenamed integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        services.GetService<FaultInjection>()?.ThrowIfFaulted("beta-rename");
        db.Seen.Add(new ThingSeen { ThingId = integrationEvent.ThingId, MessageId = context.MessageId });
        Applied.Enqueue((integrationEvent.ThingId, context.MessageId));
        return Task.CompletedTask;
    }
}
