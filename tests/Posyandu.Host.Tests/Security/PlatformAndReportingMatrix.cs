using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Persistence;
using Posyandu.Testing.Matrix;
using static Posyandu.Testing.Matrix.EndpointSample;

namespace Posyandu.Host.Tests.Security;

/// <summary>
/// The authorisation matrix of the platform's own endpoints (SharedKernel: outbox, audit, read-model rebuild) and of
/// Reporting, whose tests live here because they need every sector. Each sector module's matrix sits in its own test
/// project; <see cref="MatrixCoverageTests"/> checks that every area the host serves has one.
/// </summary>
public sealed class PlatformAndReportingMatrix() : AuthorizationMatrix("platform", "reporting")
{
    private int _revived;

    /// <summary>Dead outbox rows for the dead-letter samples: one to inspect, several to revive (each call revives another).</summary>
    protected override async Task SeedAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetServices<ModuleDatabase>().Single(d => d.Module == "registry").Resolve(scope.ServiceProvider);
        foreach (var key in new[] { "dead-message", "dead-message-to-revive-1", "dead-message-to-revive-2", "dead-message-to-revive-3", "dead-message-to-revive-4" })
        {
            var message = new OutboxMessage(Guid.CreateVersion7(), "Matrix.NobodySubscribes", "{}", DateTime.UtcNow) { Status = OutboxStatus.Dead, Attempts = 8, LastError = "seeded" };
            registry.OutboxMessages.Add(message);
            World.Ids[key] = message.MessageId.ToString();
        }

        await registry.SaveChangesAsync();
    }

    protected override IEnumerable<EndpointSample> Samples =>
    [
        Get("/api/platform/outbox/dead", _ => "/api/platform/outbox/dead", OutsideScope.NotRegionBound),
        Get("/api/platform/outbox/dead/{module}/{messageId:guid}", w => $"/api/platform/outbox/dead/registry/{w["dead-message"]}", OutsideScope.NotRegionBound),
        new EndpointSample("POST", "/api/platform/outbox/dead/{module}/{messageId:guid}/revive",
            w => new HttpRequestMessage(HttpMethod.Post, $"/api/platform/outbox/dead/registry/{w[$"dead-message-to-revive-{Interlocked.Increment(ref _revived)}"]}/revive"),
            OutsideScope.NotRegionBound),
        Get("/api/platform/audit", _ => "/api/platform/audit", OutsideScope.NotRegionBound),
        new EndpointSample("POST", "/api/platform/read-models/{module}/rebuild",
            _ => new HttpRequestMessage(HttpMethod.Post, "/api/platform/read-models/reporting/rebuild"), OutsideScope.NotRegionBound),
        Get("/api/reporting/scorecard", _ => "/api/reporting/scorecard?region=64.02&period=2026-11", OutsideScope.NotFound),
        Get("/api/reporting/indicators/{indicatorId}/series", _ => "/api/reporting/indicators/ajuan-sla/series?region=64.02&period=2026-11", OutsideScope.NotFound),
        Get("/api/reporting/indicators/{indicatorId}/ranking", _ => "/api/reporting/indicators/ajuan-sla/ranking?region=64.02&period=2026-11", OutsideScope.NotFound),
        Get("/api/reporting/scorecard/export", _ => "/api/reporting/scorecard/export?region=64.02&period=2026-11&format=xlsx", OutsideScope.NotFound),
        Get("/api/reporting/indicators/{indicatorId}/ranking/export", _ => "/api/reporting/indicators/ajuan-sla/ranking/export?region=64.02&period=2026-11", OutsideScope.NotFound),
        Get("/api/reporting/posyandu/overdue", _ => "/api/reporting/posyandu/overdue?region=64.02", OutsideScope.NotFound),
        Get("/api/reporting/posyandu/days-held", _ => "/api/reporting/posyandu/days-held?region=64.02&period=2026-11", OutsideScope.NotFound),
    ];
}
