using System.Diagnostics;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Time;

namespace Posyandu.Host.Synthetic;

/// <summary>
/// <c>dotnet run --project src/Host -- --seed-demo</c> (<c>Demo:Seed=true</c>): the demo dataset at start-up, written by
/// the same engine as the generator (<see cref="Generator"/>, scale <see cref="Scale.Demo"/>) — Posyandu, kader,
/// households and residents, then every sector's records for the last 12 months up to today (WITA), so a newcomer's
/// dashboard has figures in every sector, the current month included. Deterministic for seed 64 and the day; only
/// into an empty registry, so a restart seeds nothing twice. Runs before requests are served and leaves every outbox
/// dispatched (the engine pumps them), so the first scorecard already shows every sector.
/// </summary>
internal sealed partial class DemoDataSeeding(IServiceProvider services, IConfiguration configuration, TimeProvider clock, ILogger<DemoDataSeeding> logger)
    : IModuleStartupTask
{
    public const int Seed = 64;

    public const int Months = 12;

    /// <summary>After the registry's regions are seeded.</summary>
    public int Order => 100;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var options = configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
        if (!options.Seed)
        {
            return;
        }

        if (await Generator.RegistryHasPosyanduAsync(services, cancellationToken))
        {
            LogSkipped(logger);
            return;
        }

        var scale = Scale.Demo(options);
        var today = clock.Today();
        var watch = Stopwatch.StartNew();
        var summary = await new Generator(services, scale, Seed, today, Months, pipeline: true).RunAsync(cancellationToken);
        foreach (var phase in summary.Phases)
        {
            LogPhase(logger, phase.Name, phase.Count, phase.Unit, phase.Time.TotalSeconds);
        }

        LogSeeded(logger, summary.Villages, summary.Kader, summary.Households, summary.Residents,
            string.Join(", ", summary.Records.Select(r => $"{r.Count} {r.Kind}")), Months, today, watch.Elapsed.TotalSeconds);
        if (summary.FailedDeliveries > 0)
        {
            LogFailures(logger, summary.FailedDeliveries);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Demo data: {Posyandu} Posyandu, {Kader} kader, {Households} households, {Residents} residents; {Records}; {Months} months up to {Today:yyyy-MM-dd}, in {Seconds:F0} s")]
    private static partial void LogSeeded(ILogger logger, int posyandu, int kader, int households, int residents, string records, int months, DateOnly today, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: the registry already holds Posyandu, nothing seeded (start on an empty data folder to seed again)")]
    private static partial void LogSkipped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Demo data phase {Phase}: {Count} {Unit} in {Seconds:F1} s")]
    private static partial void LogPhase(ILogger logger, string phase, long count, string unit, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data: {Failed} event deliveries failed; the outbox retries them")]
    private static partial void LogFailures(ILogger logger, long failed);
}
