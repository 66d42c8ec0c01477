using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Approvals;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Host.Tests.TestModules.Epsilon;

/// <summary>
/// A test module with a sensitive action that needs the village head's approval (as the Trantibumlinmas module's
/// escalations will): recording an incident asks for the approval; escalating it checks that it was granted.
/// </summary>
public sealed class EpsilonModule() : TestModule<EpsilonDbContext>("epsilon")
{
    public const string Escalate = "escalate-incident";

    public sealed record Report(string RegionCode, string Summary);

    public sealed record Reported(Guid Id, Guid ApprovalId);

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        base.AddServices(services, configuration);
        services.AddApprovals();
    }

    public override void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapPost("/incidents", async (Report body, EpsilonDbContext db, ApprovalDesk approvals, CancellationToken ct) =>
        {
            var incident = new Incident { Id = Guid.CreateVersion7(), RegionCode = body.RegionCode, Summary = body.Summary };
            db.Incidents.Add(incident);
            // Asked in the same transaction as the record: no incident without its approval step.
            var approval = approvals.Request(db, "epsilon", Escalate, incident.Id, body.RegionCode, "Eskalasi ke Satpol PP perlu persetujuan kepala desa.");
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/epsilon/incidents/{incident.Id}", new Reported(incident.Id, approval.Id));
        }).RequireRoles(Roles.Social);

        group.MapPost("/incidents/{id:guid}/escalate", async (Guid id, EpsilonDbContext db, CancellationToken ct) =>
        {
            var incident = await db.Incidents.SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException("Incident");
            await ApprovalDesk.EnsureApprovedAsync(db, Escalate, id, ct);
            incident.Escalated = true;
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(new { incident.Id, incident.Escalated });
        }).RequireRoles(Roles.Social);

        group.MapApprovals(Name, Roles.Social);
    }
}

public sealed class Incident : IRegionScoped
{
    public Guid Id { get; init; }

    public string RegionCode { get; init; } = "";

    public string Summary { get; init; } = "";

    public bool Escalated { get; set; }
}

public sealed class EpsilonDbContext(DbContextOptions<EpsilonDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "epsilon";

    public DbSet<Incident> Incidents => Set<Incident>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Incident>(e =>
        {
            e.ToTable("incidents");
            e.HasKey(i => i.Id);
        });
        modelBuilder.AddApprovals();
    }
}
