using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Registry.Contracts.Replicas;

/// <summary>
/// Keeps a module's <see cref="HouseholdReplica"/> table in step with the registry's household events. A module
/// declares <c>internal sealed class HouseholdProjector(XDbContext db) : HouseholdReplicaProjector&lt;XHousehold&gt;(db.Households)</c>.
/// </summary>
public abstract class HouseholdReplicaProjector<THousehold>(DbSet<THousehold> households) : IIntegrationEventHandler<HouseholdRegistered>
    where THousehold : HouseholdReplica, new()
{
    /// <summary>Kalimantan Timur keeps WITA: the registration day is the local calendar day.</summary>
    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);

    public async Task HandleAsync(HouseholdRegistered e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(context);
        if (await households.FindAsync([e.HouseholdId], ct) is null)
        {
            households.Add(new THousehold
            {
                HouseholdId = e.HouseholdId, PosyanduId = e.PosyanduId, RegionCode = e.RegionCode,
                RegisteredOn = DateOnly.FromDateTime(context.OccurredAt + Wita),
            });
        }
    }
}
