using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Auditing;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.ServiceRequests;

namespace Posyandu.SharedKernel.Platform;

/// <summary>Operator endpoints over the shared machinery: dead outbox messages and the audit trail.</summary>
public static class PlatformEndpoints
{
    public static IEndpointRouteBuilder MapPlatformEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/platform").WithTags("Platform");
        group.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/outbox/dead", ListDeadMessagesAsync)
            .WithName("ListDeadMessages")
            .WithSummary("Integration events that could not be delivered after every retry, across all modules.")
            .RequireRoles();

        group.MapGet("/outbox/dead/{module}/{messageId:guid}", InspectDeadMessageAsync)
            .WithName("InspectDeadMessage")
            .WithSummary("One dead integration event with its payload (ids and codes) and the reason it was set aside.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles();

        // The outbox row is the source of truth, so this works after a restart (Hangfire's in-memory failed job may be gone).
        group.MapPost("/outbox/dead/{module}/{messageId:guid}/revive", ReviveDeadMessageAsync)
            .WithName("ReviveDeadMessage")
            .WithSummary("Puts a dead integration event back in its module's queue with fresh attempts and dispatches it.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles();

        // Runs as a background job: long, and outside any caller's data scope.
        // One rebuild at a time (ReadModelRebuildGate): while one runs, another is refused here with 409.
        group.MapPost("/read-models/{module}/rebuild", async Task<Results<Accepted<RebuildQueued>, ProblemHttpResult>> (string module, IEnumerable<IReadModelReset> resets, ReadModelRebuildGate gate, IBackgroundJobClient jobs, CancellationToken cancellationToken) =>
                !resets.Any(r => r.Module == module)
                    ? TypedResults.Problem(statusCode: 404, title: "Not found.", detail: $"Module '{module}' has no read models.")
                    : await gate.IsBusyAsync(cancellationToken)
                        ? TypedResults.Problem(statusCode: 409, title: "Conflict with the current state.", detail: gate.Busy().Message)
                        : TypedResults.Accepted("/hangfire/jobs/processing", new RebuildQueued(module, jobs.Enqueue<ReadModelRebuilder>(r => r.RebuildInBackgroundAsync(module, CancellationToken.None)))))
            .WithName("RebuildReadModels")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Empties a module's read models and rebuilds them from every module's event history, as a background job (also: dotnet run --project src/Host -- rebuild-read-models <module>).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles();

        group.MapGet("/audit", QueryAuditAsync)
            .WithName("QueryAudit")
            .WithSummary("The audit trail across all modules, newest first (ids only, never personal data).")
            .RequireRoles(Roles.Dpmd);

        // The village's worklist across the sectors' service requests (its own area, /api/service-requests).
        app.MapServiceRequestQueue();
        return app;
    }

    /// <summary>The rebuild job queued on Hangfire.</summary>
    public sealed record RebuildQueued(string Module, string JobId);

    public sealed record DeadMessage(string Module, Guid MessageId, string Type, DateTime OccurredAt, int Attempts, string? LastError);

    private static async Task<Ok<List<DeadMessage>>> ListDeadMessagesAsync(IServiceProvider services, IEnumerable<ModuleDatabase> databases, CancellationToken ct)
    {
        var dead = new List<DeadMessage>();
        foreach (var database in databases)
        {
            var db = database.Resolve(services);
            dead.AddRange(await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Dead)
                .OrderBy(m => m.Sequence)
                .Select(m => new DeadMessage(database.Module, m.MessageId, m.Type, m.OccurredAt, m.Attempts, m.LastError))
                .ToListAsync(ct).ConfigureAwait(false));
        }

        return TypedResults.Ok(dead);
    }

    public sealed record DeadMessageDetail(
        string Module, Guid MessageId, long Sequence, string Type, DateTime OccurredAt, int Attempts, string? LastError, string Payload);

    private static async Task<Results<Ok<DeadMessageDetail>, ProblemHttpResult>> InspectDeadMessageAsync(
        string module, Guid messageId, IServiceProvider services, IEnumerable<ModuleDatabase> databases, CancellationToken ct)
    {
        if (databases.FirstOrDefault(d => d.Module == module) is not { } database)
        {
            return DeadMessageNotFound(module, messageId);
        }

        var message = await database.Resolve(services).OutboxMessages.AsNoTracking()
            .SingleOrDefaultAsync(m => m.MessageId == messageId && m.Status == OutboxStatus.Dead, ct).ConfigureAwait(false);
        return message is null
            ? DeadMessageNotFound(module, messageId)
            : TypedResults.Ok(new DeadMessageDetail(module, message.MessageId, message.Sequence, message.Type, message.OccurredAt,
                message.Attempts, message.LastError, message.Payload));
    }

    public sealed record RevivedMessage(string Module, Guid MessageId);

    private static async Task<Results<Accepted<RevivedMessage>, ProblemHttpResult>> ReviveDeadMessageAsync(
        string module, Guid messageId, OutboxDispatcher dispatcher, OutboxTrigger trigger, CancellationToken ct)
    {
        if (!dispatcher.Modules.Contains(module, StringComparer.Ordinal) || !await dispatcher.ReviveAsync(module, messageId, ct).ConfigureAwait(false))
        {
            return DeadMessageNotFound(module, messageId);
        }

        trigger.Signal(module);
        return TypedResults.Accepted((string?)null, new RevivedMessage(module, messageId));
    }

    private static ProblemHttpResult DeadMessageNotFound(string module, Guid messageId) =>
        TypedResults.Problem(statusCode: 404, title: "Not found.", detail: $"No dead message {messageId} in module '{module}'.");

    public sealed record AuditLine(string Module, DateTime At, string Actor, string Roles, string Entity, string EntityId, string Action, string? RegionCode, string? Subjects);

    /// <summary>Filters combine; at most <paramref name="take"/> (≤ 500) lines, newest first.</summary>
    private static async Task<Ok<List<AuditLine>>> QueryAuditAsync(
        IServiceProvider services, IEnumerable<ModuleDatabase> databases, ICurrentUser user, CancellationToken ct,
        string? module = null, string? entity = null, string? entityId = null, string? actor = null,
        DateTime? from = null, DateTime? to = null, int take = 100)
    {
        take = Math.Clamp(take, 1, 500);
        var lines = new List<AuditLine>();
        foreach (var database in databases.Where(d => module is null || d.Module == module))
        {
            var query = database.Resolve(services).AuditEntries.AsNoTracking();
            // A regional coordinator sees the trail of their own region only.
            if (user.Scope.RegionPrefix is { } prefix)
            {
                query = query.Where(a => a.RegionCode != null && a.RegionCode.StartsWith(prefix));
            }

            if (entity is not null) query = query.Where(a => a.Entity == entity);
            // A person's reads include the listings that returned them (one line per listing, their id among the subjects).
            if (entityId is not null) query = query.Where(a => a.EntityId == entityId || (a.Subjects != null && a.Subjects.Contains(entityId)));
            if (actor is not null) query = query.Where(a => a.Actor == actor);
            if (from is not null) query = query.Where(a => a.At >= from);
            if (to is not null) query = query.Where(a => a.At < to);
            lines.AddRange(await query.OrderByDescending(a => a.Id).Take(take)
                .Select(a => new AuditLine(database.Module, a.At, a.Actor, a.Roles, a.Entity, a.EntityId, a.Action, a.RegionCode, a.Subjects))
                .ToListAsync(ct).ConfigureAwait(false));
        }

        return TypedResults.Ok(lines.OrderByDescending(l => l.At).Take(take).ToList());
    }
}
