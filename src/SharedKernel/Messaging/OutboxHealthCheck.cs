using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Posyandu.SharedKernel.Messaging;

/// <summary>
/// Readiness that tells the truth about delivery: degraded while a module has a dead message (an operator must look
/// and revive it) or its oldest pending message is older than <see cref="OutboxOptions.HealthMaxPendingAge"/>
/// (delivery stuck or far behind). The response names the module and gives counts and ages only, no personal data.
/// Degraded, not unhealthy: the host still serves requests correctly, only other modules' read models lag.
/// </summary>
public sealed class OutboxHealthCheck(OutboxMonitor monitor, IOptions<OutboxOptions> options, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var limit = options.Value.HealthMaxPendingAge;
        var now = time.GetUtcNow().UtcDateTime;
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var state in monitor.Read(TimeSpan.Zero))
        {
            var age = state.OldestPendingAt is { } oldest ? now - oldest : TimeSpan.Zero;
            data[state.Module] = new Dictionary<string, object>
            {
                ["pending"] = state.Pending,
                ["dead"] = state.Dead,
                ["oldestPendingSeconds"] = Math.Round(Math.Max(0, age.TotalSeconds), 1),
            };
            if (state.Dead > 0)
            {
                problems.Add($"{state.Module}: {state.Dead} dead message(s) (GET /api/platform/outbox/dead)");
            }

            if (age > limit)
            {
                problems.Add($"{state.Module}: oldest pending message waits {age.TotalSeconds:0} s (limit {limit.TotalSeconds:0} s)");
            }
        }

        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy("Every module's outbox is delivered.", data)
            : HealthCheckResult.Degraded("Outbox delivery: " + string.Join("; ", problems), data: data));
    }
}
