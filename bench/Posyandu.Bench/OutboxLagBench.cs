using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Bench;

/// <summary>
/// Commit→handled lag of the outbox on the embedded default (SQLite files, Hangfire in-memory with its server
/// running, the real trigger-after-commit path): a producer module commits a row + event per request; a consumer
/// module stamps when its handler's transaction ran. Prints p50/p95/p99 for a paced load and for a burst.
/// </summary>
internal static class OutboxLagBench
{
    public static async Task RunAsync(int events, int ratePerSecond, int burstConcurrency)
    {
        await using var host = await TestHost.StartAsync(
            modules => modules.Add(new PingerModule()).Add(new PongerModule()),
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" },
            runJobs: true);
        using var client = host.Client([Roles.Dpmd], region: "64");

        await SendAsync(client, 50, ratePerSecond: 0, concurrency: 4); // warm-up (JIT, connection pools)
        await WaitForAsync(host, 50);

        Console.WriteLine($"Outbox lag, embedded default (SQLite WAL + Hangfire in-memory), {Environment.ProcessorCount} cores");
        Console.WriteLine("| load | events | sent in | p50 lag | p95 lag | p99 lag | max lag |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        await MeasureAsync(host, client, $"paced {ratePerSecond}/s", events, ratePerSecond, 1);
        await MeasureAsync(host, client, $"burst, {burstConcurrency} concurrent", events, 0, burstConcurrency);
    }

    private static async Task MeasureAsync(TestHost host, HttpClient client, string label, int events, int ratePerSecond, int concurrency)
    {
        var start = DateTime.UtcNow;
        var already = await CountAsync(host);
        var watch = Stopwatch.StartNew();
        await SendAsync(client, events, ratePerSecond, concurrency);
        var sendTime = watch.Elapsed;
        await WaitForAsync(host, already + events);

        await using var scope = host.Services.CreateAsyncScope();
        var lags = (await scope.ServiceProvider.GetRequiredService<PongerDbContext>().Pongs.AsNoTracking()
                .Where(p => p.CommittedAt >= start).ToListAsync())
            .Select(p => (p.HandledAt - p.CommittedAt).TotalMilliseconds).Order().ToArray();
        Console.WriteLine($"| {label} | {lags.Length} | {sendTime.TotalSeconds:F1} s | {Percentile(lags, 50):F0} ms | {Percentile(lags, 95):F0} ms | {Percentile(lags, 99):F0} ms | {lags[^1]:F0} ms |");
    }

    private static async Task SendAsync(HttpClient client, int events, int ratePerSecond, int concurrency)
    {
        var next = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (true)
            {
                var i = Interlocked.Increment(ref next) - 1;
                if (i >= events)
                {
                    return;
                }

                if (ratePerSecond > 0)
                {
                    var due = TimeSpan.FromSeconds((double)i / ratePerSecond);
                    if (due > clock.Elapsed)
                    {
                        await Task.Delay(due - clock.Elapsed);
                    }
                }

                using var response = await client.PostAsync("/api/pinger/pings", null);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    throw new InvalidOperationException($"POST failed: {response.StatusCode}");
                }
            }
        });
        await Task.WhenAll(workers);
    }

    private static async Task WaitForAsync(TestHost host, int count)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (await CountAsync(host) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {await CountAsync(host)} of {count} events were handled.");
            }

            await Task.Delay(20);
        }
    }

    private static async Task<int> CountAsync(TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PongerDbContext>().Pongs.CountAsync();
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
