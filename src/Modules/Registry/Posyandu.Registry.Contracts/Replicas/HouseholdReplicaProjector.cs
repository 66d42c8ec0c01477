using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Time;

namespace Posyandu.Registry.Contracts.Replicas;

/// <summary>
/// Keeps a module's <see cref="HouseholdReplica"/> table in step with the registry's household events. A module
/// declares <c>internal sealed class HouseholdProjector(XDbContext db, TimeProvider time) : HouseholdReplicaProjector&lt;XHousehold&gt;(db.Households, time)</c>.
/// </summary>
public abstract class HouseholdReplicaProjector<THousehold>(DbSet<THousehold> households, TimeProvider time) : IIntegrationEventHandler<HouseholdRegistered>
    where THousehold : HouseholdReplica, new()
{
    public async Task HandleAsync(HouseholdRegistered e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(context);
        if (await households.FindAsync([e.HouseholdId], ct) is null)
        {
            households.Add(new THousehold
            {
                HouseholdId = e.HouseholdId, PosyanduId = e.PosyanduId, RegionCode = e.RegionCode,
                RegisteredOn = time.LocalDate(context.OccurredAt), // the local (WITA) calendar day
            });
        }
    }
}
