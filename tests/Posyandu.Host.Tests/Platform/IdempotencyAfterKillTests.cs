using System.Collections.Concurrent;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Time;
using Posyandu.Testing;
using Posyandu.Testing.Crash;

namespace Posyandu.Host.Tests.Platform;

/// <summary>
/// Issue 22 item 5 with a real process: the host (its own process, on SQLite files) is killed with SIGKILL while
/// eight writers register newborns with Idempotency-Keys, restarted, and every request cut off is sent again with its
/// key. The kill must have left keys "in progress" (requests mid-flight); each is taken over after the timeout and
/// every write's effect is in the registry exactly once. The seconds-level twin of the crash benchmark.
/// </summary>
[TestFixture]
[Category("Process")]
public sealed class IdempotencyAfterKillTests
{
    [Test]
    public async Task Requests_killed_mid_flight_and_retried_with_their_keys_take_effect_once()
    {
        var data = Directory.CreateTempSubdirectory("posyandu-kill-").FullName;
        var hostErrors = new ConcurrentQueue<string>();
        var drill = new CrashDrill(data, TestTokens.Create("kill-test", [Roles.Admin], region: "64"),
            ["--Idempotency:InProgressTimeout=00:00:01"], hostErrors.Enqueue);
        try
        {
            await KillAndRetryAsync(drill, hostErrors);
        }
        finally
        {
            await drill.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task KillAndRetryAsync(CrashDrill drill, ConcurrentQueue<string> hostErrors)
    {
        await drill.StartAsync();
        var household = await CrashWrites.HouseholdAsync(drill);
        var today = new LocalTimeProvider(TimeProvider.System, LocalTimeProvider.Wita).Today();
        var started = 0;
        KeyedWrite Next()
        {
            var i = Interlocked.Increment(ref started);
            return CrashWrites.Newborn(household, $"Bayi Kill {i:D5}", today.AddDays(-(i % 200)));
        }

        using var stop = new CancellationTokenSource();
        var writers = drill.RunWritersAsync(8, Next, stop.Token);
        var leftInProgress = new HashSet<string>(StringComparer.Ordinal);
        for (var kill = 0; kill < 4 && leftInProgress.Count == 0; kill++)
        {
            var before = Volatile.Read(ref started);
            while (Volatile.Read(ref started) < before + 40)
            {
                await Task.Delay(10); // new writes are starting: this process serves the load (the cut-off ones were answered)
            }

            await drill.KillAsync();
            leftInProgress.UnionWith(drill.KeysInProgress());
            await drill.StartAsync();
        }

        await stop.CancelAsync();
        var outcomes = await writers;
        var stored = CrashWrites.ResidentsNamed(drill, "Bayi Kill ");
        var replay = await drill.WriteAsync(outcomes.First(o => o.Answer == WriteAnswer.Created).Write);
        var storedAfterReplay = CrashWrites.ResidentsNamed(drill, "Bayi Kill ").Values.Sum();

        Assert.Multiple(() =>
        {
            Assert.That(leftInProgress, Is.Not.Empty, "a kill landed mid-request: keys were left in progress");
            Assert.That(outcomes.Where(o => !o.Acknowledged).Select(o => $"{o.Status} {o.Body}"), Is.Empty, "every write was acknowledged in the end");
            Assert.That(outcomes.Where(o => stored.GetValueOrDefault(o.Write.Tag) != 1).Select(o => $"{o.Write.Tag} × {stored.GetValueOrDefault(o.Write.Tag)}"),
                Is.Empty, "each write's effect is stored exactly once");
            Assert.That(stored.Values.Sum(), Is.EqualTo(outcomes.Count), "nothing stored that was not written");
            Assert.That(outcomes.Where(o => leftInProgress.Contains(o.Write.Key) && o.Answer is not (WriteAnswer.Created or WriteAnswer.AlreadyApplied)).Select(o => o.Answer),
                Is.Empty, "a key left in progress is taken over: run once, or answered as already applied");
            Assert.That(outcomes.Where(o => o.Interrupted > 0), Is.Not.Empty, "requests were cut off and retried");
            Assert.That(replay.Answer, Is.EqualTo(WriteAnswer.Replayed), "a completed key replays its answer");
            Assert.That(storedAfterReplay, Is.EqualTo(outcomes.Count), "the replay created nothing");
        });
        TestContext.Out.WriteLine($"{drill.Kills} kill(s); {outcomes.Count} writes, {outcomes.Count(o => o.Interrupted > 0)} cut off, {leftInProgress.Count} keys left in progress, {outcomes.Count(o => o.Answer == WriteAnswer.AlreadyApplied)} already applied; host start-ups {string.Join(", ", drill.Startups.Select(s => $"{s.TotalSeconds:F1} s"))}");
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(string.Join('\n', hostErrors.Take(50)));
        }
    }
}
