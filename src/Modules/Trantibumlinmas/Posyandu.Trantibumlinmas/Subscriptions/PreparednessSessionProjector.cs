using Posyandu.GeneralEducation.Contracts;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Trantibumlinmas.Subscriptions;

/// <summary>
/// KIE on kesiapsiagaan is GeneralEducation's activity: this module keeps its own copy of the activities held under the
/// sector tag <c>bencana-trantibum</c> from <see cref="ActivityHeld"/> (a correction replaces the copy), never reading
/// GeneralEducation's tables.
/// </summary>
internal sealed class PreparednessSessionProjector(TrantibumlinmasDbContext db) : IIntegrationEventHandler<ActivityHeld>
{
    public async Task HandleAsync(ActivityHeld e, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (e.SectorTag != PreparednessSession.SectorTag)
        {
            return;
        }

        var session = await db.PreparednessSessions.FindAsync([e.ActivityId], cancellationToken);
        if (session is null)
        {
            session = new PreparednessSession { ActivityId = e.ActivityId };
            db.PreparednessSessions.Add(session);
        }

        session.PosyanduId = e.PosyanduId;
        session.RegionCode = e.RegionCode;
        session.Date = e.Date;
        session.Topic = e.Topic;
        session.Attendees = e.Attendees + e.Guests;
    }
}
