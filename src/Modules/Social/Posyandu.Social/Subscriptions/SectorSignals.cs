using Posyandu.Education.Contracts;
using Posyandu.Health.Contracts;
using Posyandu.Housing.Contracts;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Social.Subscriptions;

/// <summary>
/// Health's weighings: a child's latest measurement (by day, then visit id) says whether the child is stunted or
/// wasted now. A republished visit (a late earlier weighing changed its trend) replaces itself; an older visit
/// delivered late changes nothing.
/// </summary>
internal sealed class ChildGrowthSignals(SocialDbContext db) : IIntegrationEventHandler<ChildMeasured>
{
    public async Task HandleAsync(ChildMeasured e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var signal = await db.ChildGrowthSignals.FindAsync([e.ResidentId], ct);
        if (signal is null)
        {
            signal = new ChildGrowthSignal { ResidentId = e.ResidentId };
            db.ChildGrowthSignals.Add(signal);
        }
        else if (signal.VisitId != e.VisitId && (e.MeasuredOn, e.VisitId).CompareTo((signal.MeasuredOn, signal.VisitId)) < 0)
        {
            return;
        }

        (signal.VisitId, signal.MeasuredOn, signal.Stunted, signal.Wasted) = (e.VisitId, e.MeasuredOn, e.Stunted, e.Wasted);
        (signal.PosyanduId, signal.RegionCode) = (e.PosyanduId, e.RegionCode);
    }
}

/// <summary>
/// Housing's assessments and completed rehabilitations: the house is RTLH while its latest assessment (by day, then
/// recording time, then id — Housing's own order) says so and no rehabilitation was completed since.
/// </summary>
internal sealed class HouseSignals(SocialDbContext db) : IIntegrationEventHandler<HouseAssessed>, IIntegrationEventHandler<RehabilitationCompleted>
{
    public async Task HandleAsync(HouseAssessed e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var signal = await FindOrAddAsync(e.HouseholdId, e.PosyanduId, e.RegionCode, ct);
        if (signal.AssessmentId != Guid.Empty && (e.AssessedOn, e.RecordedAt, e.AssessmentId).CompareTo((signal.AssessedOn, signal.RecordedAt, signal.AssessmentId)) < 0)
        {
            return;
        }

        (signal.AssessmentId, signal.AssessedOn, signal.RecordedAt, signal.IsRtlh) = (e.AssessmentId, e.AssessedOn, e.RecordedAt, e.IsRtlh);
        (signal.PosyanduId, signal.RegionCode) = (e.PosyanduId, e.RegionCode);
    }

    public async Task HandleAsync(RehabilitationCompleted e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var signal = await FindOrAddAsync(e.HouseholdId, e.PosyanduId, e.RegionCode, ct);
        if (!(signal.RehabilitatedOn >= e.CompletedOn))
        {
            signal.RehabilitatedOn = e.CompletedOn;
        }
    }

    private async Task<HouseSignal> FindOrAddAsync(Guid householdId, Guid posyanduId, string regionCode, CancellationToken ct)
    {
        if (await db.HouseSignals.FindAsync([householdId], ct) is { } found)
        {
            return found;
        }

        var signal = new HouseSignal { HouseholdId = householdId, PosyanduId = posyanduId, RegionCode = regionCode };
        db.HouseSignals.Add(signal);
        return signal;
    }
}

/// <summary>Education's out-of-school cases: open from identification until resolved.</summary>
internal sealed class OutOfSchoolSignals(SocialDbContext db) :
    IIntegrationEventHandler<OutOfSchoolChildIdentified>, IIntegrationEventHandler<OutOfSchoolChildResolved>
{
    public async Task HandleAsync(OutOfSchoolChildIdentified e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var signal = await FindOrAddAsync(e.CaseId, ct);
        (signal.ResidentId, signal.IdentifiedOn, signal.PosyanduId, signal.RegionCode) = (e.ResidentId, e.IdentifiedOn, e.PosyanduId, e.RegionCode);
    }

    public async Task HandleAsync(OutOfSchoolChildResolved e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        // The resolution may overtake the identification: it carries all the case's facts, so it stands alone.
        var signal = await FindOrAddAsync(e.CaseId, ct);
        (signal.ResidentId, signal.IdentifiedOn, signal.ResolvedOn, signal.PosyanduId, signal.RegionCode) = (e.ResidentId, e.IdentifiedOn, e.ResolvedOn, e.PosyanduId, e.RegionCode);
    }

    private async Task<OutOfSchoolSignal> FindOrAddAsync(Guid caseId, CancellationToken ct)
    {
        if (await db.OutOfSchoolSignals.FindAsync([caseId], ct) is { } found)
        {
            return found;
        }

        var signal = new OutOfSchoolSignal { CaseId = caseId };
        db.OutOfSchoolSignals.Add(signal);
        return signal;
    }
}
