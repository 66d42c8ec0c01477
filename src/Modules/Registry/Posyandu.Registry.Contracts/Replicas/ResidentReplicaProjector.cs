using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Registry.Contracts.Replicas;

/// <summary>
/// Keeps a module's <see cref="ResidentReplica"/> table in step with the registry's resident events. A module
/// declares <c>internal sealed class ResidentProjector(XDbContext db) : ResidentReplicaProjector&lt;XResident&gt;(db.Residents)</c>
/// and the outbox delivers to it like to any other handler. Handlers never call SaveChanges (the dispatcher does).
/// </summary>
public abstract class ResidentReplicaProjector<TResident>(DbSet<TResident> residents) :
    IIntegrationEventHandler<ResidentRegistered>,
    IIntegrationEventHandler<ResidentUpdated>,
    IIntegrationEventHandler<ResidentMoved>,
    IIntegrationEventHandler<ResidentDied>,
    IIntegrationEventHandler<ResidentErased>
    where TResident : ResidentReplica, new()
{
    public async Task HandleAsync(ResidentRegistered e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (await residents.FindAsync([e.ResidentId], ct) is null)
        {
            residents.Add(new TResident
            {
                ResidentId = e.ResidentId, Name = e.Name, Sex = SexOf(e.Sex), BirthDate = e.BirthDate, HouseholdId = e.HouseholdId,
                PosyanduId = e.PosyanduId, RegionCode = e.RegionCode,
            });
        }
    }

    public async Task HandleAsync(ResidentUpdated e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var resident = await FindAsync(e.ResidentId, ct);
        (resident.Name, resident.Sex, resident.BirthDate) = (e.Name, SexOf(e.Sex), e.BirthDate);
        (resident.HouseholdId, resident.PosyanduId, resident.RegionCode) = (e.HouseholdId, e.PosyanduId, e.RegionCode);
    }

    public async Task HandleAsync(ResidentMoved e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var resident = await FindAsync(e.ResidentId, ct);
        (resident.HouseholdId, resident.PosyanduId, resident.RegionCode) = (e.HouseholdId, e.PosyanduId, e.RegionCode);
    }

    public async Task HandleAsync(ResidentDied e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        (await FindAsync(e.ResidentId, ct)).Alive = false;
    }

    /// <summary>The person's name leaves this module's copy; what the module counts (sex, age, place) stays.</summary>
    public async Task HandleAsync(ResidentErased e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        (await FindAsync(e.ResidentId, ct)).Name = ResidentErased.ErasedName;
    }

    /// <summary>A change that overtook the registration: throw so the outbox retries it after the registration.</summary>
    private async Task<TResident> FindAsync(Guid id, CancellationToken ct) =>
        await residents.FindAsync([id], ct) ?? throw new InvalidOperationException($"Resident {id} is not projected yet; retry later.");

    private static Sex SexOf(string sex) =>
        Sexes.TryParse(sex, out var parsed) ? parsed : throw new InvalidOperationException($"Unknown sex '{sex}'.");
}
