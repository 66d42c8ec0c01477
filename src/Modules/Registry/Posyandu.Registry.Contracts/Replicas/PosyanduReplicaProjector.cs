using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Registry.Contracts.Replicas;

/// <summary>
/// Keeps a module's <see cref="PosyanduReplica"/> table in step with the registry's Posyandu events. A module declares
/// <c>internal sealed class PosyanduProjector(XDbContext db) : PosyanduReplicaProjector&lt;XPosyandu&gt;(db.Posyandu)</c>;
/// handlers never call SaveChanges (the dispatcher does, with the inbox row).
/// </summary>
public abstract class PosyanduReplicaProjector<TPosyandu>(DbSet<TPosyandu> posyandu) :
    IIntegrationEventHandler<PosyanduRegistered>,
    IIntegrationEventHandler<PosyanduUpdated>,
    IIntegrationEventHandler<PosyanduDeactivated>
    where TPosyandu : PosyanduReplica, new()
{
    public async Task HandleAsync(PosyanduRegistered e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (await posyandu.FindAsync([e.PosyanduId], ct) is null)
        {
            posyandu.Add(new TPosyandu { PosyanduId = e.PosyanduId, Name = e.Name, RegionCode = e.RegionCode });
        }
    }

    public async Task HandleAsync(PosyanduUpdated e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var site = await FindAsync(e.PosyanduId, ct);
        (site.Name, site.RegionCode) = (e.Name, e.RegionCode);
    }

    public async Task HandleAsync(PosyanduDeactivated e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        (await FindAsync(e.PosyanduId, ct)).Active = false;
    }

    /// <summary>A change that overtook the registration: throw so the outbox retries it after the registration.</summary>
    private async Task<TPosyandu> FindAsync(Guid id, CancellationToken ct) =>
        await posyandu.FindAsync([id], ct) ?? throw new InvalidOperationException($"Posyandu {id} is not projected yet; retry later.");
}
