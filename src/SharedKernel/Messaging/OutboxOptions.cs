namespace Posyandu.SharedKernel.Messaging;

/// <summary>The <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Messages read per round trip.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Deliveries tried before a message is marked dead.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry waits this long; each further retry doubles it, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Cron of the sweep that dispatches whatever a missed trigger (a restart, a retry) left pending.</summary>
    public string SweepCron { get; set; } = "* * * * *";

    /// <summary>
    /// Readiness is degraded when a module's oldest pending message is older than this (or it has a dead message):
    /// delivery is stuck or far behind, so the read models other modules keep are going stale.
    /// </summary>
    public TimeSpan HealthMaxPendingAge { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Max(0, attempts - 1));
        var delay = TimeSpan.FromTicks((long)Math.Min(BaseRetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }
}
