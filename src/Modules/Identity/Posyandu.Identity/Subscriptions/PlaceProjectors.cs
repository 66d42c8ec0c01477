using Posyandu.Registry.Contracts;
using Posyandu.Registry.Contracts.Replicas;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Identity.Subscriptions;

/// <summary>Keeps the module's list of Posyandu in step with the registry's events.</summary>
internal sealed class PosyanduProjector(IdentityDbContext db) : PosyanduReplicaProjector<IdentityPosyandu>(db.Posyandu);

/// <summary>Keeps the module's copy of the Kemendagri regions: account regions are checked against it, never against the registry's tables.</summary>
internal sealed class RegionProjector(IdentityDbContext db) : IIntegrationEventHandler<RegionRegistered>
{
    public async Task HandleAsync(RegionRegistered e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var region = await db.Regions.FindAsync([e.Code], ct);
        if (region is null)
        {
            db.Regions.Add(new IdentityRegion { Code = e.Code, Level = e.Level, Name = e.Name });
        }
        else
        {
            (region.Level, region.Name) = (e.Level, e.Name);
        }
    }
}
