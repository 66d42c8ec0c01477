using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Registry.Features.Residents;

/// <summary>
/// The registry's stored events about one resident. <see cref="ResidentRegistered"/> and <see cref="ResidentUpdated"/>
/// carry the name (for the kader's worklists), and processed outbox rows are kept as the history read models are
/// rebuilt from — so a corrected or erased name would live on there (UU 27/2022 art. 43). The history is rewritten
/// instead: the name only, never the sex, birth date or place, which the aggregates counted at the time; a rebuild
/// then gives the same figures and the current name.
/// </summary>
internal static class ResidentHistory
{
    private static readonly string[] NamedEvents =
        [IntegrationEventSerializer.TypeName(typeof(ResidentRegistered)), IntegrationEventSerializer.TypeName(typeof(ResidentUpdated))];

    private static readonly string IdentityEvent = IntegrationEventSerializer.TypeName(typeof(ResidentIdentityRecorded));

    /// <summary>
    /// Erasure: the resident's stored <see cref="ResidentIdentityRecorded"/> lose the NIK, KK number, address and
    /// parents (pseudonymised like the names), so neither Health's copy nor a rebuild brings them back.
    /// </summary>
    public static async Task ClearIdentityAsync(RegistryDbContext db, Guid residentId, CancellationToken cancellationToken)
    {
        var id = residentId.ToString();
        var messages = await db.OutboxMessages.Where(m => m.Type == IdentityEvent && m.Payload.Contains(id)).ToListAsync(cancellationToken);
        foreach (var message in messages)
        {
            if (IntegrationEventSerializer.Deserialize(message.Payload, typeof(ResidentIdentityRecorded)) is ResidentIdentityRecorded facts
                && facts.ResidentId == residentId && facts != facts.Cleared())
            {
                message.RewritePayload(facts.Cleared());
            }
        }
    }

    /// <summary>Puts <paramref name="name"/> in every stored event of the resident; saved with the caller's unit of work.</summary>
    public static async Task RewriteNameAsync(RegistryDbContext db, Guid residentId, string name, CancellationToken cancellationToken)
    {
        var id = residentId.ToString(); // the payload's "residentId", in System.Text.Json's Guid format
        var messages = await db.OutboxMessages.Where(m => NamedEvents.Contains(m.Type) && m.Payload.Contains(id)).ToListAsync(cancellationToken);
        foreach (var message in messages)
        {
            switch (IntegrationEventSerializer.Deserialize(message.Payload, message.Type == NamedEvents[0] ? typeof(ResidentRegistered) : typeof(ResidentUpdated)))
            {
                case ResidentRegistered registered when registered.ResidentId == residentId && registered.Name != name:
                    message.RewritePayload(registered with { Name = name });
                    break;
                case ResidentUpdated updated when updated.ResidentId == residentId && updated.Name != name:
                    message.RewritePayload(updated with { Name = name });
                    break;
            }
        }
    }
}
