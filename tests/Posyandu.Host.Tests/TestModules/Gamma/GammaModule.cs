using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Host.Tests.TestModules.Gamma;

public sealed class GammaModule() : TestModule<GammaDbContext>("gamma");

public sealed class GammaDbContext(DbContextOptions<GammaDbContext> options) : ConsumerDbContext(options, "gamma");

/// <summary>Records each delivered ThingCreated once; throws while a test injects faults for "gamma".</summary>
public sealed class ThingCreatedHandler(GammaDbContext db, IServiceProvider services) : IIntegrationEventHandler<ThingCreated>
{
    public Task HandleAsync(ThingCreated integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        services.GetService<FaultInjection>()?.ThrowIfFaulted("gamma");
        db.Seen.Add(new ThingSeen { ThingId = integrationEvent.ThingId, MessageId = context.MessageId });
        services.GetService<DispatchInterrupt>()?.Tick();
        return Task.CompletedTask;
    }
}
