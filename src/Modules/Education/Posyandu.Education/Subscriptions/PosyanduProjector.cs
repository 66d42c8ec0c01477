using Posyandu.Education.Domain;
using Posyandu.Education.Persistence;
using Posyandu.Registry.Contracts;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Education.Subscriptions;

/// <summary>
/// Keeps Education's list of Posyandu (name, village, active) from the registry's events: library inventories and
/// activities are recorded against a Posyandu and fall under its village's scope.
/// </summary>
internal sealed class PosyanduProjector(EducationDbContext db) :
    IIntegrationEventHandler<PosyanduRegistered>,
    IIntegrationEventHandler<PosyanduUpdated>,
    IIntegrationEventHandler<PosyanduDeactivated>
{
    public async Task HandleAsync(PosyanduRegistered integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (await db.Posyandu.FindAsync([integrationEvent.PosyanduId], cancellationToken) is null)
        {
            db.Posyandu.Add(new PosyanduSite { PosyanduId = integrationEvent.PosyanduId, Name = integrationEvent.Name, RegionCode = integrationEvent.RegionCode });
        }
    }

    public async Task HandleAsync(PosyanduUpdated integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var site = await FindAsync(integrationEvent.PosyanduId, cancellationToken);
        (site.Name, site.RegionCode) = (integrationEvent.Name, integrationEvent.RegionCode);
    }

    public async Task HandleAsync(PosyanduDeactivated integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        (await FindAsync(integrationEvent.PosyanduId, cancellationToken)).Active = false;
    }

    /// <summary>A change that overtook the registration: throw so the outbox retries it after the registration.</summary>
    private async Task<PosyanduSite> FindAsync(Guid id, CancellationToken ct) =>
        await db.Posyandu.FindAsync([id], ct) ?? throw new InvalidOperationException($"Posyandu {id} is not projected yet; retry later.");
}
