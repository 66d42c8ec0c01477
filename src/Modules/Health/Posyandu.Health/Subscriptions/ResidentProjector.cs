using Posyandu.Health.Domain;
using Posyandu.Health.Persistence;
using Posyandu.Registry.Contracts;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Health.Subscriptions;

/// <summary>Keeps Health's projection of residents in step with the registry's events.</summary>
internal sealed class ResidentProjector(HealthDbContext db) :
    IIntegrationEventHandler<ResidentRegistered>,
    IIntegrationEventHandler<ResidentUpdated>,
    IIntegrationEventHandler<ResidentMoved>,
    IIntegrationEventHandler<ResidentDied>
{
    public async Task HandleAsync(ResidentRegistered e, IntegrationEventContext context, CancellationToken ct)
    {
        if (await db.Residents.FindAsync([e.ResidentId], ct) is null)
        {
            db.Residents.Add(new ResidentProjection
            {
                ResidentId = e.ResidentId, Name = e.Name, Sex = SexOf(e.Sex), BirthDate = e.BirthDate, PosyanduId = e.PosyanduId, RegionCode = e.RegionCode,
            });
        }
    }

    public async Task HandleAsync(ResidentUpdated e, IntegrationEventContext context, CancellationToken ct)
    {
        var resident = await FindAsync(e.ResidentId, ct);
        (resident.Name, resident.Sex, resident.BirthDate) = (e.Name, SexOf(e.Sex), e.BirthDate);
    }

    public async Task HandleAsync(ResidentMoved e, IntegrationEventContext context, CancellationToken ct)
    {
        var resident = await FindAsync(e.ResidentId, ct);
        (resident.PosyanduId, resident.RegionCode) = (e.PosyanduId, e.RegionCode);
    }

    public async Task HandleAsync(ResidentDied e, IntegrationEventContext context, CancellationToken ct) =>
        (await FindAsync(e.ResidentId, ct)).Alive = false;

    /// <summary>A change before the registration arrived: throw so the outbox retries it after the registration.</summary>
    private async Task<ResidentProjection> FindAsync(Guid id, CancellationToken ct) =>
        await db.Residents.FindAsync([id], ct) ?? throw new InvalidOperationException($"Resident {id} is not projected yet; retry later.");

    private static Sex SexOf(string sex) => Sexes.TryParse(sex, out var parsed) ? parsed : throw new InvalidOperationException($"Unknown sex '{sex}'.");
}
