using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Posyandu.SharedKernel.Persistence;

/// <summary>Ready only when every module's database answers (<c>/health/ready</c>).</summary>
public sealed class ModuleDatabasesHealthCheck(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> databases) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        var down = new List<string>();
        await using var scope = scopes.CreateAsyncScope();
        foreach (var database in databases)
        {
            var up = await database.Resolve(scope.ServiceProvider).Database.CanConnectAsync(cancellationToken).ConfigureAwait(false);
            data[database.Module] = up ? "up" : "down";
            if (!up)
            {
                down.Add(database.Module);
            }
        }

        return down.Count == 0
            ? HealthCheckResult.Healthy("All module databases answer.", data)
            : HealthCheckResult.Unhealthy($"Database(s) not answering: {string.Join(", ", down)}", data: data);
    }
}
