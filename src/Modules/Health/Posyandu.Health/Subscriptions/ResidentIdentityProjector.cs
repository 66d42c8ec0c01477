using Posyandu.Registry.Contracts;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Health.Subscriptions;

/// <summary>
/// Keeps Health's <see cref="ResidentIdentity"/> (the e-PPGBM identity facts) in step with the registry: each
/// <see cref="ResidentIdentityRecorded"/> states what is now true, and an erasure clears the copy (UU 27/2022 art. 43).
/// </summary>
internal sealed class ResidentIdentityProjector(HealthDbContext db) :
    IIntegrationEventHandler<ResidentIdentityRecorded>,
    IIntegrationEventHandler<ResidentErased>
{
    public async Task HandleAsync(ResidentIdentityRecorded e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var identity = await db.ResidentIdentities.FindAsync([e.ResidentId], ct);
        if (identity is null)
        {
            db.ResidentIdentities.Add(identity = new ResidentIdentity { ResidentId = e.ResidentId });
        }

        (identity.Nik, identity.NomorKk, identity.MotherResidentId, identity.FatherResidentId) = (e.Nik, e.NomorKk, e.MotherResidentId, e.FatherResidentId);
        (identity.Address, identity.Rt, identity.Rw) = (e.Address, e.Rt, e.Rw);
        (identity.HouseholdId, identity.PosyanduId, identity.RegionCode) = (e.HouseholdId, e.PosyanduId, e.RegionCode);
    }

    public async Task HandleAsync(ResidentErased e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        // A resident registered before identities were published has no copy: nothing to clear.
        if (await db.ResidentIdentities.FindAsync([e.ResidentId], ct) is { } identity)
        {
            (identity.Nik, identity.NomorKk, identity.MotherResidentId, identity.FatherResidentId) = (null, null, null, null);
            (identity.Address, identity.Rt, identity.Rw) = (null, null, null);
        }
    }
}
