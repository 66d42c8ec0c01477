using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;

namespace Posyandu.SharedKernel.ServiceRequests;

/// <summary>
/// What waits for the village, across every sector that keeps service requests: the requests to verify (diajukan) or
/// to forward (diverifikasi), oldest step first — the village's worklist. Each sector's rows stay in its own tables;
/// this reads them through each module's own DbContext, so its scope filters decide what a caller sees (a desa user:
/// its own village only).
/// </summary>
public static class ServiceRequestQueue
{
    /// <param name="Url">The request in its sector's API (for the history, documents and transitions).</param>
    /// <param name="WaitingSince">When the current step began (UTC).</param>
    public sealed record WaitingRequest(
        Guid Id, string Sector, string Type, string TypeName, Guid PosyanduId, string RegionCode, ServiceRequestStatus Status,
        DateTime WaitingSince, DateTime? DueAt, bool Overdue, int EscalationLevel, DateTime SubmittedAt, string Url);

    public static IEndpointRouteBuilder MapServiceRequestQueue(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/service-requests").WithTags("Platform");
        group.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/waiting-for-village", WaitingAsync)
            .WithName("ListServiceRequestsWaitingForVillage")
            .WithSummary("Every sector's requests waiting for the village (to verify or to forward), oldest step first; region: a prefix within the caller's scope (a desa user sees its own village only).")
            .ProducesValidationProblem()
            .RequireRoles(Roles.Desa, Roles.Dpmd);
        return app;
    }

    private static async Task<Ok<List<WaitingRequest>>> WaitingAsync(
        IServiceProvider services, IEnumerable<ServiceRequestSector> sectors, IEnumerable<ModuleDatabase> databases, CancellationToken ct,
        string? region = null, int take = 200)
    {
        var prefix = region is null ? null : Fields.Parse<RegionCode>(region, "region").ToString();
        take = Math.Clamp(take, 1, 500);
        var waiting = new List<WaitingRequest>();
        foreach (var sector in sectors)
        {
            var query = databases.Single(d => d.Module == sector.Module).Resolve(services).Set<ServiceRequest>().AsNoTracking()
                .Where(r => r.Status == ServiceRequestStatus.Diajukan || r.Status == ServiceRequestStatus.Diverifikasi); // WaitingForVillage
            if (prefix is not null)
            {
                query = query.Where(r => r.RegionCode.StartsWith(prefix));
            }

            var rows = await query.OrderBy(r => r.StatusSince).Take(take).ToListAsync(ct).ConfigureAwait(false);
            waiting.AddRange(rows.Select(r => new WaitingRequest(
                r.Id, r.Sector, r.Type, sector.Find(r.Type)?.Name ?? r.Type, r.PosyanduId, r.RegionCode, r.Status, r.StatusSince, r.DueAt,
                r.OverdueSince is not null, r.EscalationLevel, r.SubmittedAt, $"/api/{sector.Module}/service-requests/{r.Id}")));
        }

        return TypedResults.Ok(waiting.OrderBy(w => w.WaitingSince).Take(take).ToList());
    }
}
