using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.Host.Hosting;

/// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: every module's database answers too.</summary>
internal static class HealthSetup
{
    public static IServiceCollection AddPosyanduHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ModuleDatabasesHealthCheck>("databases", tags: ["ready"]);
        return services;
    }

    public static WebApplication MapPosyanduHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }
}
