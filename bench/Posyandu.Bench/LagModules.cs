using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Bench;

/// <summary>
/// Two bench-only modules for the outbox lag: <c>pinger</c> saves a row and publishes <see cref="Pinged"/> in one
/// SaveChanges; <c>ponger</c> consumes it and stamps when it handled it. Lag = handled − committed.
/// </summary>
public sealed record Pinged(Guid Id, DateTime CommittedAt) : IIntegrationEvent;

public sealed class Ping
{
    public Guid Id { get; set; }

    public DateTime At { get; set; }
}

public sealed class Pong
{
    public Guid Id { get; set; }

    public DateTime CommittedAt { get; set; }

    public DateTime HandledAt { get; set; }
}

public sealed class PingerDbContext(DbContextOptions<PingerDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "pinger";

    public DbSet<Ping> Pings => Set<Ping>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<Ping>().ToTable("pings");
}

public sealed class PongerDbContext(DbContextOptions<PongerDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "ponger";

    public DbSet<Pong> Pongs => Set<Pong>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<Pong>().ToTable("pongs");
}

/// <summary>Bench modules share this assembly; each owns the types of its own class's declaring file (by type list).</summary>
public abstract class BenchModule(string name, params Type[] types) : IModule
{
    public string Name => name;

    public string Title => name;

    public bool Owns(Type type) => types.Contains(type);

    public abstract void AddServices(IServiceCollection services, IConfiguration configuration);

    public virtual void MapEndpoints(IEndpointRouteBuilder group)
    {
    }
}

public sealed class PingerModule() : BenchModule("pinger", typeof(PingerDbContext))
{
    public override void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<PingerDbContext, PingerDbContext, PingerDbContext>(configuration, Name);

    /// <summary>The write path of a real command, minus MediatR: one row and one event per request, one SaveChanges.</summary>
    public override void MapEndpoints(IEndpointRouteBuilder group) =>
        group.MapPost("/pings", async (PingerDbContext db, CancellationToken ct) =>
        {
            var ping = new Ping { Id = Guid.NewGuid(), At = DateTime.UtcNow };
            db.Pings.Add(ping);
            db.Publish(new Pinged(ping.Id, ping.At));
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/pinger/pings/{ping.Id}", ping.Id);
        }).RequireRoles(Roles.Dpmd);
}

public sealed class PongerModule() : BenchModule("ponger", typeof(PongerDbContext), typeof(PongerPingedHandler))
{
    public override void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<PongerDbContext, PongerDbContext, PongerDbContext>(configuration, Name);
}

public sealed class PongerPingedHandler(PongerDbContext db) : IIntegrationEventHandler<Pinged>
{
    public Task HandleAsync(Pinged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        db.Pongs.Add(new Pong { Id = integrationEvent.Id, CommittedAt = integrationEvent.CommittedAt, HandledAt = DateTime.UtcNow });
        return Task.CompletedTask;
    }
}
