using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.Host.Tests.TestModules;

/// <summary>
/// Test-only modules sharing this assembly, split by namespace (<see cref="IModule.Owns"/>): <c>alpha</c> produces
/// <see cref="ThingCreated"/>, <c>beta</c> and <c>gamma</c> consume it. No migrations: their schema is created directly.
/// </summary>
public abstract class TestModule<TContext>(string name) : IModule
    where TContext : ModuleDbContext
{
    public string Name => name;

    public string Title => $"Test module {name}";

    public bool Owns(Type type) => type.Namespace?.StartsWith(GetType().Namespace!, StringComparison.Ordinal) == true;

    public virtual void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<TContext, TContext, TContext>(configuration, name);

    public virtual void MapEndpoints(IEndpointRouteBuilder group)
    {
    }
}

/// <summary>What the producer publishes; a contract shared by the test modules.</summary>
public sealed record ThingCreated(Guid ThingId, string Label) : IIntegrationEvent;

/// <summary>A fact about one thing (a subject): consumers must apply a thing's renames in order.</summary>
public sealed record ThingRenamed(Guid ThingId, string Label) : ISubjectEvent
{
    string ISubjectEvent.Subject => $"thing:{ThingId}";
}

/// <summary>Lets a test make a named consumer throw its next N deliveries.</summary>
public sealed class FaultInjection
{
    private readonly Dictionary<string, int> _failures = [];
    private readonly Dictionary<string, string> _messages = [];
    private readonly Dictionary<string, (int Left, string Module)> _waits = [];

    /// <summary>The consumer's next N deliveries say they wait for an event of <paramref name="module"/>.</summary>
    public void WaitNext(string consumer, int times, string module)
    {
        lock (_failures)
        {
            _waits[consumer] = (times, module);
        }
    }

    /// <param name="message">The exception's message (careless code puts what it got there).</param>
    public void FailNext(string consumer, int times, string? message = null)
    {
        lock (_failures)
        {
            _failures[consumer] = times;
            _messages[consumer] = message ?? $"Injected failure in {consumer}.";
        }
    }

    public void ThrowIfFaulted(string consumer)
    {
        lock (_failures)
        {
            if (_failures.TryGetValue(consumer, out var left) && left > 0)
            {
                _failures[consumer] = left - 1;
                throw new InvalidOperationException(_messages[consumer]);
            }

            if (_waits.TryGetValue(consumer, out var wait) && wait.Left > 0)
            {
                _waits[consumer] = (wait.Left - 1, wait.Module);
                throw new AwaitedEventMissingException(wait.Module, $"{consumer} waits for an event of {wait.Module}.");
            }
        }
    }
}

/// <summary>A consumer module's record of a delivered event: an auto-numbered row, so a double delivery would show as two.</summary>
public sealed class ThingSeen
{
    public long Id { get; set; }

    public Guid ThingId { get; set; }

    public Guid MessageId { get; set; }
}

public abstract class ConsumerDbContext(DbContextOptions options, string schema) : ModuleDbContext(options)
{
    public override string Schema => schema;

    public DbSet<ThingSeen> Seen => Set<ThingSeen>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ThingSeen>(e =>
        {
            e.ToTable("things_seen");
            e.HasKey(s => s.Id);
        });
}

/// <summary>Cancels a dispatch run after a number of deliveries: a process dying in the middle of a batch.</summary>
public sealed class DispatchInterrupt
{
    private CancellationTokenSource? _source;
    private int _left;

    public CancellationToken ArmAfter(int deliveries)
    {
        _source = new CancellationTokenSource();
        _left = deliveries;
        return _source.Token;
    }

    public void Tick()
    {
        if (_source is not null && Interlocked.Decrement(ref _left) == 0)
        {
            _source.Cancel();
        }
    }
}
