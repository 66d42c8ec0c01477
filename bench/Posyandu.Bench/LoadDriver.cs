using System.Diagnostics;

namespace Posyandu.Bench;

/// <summary>
/// The load generator: a .NET HttpClient driver with a fixed number of concurrent clients, each sending its next
/// request as soon as the last one answered (closed loop), for a fixed time. Records every latency.
/// </summary>
internal static class LoadDriver
{
    public sealed record Result(int Requests, int Errors, TimeSpan Elapsed, double[] LatenciesMs)
    {
        public double PerSecond => Requests / Elapsed.TotalSeconds;
    }

    public static async Task<Result> RunAsync(int clients, TimeSpan duration, Func<int, Task<bool>> send)
    {
        var latencies = new List<double>[clients];
        var errors = 0;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async c =>
        {
            latencies[c] = [];
            var i = c;
            while (watch.Elapsed < duration)
            {
                var started = watch.Elapsed;
                var ok = await send(i);
                latencies[c].Add((watch.Elapsed - started).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }

                i += clients;
            }
        });
        await Task.WhenAll(workers);
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result(all.Length, errors, watch.Elapsed, all);
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
