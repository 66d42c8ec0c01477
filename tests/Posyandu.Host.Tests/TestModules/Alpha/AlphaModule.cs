using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Mediation;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Web;

namespace Posyandu.Host.Tests.TestModules.Alpha;

public sealed class AlphaModule() : TestModule<AlphaDbContext>("alpha")
{
    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        base.AddServices(services, configuration);
        services.AddSingleton<FaultInjection>();
        services.AddSingleton<DispatchInterrupt>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapPost("/things", async (CreateThing command, IMediator mediator, CancellationToken ct) =>
        {
            var thing = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/alpha/things/{thing.Id}", thing);
        }).RequireRoles(Roles.Dpmd);

        group.MapGet("/things/{id:guid}", async (Guid id, AlphaDbContext db, CancellationToken ct) =>
        {
            var thing = await db.Things.FindAsync([id], ct) ?? throw new NotFoundException("Thing");
            await db.RecordReadAsync(nameof(Thing), id.ToString(), null, ct);
            return TypedResults.Ok(thing);
        }).RequireRoles(Roles.Dpmd);

        // Throws an exception whose message carries what the caller sent (as careless code might): the logs must still not show a NIK.
        group.MapPost("/explode", IResult (Explode body) => throw new InvalidOperationException($"Cannot process {body.Nik}"))
            .RequireRoles(Roles.Dpmd);

        group.MapPost("/places", async (Place place, AlphaDbContext db, CancellationToken ct) =>
        {
            db.Places.Add(place);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/alpha/places/{place.Id}", place);
        }).RequireRoles(Roles.Dpmd, Roles.Kader);

        group.MapGet("/places", async (AlphaDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Places.OrderBy(p => p.Name).ToListAsync(ct))).RequireRoles(Roles.Dpmd, Roles.Kader);

        group.MapGet("/places/{id:guid}", async (Guid id, AlphaDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Places.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Place")))
            .RequireRoles(Roles.Dpmd, Roles.Kader);

        group.MapPut("/things/{id:guid}", async (Guid id, RenameThing.Body body, HttpContext http, IMediator mediator, CancellationToken ct) =>
        {
            var thing = await mediator.Send(new RenameThing(id, body.Label, http.Request.IfMatchVersion()), ct);
            http.Response.Headers.ETag = ETags.For(thing.Version);
            return TypedResults.Ok(thing);
        }).RequireRoles(Roles.Dpmd);
    }
}

public sealed record Explode(string Nik, string Name);

/// <summary>A record bound to a village and a Posyandu: the data-scope filters apply to it.</summary>
public sealed class Place : IPosyanduScoped
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string RegionCode { get; set; } = "";

    public Guid PosyanduId { get; set; }
}

public sealed class Thing : IVersioned
{
    public Guid Id { get; set; }

    public string Label { get; set; } = "";

    public int Version { get; set; }
}

public sealed class AlphaDbContext(DbContextOptions<AlphaDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "alpha";

    public DbSet<Thing> Things => Set<Thing>();

    public DbSet<Place> Places => Set<Place>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Thing>(e => e.ToTable("things"));
        modelBuilder.Entity<Place>(e => e.ToTable("places"));
    }
}

/// <summary>Creates a thing and publishes <see cref="ThingCreated"/>; <see cref="FailAfterPublishing"/> makes the handler throw after publishing.</summary>
public sealed record CreateThing(string Label, int Quantity, bool FailAfterPublishing = false) : ICommand<Thing>
{
    public sealed class Validator : AbstractValidator<CreateThing>
    {
        public Validator()
        {
            RuleFor(c => c.Label).NotEmpty().MaximumLength(20);
            RuleFor(c => c.Quantity).InclusiveBetween(1, 10);
        }
    }

    public sealed class Handler(AlphaDbContext db) : IRequestHandler<CreateThing, Thing>
    {
        public Task<Thing> Handle(CreateThing request, CancellationToken cancellationToken)
        {
            var thing = new Thing { Id = Guid.NewGuid(), Label = request.Label };
            db.Things.Add(thing);
            db.Publish(new ThingCreated(thing.Id, thing.Label));
            if (request.FailAfterPublishing)
            {
                throw new BusinessRuleException("Refused after publishing: nothing may be saved.");
            }

            return Task.FromResult(thing);
        }
    }
}

public sealed record RenameThing(Guid Id, string Label, int? ExpectedVersion) : ICommand<Thing>
{
    public sealed record Body(string Label);

    public sealed class Handler(AlphaDbContext db) : IRequestHandler<RenameThing, Thing>
    {
        public async Task<Thing> Handle(RenameThing request, CancellationToken cancellationToken)
        {
            var thing = await db.Things.SingleOrDefaultAsync(t => t.Id == request.Id, cancellationToken)
                        ?? throw new NotFoundException("Thing");
            db.ExpectVersion(thing, request.ExpectedVersion);
            thing.Label = request.Label;
            return thing;
        }
    }
}
