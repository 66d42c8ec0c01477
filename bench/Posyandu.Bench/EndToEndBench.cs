using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Time;
using Posyandu.Testing;
using static Posyandu.Bench.LoadDriver;

namespace Posyandu.Bench;

/// <summary>
/// The whole pipeline against a host started on generated data (tools/Posyandu.Generator): write throughput and
/// latency of POST child measurement vs a raw ASP.NET + ADO.NET SQLite baseline under the same load, commit→scorecard
/// lag under that load, scorecard latency per region level vs a naive live aggregation over Health's own tables,
/// host peak RSS and start-up time. Prints one table per part.
/// </summary>
internal static class EndToEndBench
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string dataDirectory, int seconds, int clients, IReadOnlyList<string> hostSettings)
    {
        if (!File.Exists(Path.Combine(dataDirectory, "registry.db")))
        {
            Console.Error.WriteLine($"No generated data in {dataDirectory}: run tools/Posyandu.Generator first (see README, Benchmarks).");
            return 2;
        }

        var today = new LocalTimeProvider(TimeProvider.System, LocalTimeProvider.Wita).Today();
        var period = $"{today:yyyy-MM}";
        await using var host = await HostProcess.StartAsync(dataDirectory, hostSettings);
        using var admin = Client(host.Address, Roles.Admin);
        using var dpmd = Client(host.Address, Roles.Dpmd);
        var children = await UnderFivesAsync(admin, 3000);
        // One probe per village, in at most a third of the villages: the load goes to the others, so a probe's village
        // D changes only by the probe.
        var villages = children.Select(c => c.RegionCode).Distinct().Count();
        var probes = await NotWeighedThisMonthAsync(admin, children, period, Math.Clamp(villages / 3, 1, 40));
        var probeVillages = probes.Select(p => p.RegionCode).ToHashSet();
        var loaded = children.Where(c => !probeVillages.Contains(c.RegionCode)).ToList();
        Console.WriteLine($"Host ready in {host.StartupTime.TotalSeconds:F1} s on {dataDirectory}; {loaded.Count:N0} children under load, {probes.Count} lag probes; {clients} clients × {seconds} s; {Environment.ProcessorCount} cores");

        // Warm-up: connection pools, and long enough for tiered compilation to reach optimised code on the hot path —
        // with 3 s, and still after 20 s, the JIT took a quarter of the host's CPU in the measured window.
        var body = Body(today);
        await LoadDriver.RunAsync(clients, Warmup, i => PostAsync(admin, $"/api/health/children/{loaded[i % loaded.Count].Id}/visits", body));
        using var cancelProbes = new CancellationTokenSource();
        var lagTask = ProbeLagAsync(admin, dpmd, probes, today, period, cancelProbes.Token);
        var pipeline = await LoadDriver.RunAsync(clients, TimeSpan.FromSeconds(seconds),
            i => PostAsync(admin, $"/api/health/children/{loaded[i % loaded.Count].Id}/visits", body));
        await cancelProbes.CancelAsync();
        var lags = (await lagTask).Order().ToArray();

        var baselineFolder = Directory.CreateTempSubdirectory("posyandu-baseline-").FullName;
        LoadDriver.Result baseline;
        await using (var raw = await BaselineServer.StartAsync(baselineFolder))
        {
            using var rawClient = new HttpClient { BaseAddress = raw.Address };
            await LoadDriver.RunAsync(clients, Warmup, i => PostAsync(rawClient, $"/children/{loaded[i % loaded.Count].Id}/visits", body));
            baseline = await LoadDriver.RunAsync(clients, TimeSpan.FromSeconds(seconds), i => PostAsync(rawClient, $"/children/{loaded[i % loaded.Count].Id}/visits", body));
        }

        Console.WriteLine();
        Console.WriteLine("| write path | requests/s | p50 | p95 | p99 | errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Row("full pipeline: POST /api/health/children/{id}/visits", pipeline);
        Row("raw baseline: ASP.NET + one ADO.NET SQLite insert", baseline);
        Console.WriteLine($"\nfull pipeline / baseline throughput: {pipeline.PerSecond / baseline.PerSecond:P0}");
        Console.WriteLine($"commit→scorecard lag under that load ({lags.Length} probes): p50 {Percentile(lags, 50):F0} ms, p95 {Percentile(lags, 95):F0} ms, max {(lags.Length > 0 ? lags[^1] : double.NaN):F0} ms");

        var village = probes.FirstOrDefault()?.RegionCode ?? children[0].RegionCode;
        Console.WriteLine();
        Console.WriteLine("| scorecard region | level | p50 | p95 | naive live aggregation p50 | naive / scorecard |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var (region, level) in new[] { (village, "village"), (village[..8], "district"), (village[..5], "regency"), ("64", "province") })
        {
            var card = await TimeAsync(100, async () => (await dpmd.GetAsync($"/api/reporting/scorecard?region={region}&period={period}")).EnsureSuccessStatusCode().Dispose());
            var naive = await TimeAsync(10, () => NaiveAggregationAsync(dataDirectory, region, today));
            Console.WriteLine($"| {region} | {level} | {Percentile(card, 50):F1} ms | {Percentile(card, 95):F1} ms | {Percentile(naive, 50):F1} ms | {Percentile(naive, 50) / Percentile(card, 50):F1}× |");
        }

        Console.WriteLine($"\nhost peak RSS {host.PeakRssMb:F0} MB; start-up to ready {host.StartupTime.TotalSeconds:F1} s");
        return 0;
    }

    private sealed record Child(Guid Id, string RegionCode);

    private static object Body(DateOnly today) =>
        new { measuredOn = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), weightKg = 11.2, lengthHeightCm = 84.5, measurement = "standing" };

    private static HttpClient Client(Uri address, string role) =>
        new() { BaseAddress = address, DefaultRequestHeaders = { Authorization = new("Bearer", TestTokens.Create("bench", [role], region: "64")) } };

    private static async Task<bool> PostAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        return response.StatusCode == HttpStatusCode.Created;
    }

    private static void Row(string label, LoadDriver.Result r) =>
        Console.WriteLine($"| {label} | {r.PerSecond:F0} | {Percentile(r.LatenciesMs, 50):F1} ms | {Percentile(r.LatenciesMs, 95):F1} ms | {Percentile(r.LatenciesMs, 99):F1} ms | {r.Errors} |");

    private static async Task<List<Child>> UnderFivesAsync(HttpClient admin, int count)
    {
        var children = new List<Child>();
        for (var skip = 0; children.Count < count; skip += 500)
        {
            var page = await admin.GetFromJsonAsync<List<JsonElement>>($"/api/registry/residents/?ageBand=under5&skip={skip}&take=500", Json) ?? [];
            children.AddRange(page.Select(r => new Child(r.GetProperty("id").GetGuid(), r.GetProperty("regionCode").GetString()!)));
            if (page.Count < 500)
            {
                break;
            }
        }

        // Spread the load over villages rather than taking the first names alphabetically from one.
        return children.OrderBy(c => c.Id).Take(count).ToList();
    }

    private static async Task<List<Child>> NotWeighedThisMonthAsync(HttpClient admin, List<Child> children, string period, int count)
    {
        var probes = new List<Child>();
        foreach (var child in children.AsEnumerable().Reverse())
        {
            var visits = await admin.GetFromJsonAsync<List<JsonElement>>($"/api/health/children/{child.Id}/visits", Json) ?? [];
            if (!visits.Any(v => v.GetProperty("measuredOn").GetString()!.StartsWith(period, StringComparison.Ordinal)) && probes.All(p => p.RegionCode != child.RegionCode))
            {
                probes.Add(child);
                if (probes.Count == count)
                {
                    break;
                }
            }
        }

        return probes;
    }

    /// <summary>
    /// Weighs a child not yet weighed this month (so its village's D goes up by one) and polls that village's scorecard
    /// until it shows: the time from the POST's 201 (committed) to the scorecard reflecting it.
    /// </summary>
    private static async Task<double[]> ProbeLagAsync(HttpClient writer, HttpClient reader, List<Child> probes, DateOnly today, string period, CancellationToken ct)
    {
        var lags = new List<double>();
        foreach (var probe in probes)
        {
            if (ct.IsCancellationRequested)
            {
                break;
            }

            var before = await WeighedAsync(reader, probe.RegionCode, period);
            await PostAsync(writer, $"/api/health/children/{probe.Id}/visits", Body(today));
            var watch = Stopwatch.StartNew();
            while (await WeighedAsync(reader, probe.RegionCode, period) <= before && watch.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(10, CancellationToken.None); // the lag's resolution; each poll is a scorecard read the host serves
            }

            lags.Add(watch.Elapsed.TotalMilliseconds);
            await Task.Delay(250, CancellationToken.None);
        }

        return [.. lags];
    }

    private static async Task<long> WeighedAsync(HttpClient reader, string village, string period)
    {
        var card = await reader.GetFromJsonAsync<JsonElement>($"/api/reporting/scorecard?region={village}&period={period}", Json);
        return card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == "kes-ds").GetProperty("numerator").GetInt64();
    }

    private static async Task<double[]> TimeAsync(int times, Func<Task> action)
    {
        var results = new List<double>();
        for (var i = 0; i < times; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            results.Add(watch.Elapsed.TotalMilliseconds);
        }

        return [.. results.Order()];
    }

    /// <summary>
    /// What the scorecard's health card would cost without read models: D, stunting and S for the region and month
    /// straight from Health's tables (last visit per child in the month, under-fives by birth date), on a read-only
    /// connection to the same SQLite file the host writes.
    /// </summary>
    private static async Task NaiveAggregationAsync(string dataDirectory, string region, DateOnly today)
    {
        var (first, last) = (new DateOnly(today.Year, today.Month, 1), new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month)));
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "health.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT
              (SELECT COUNT(DISTINCT ResidentId) FROM child_visits
                 WHERE MeasuredOn BETWEEN $first AND $last AND WeightKg IS NOT NULL AND (RegionCode = $region OR RegionCode LIKE $prefix)),
              (SELECT COUNT(*) FROM (SELECT ResidentId, MAX(MeasuredOn) FROM child_visits
                 WHERE MeasuredOn BETWEEN $first AND $last AND Stunted = 1 AND (RegionCode = $region OR RegionCode LIKE $prefix) GROUP BY ResidentId)),
              (SELECT COUNT(*) FROM residents
                 WHERE Alive = 1 AND BirthDate > $born AND BirthDate <= $last AND (RegionCode = $region OR RegionCode LIKE $prefix))
            """;
        command.Parameters.AddWithValue("$first", first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$last", last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$born", last.AddMonths(-60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$region", region);
        command.Parameters.AddWithValue("$prefix", region + ".%");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
    }
}
