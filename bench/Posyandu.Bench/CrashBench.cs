using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Time;
using Posyandu.Testing;
using Posyandu.Testing.Crash;

namespace Posyandu.Bench;

/// <summary>
/// Issue 22's crash benchmark: writers against the real host as its own process, killed with SIGKILL at random
/// moments and restarted, every write retried with its <c>Idempotency-Key</c> until answered. Half the writes
/// register newborns (Registry → Reporting's S), half weigh children registered beforehand (Health → Reporting's D).
/// Then it checks every acknowledged write against the modules' own data (present once) and waits for the village's
/// scorecard (kes-ds: D and S) to equal what the modules hold.
/// </summary>
internal static class CrashBench
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(int kills, int clients, int children, int seed)
    {
        var folder = Directory.CreateTempSubdirectory("posyandu-crash-").FullName;
        var random = new Random(seed);
        var today = new LocalTimeProvider(TimeProvider.System, LocalTimeProvider.Wita).Today();
        var period = $"{today:yyyy-MM}";
        await using var drill = new CrashDrill(folder, TestTokens.Create("crash-bench", [Roles.Admin], region: "64"),
            ["--Idempotency:InProgressTimeout=00:00:02"], onHostError: _ => { });
        await drill.StartAsync();
        var household = await CrashWrites.HouseholdAsync(drill);

        // The children to weigh, registered before the kills; weighing waits until Health has them all.
        var serial = 0;
        var registered = await drill.RunWritersAsync(clients, () =>
        {
            var n = Interlocked.Increment(ref serial);
            return n <= children ? CrashWrites.Newborn(household, $"Anak Uji {n:D5}", today.AddDays(-30 - n % 300)) : null;
        }, CancellationToken.None);
        var toWeigh = registered.Select(CrashWrites.ResidentId).ToList();
        await WaitAsync(() => drill.Query("health.db", "SELECT COUNT(*) FROM residents", r => r.GetInt32(0))[0] >= children, TimeSpan.FromMinutes(2));
        Console.WriteLine($"Crash benchmark: {folder}; {children} children registered for weighing; {kills} kills, {clients} writers, seed {seed}, {Environment.ProcessorCount} cores");

        var (turn, weighed, born) = (0, 0, 0);
        KeyedWrite Next()
        {
            if (Interlocked.Increment(ref turn) % 2 == 0 && Interlocked.Increment(ref weighed) - 1 is var w && w < toWeigh.Count)
            {
                return CrashWrites.Weighing(toWeigh[w], today);
            }

            var b = Interlocked.Increment(ref born);
            return CrashWrites.Newborn(household, $"Bayi Uji {b:D6}", today.AddDays(-(b % 300)));
        }

        using var stop = new CancellationTokenSource();
        var load = Stopwatch.StartNew();
        var writers = drill.RunWritersAsync(clients, Next, stop.Token);
        var leftInProgress = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < kills; k++)
        {
            // A random moment of the load: after a random number of new writes on this process (so the writes cut off
            // by the last kill have been answered and it serves), plus a random fraction of a second.
            var until = Volatile.Read(ref turn) + random.Next(clients, 10 * clients);
            while (Volatile.Read(ref turn) < until)
            {
                await Task.Delay(5);
            }

            await Task.Delay(random.Next(0, 500));
            await drill.KillAsync();
            leftInProgress.UnionWith(drill.KeysInProgress());
            await drill.StartAsync();
        }

        await Task.Delay(2000);
        await stop.CancelAsync();
        var outcomes = await writers;
        load.Stop();

        var names = CrashWrites.ResidentsNamed(drill, "Bayi Uji ");
        var weighings = CrashWrites.WeighingsOn(drill, today);
        int Stored(WriteOutcome o) => (o.Write.Path.StartsWith("/api/registry", StringComparison.Ordinal) ? names : weighings).GetValueOrDefault(o.Write.Tag);
        var acknowledged = outcomes.Where(o => o.Acknowledged).ToList();
        var missing = acknowledged.Count(o => Stored(o) == 0);
        var duplicated = outcomes.Sum(o => Math.Max(0, Stored(o) - 1));
        var unacknowledgedButStored = outcomes.Count(o => !o.Acknowledged && Stored(o) > 0);

        // The village's D and S as the modules hold them, and the scorecard's, until they agree (delivery after the
        // last restart: the commits trigger it, the sweep picks up any module nobody wrote to).
        var expectedD = weighings.Count;
        var expectedS = drill.Query("registry.db", $"SELECT COUNT(*) FROM residents WHERE RegionCode = '{CrashWrites.Village}'", r => r.GetInt32(0))[0];
        using var reader = drill.Client();
        var settle = Stopwatch.StartNew();
        (long D, long S) card = (-1, -1);
        var equal = await WaitAsync(async () => (card = await DsAsync(reader, period)) == (expectedD, expectedS), TimeSpan.FromMinutes(3));

        var startups = drill.Startups.Select(s => s.TotalSeconds).Order().ToArray();
        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| kills (SIGKILL after a random 1–10 writes per writer and 0–0.5 s) | {drill.Kills} |");
        Console.WriteLine($"| writes acknowledged (registrations / weighings) | {acknowledged.Count} ({acknowledged.Count(o => o.Write.Path.StartsWith("/api/registry", StringComparison.Ordinal))} / {acknowledged.Count(o => o.Write.Path.StartsWith("/api/health", StringComparison.Ordinal))}) in {load.Elapsed.TotalSeconds:F0} s |");
        Console.WriteLine($"| writes cut off by a kill, retried with their key | {outcomes.Count(o => o.Interrupted > 0)} |");
        Console.WriteLine($"| keys a kill left \"in progress\" (taken over after the timeout) | {leftInProgress.Count} |");
        Console.WriteLine($"| answers: created / replayed / already applied / refused | {outcomes.Count(o => o.Answer == WriteAnswer.Created)} / {outcomes.Count(o => o.Answer == WriteAnswer.Replayed)} / {outcomes.Count(o => o.Answer == WriteAnswer.AlreadyApplied)} / {outcomes.Count(o => o.Answer == WriteAnswer.Refused)} |");
        Console.WriteLine($"| missing (acknowledged, not in the module's data) | {missing} |");
        Console.WriteLine($"| duplicated (extra rows for one write) | {duplicated} |");
        Console.WriteLine($"| refused but stored | {unacknowledgedButStored} |");
        Console.WriteLine($"| scorecard equals the module data (kes-ds D, S of {CrashWrites.Village}) | {(equal ? "yes" : "NO")}: D {card.D} vs {expectedD}, S {card.S} vs {expectedS}, {settle.Elapsed.TotalSeconds:F1} s after the last write |");
        Console.WriteLine($"| host start-up to ready after a kill (p50 / max) | {startups[startups.Length / 2]:F1} s / {startups[^1]:F1} s |");
        foreach (var refused in outcomes.Where(o => !o.Acknowledged).Take(5))
        {
            Console.WriteLine($"refused: {refused.Status} {refused.Write.Path}: {refused.Body}");
        }

        return missing == 0 && duplicated == 0 && unacknowledgedButStored == 0 && equal && drill.Kills >= 20 ? 0 : 1;
    }

    private static async Task<(long D, long S)> DsAsync(HttpClient reader, string period)
    {
        var card = await reader.GetFromJsonAsync<JsonElement>($"/api/reporting/scorecard?region={CrashWrites.Village}&period={period}", Json);
        var ds = card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == "kes-ds");
        return (Number(ds, "numerator"), Number(ds, "denominator"));
    }

    private static long Number(JsonElement indicator, string name) =>
        indicator.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;

    private static Task<bool> WaitAsync(Func<bool> condition, TimeSpan timeout) => WaitAsync(() => Task.FromResult(condition()), timeout);

    private static async Task<bool> WaitAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(250);
        }

        return true;
    }
}
