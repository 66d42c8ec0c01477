using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.Host.Hosting;

/// <summary>
/// <c>/health/live</c>: the process answers (no check runs: cheap enough to poll every second).
/// <c>/health/ready</c>: every module's database answers (else unhealthy, 503) and every module's outbox is delivered —
/// degraded (still 200: requests are served correctly, only read models lag) while a module has a dead message or its
/// oldest pending message is older than <c>Outbox:HealthMaxPendingAge</c>. The JSON body names the module, with counts
/// and ages only.
/// </summary>
internal static class HealthSetup
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IServiceCollection AddPosyanduHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<ModuleDatabasesHealthCheck>("databases", tags: ["ready"])
            .AddCheck<OutboxHealthCheck>("outbox", tags: ["ready"]);
        return services;
    }

    public static WebApplication MapPosyanduHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteJsonAsync }).AllowAnonymous();
        return app;
    }

    /// <summary>The overall status, and each check's status, description and data (module → state).</summary>
    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        }, Json));
    }
}
