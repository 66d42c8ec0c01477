using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Registry.Contracts;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.Registry.Tests;

/// <summary>A test-only sector module that keeps a projection of residents from the registry's events.</summary>
public sealed class ListenerModule : IModule
{
    public string Name => "listener";

    public string Title => "Test listener";

    public bool Owns(Type type) => type == typeof(ListenerDbContext) || type == typeof(ResidentProjection);

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<ListenerDbContext, ListenerDbContext, ListenerDbContext>(configuration, Name);

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
    }
}

public sealed class SeenResident
{
    public long Id { get; set; }

    public Guid ResidentId { get; set; }

    public string Sex { get; set; } = "";

    public Guid PosyanduId { get; set; }
}

public sealed class ListenerDbContext(DbContextOptions<ListenerDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "listener";

    public DbSet<SeenResident> Seen => Set<SeenResident>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<SeenResident>().ToTable("seen_residents");
}

public sealed class ResidentProjection(ListenerDbContext db) : IIntegrationEventHandler<ResidentRegistered>
{
    public Task HandleAsync(ResidentRegistered integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        db.Seen.Add(new SeenResident { ResidentId = integrationEvent.ResidentId, Sex = integrationEvent.Sex, PosyanduId = integrationEvent.PosyanduId });
        return Task.CompletedTask;
    }
}
