using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Operations;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.SharedKernel.ServiceRequests;

/// <summary>
/// The recurring SLA sweep over every module that keeps service requests: marks a step overdue once (publishing
/// <see cref="ServiceRequestOverdue"/> in the same transaction, so it is raised exactly once), then escalates it
/// village → district → regency every <see cref="ServiceRequestOptions.EscalationDelayWorkingDays"/> working days
/// it stays overdue.
/// </summary>
public sealed class ServiceRequestSlaJob(
    IServiceScopeFactory scopes,
    IEnumerable<ServiceRequestSector> sectors,
    IEnumerable<ModuleDatabase> databases,
    SlaClock clock,
    TimeProvider time,
    IOptions<ServiceRequestOptions> options,
    IDistributedLocks locks)
{
    /// <summary>
    /// Once at a time across every instance on the same databases (<see cref="IDistributedLocks"/>): the sweep reads
    /// what is due and then marks it, so two sweeps at once would raise the same overdue step twice. A sweep that finds
    /// another running (in this instance or another) skips: that one does this minute's work, the next does the rest.
    /// </summary>
    [AutomaticRetry(Attempts = 0)] // the next sweep is the retry
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var sweeping = await locks.TryAcquireAsync("service-request-sla", TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        if (sweeping is null)
        {
            return;
        }

        foreach (var sector in sectors)
        {
            await SweepModuleAsync(sector.Module, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SweepModuleAsync(string module, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = databases.Single(d => d.Module == module).Resolve(scope.ServiceProvider);
        var now = time.GetUtcNow().UtcDateTime;
        var requests = db.Set<ServiceRequest>();

        var newlyOverdue = await requests
            .Where(r => r.DueAt != null && r.DueAt < now && r.OverdueSince == null)
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var request in newlyOverdue)
        {
            request.OverdueSince = now;
            db.Publish(new ServiceRequestOverdue(request.Id, request.Sector, request.Type, request.RegionCode, request.PosyanduId,
                request.Status, request.DueAt!.Value, now));
        }

        var delay = options.Value.EscalationDelayWorkingDays;
        var stillOverdue = await requests
            .Where(r => r.OverdueSince != null && r.OverdueSince < now && r.EscalationLevel < 2)
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var request in stillOverdue.Where(r => clock.WorkingDaysBetween(r.LastEscalatedAt ?? r.OverdueSince!.Value, now) >= delay))
        {
            request.EscalationLevel++;
            request.LastEscalatedAt = now;
            var level = request.EscalationLevel == 1 ? RegionLevel.District : RegionLevel.Regency;
            var escalatedTo = RegionCode.Parse(request.RegionCode).AtLevel(level)?.ToString() ?? request.RegionCode;
            db.Publish(new ServiceRequestEscalated(request.Id, request.Sector, request.Type, request.RegionCode, request.PosyanduId,
                request.Status, request.EscalationLevel, escalatedTo, now));
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
