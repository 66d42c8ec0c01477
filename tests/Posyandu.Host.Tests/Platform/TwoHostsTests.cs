using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Time;
using Posyandu.Testing;
using Posyandu.Testing.Crash;

namespace Posyandu.Host.Tests.Platform;

/// <summary>
/// Issue 22 item 6 with real processes: two hosts started together on one folder of SQLite files (different ports),
/// six clients writing through both — registrations (Registry → Health, Social, Reporting) then weighings (Health →
/// Social, Reporting) — a quarter of them sent with the same Idempotency-Key to both hosts at once and another quarter
/// retried against the other host after their answer, and a read-model rebuild of Reporting started on one host in the
/// middle of the load while the other keeps delivering. Then: every acknowledged write is in the module's data once,
/// each key ran once, every outbox is delivered, Reporting's tables equal a quiet rebuild's row for row (the inbox too:
/// nothing delivered twice), the scorecard equals the module data, and no answer was a 5xx.
/// </summary>
[TestFixture]
[Category("Process")]
public sealed class TwoHostsTests
{
    private const int Children = 100;
    private const int Clients = 6;
    private static readonly string[] ReportingTables = ["metric_totals", "posyandu_metric_totals", "subject_facts", "running_total_changes", "regions"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentQueue<(int Status, string What)> _answers = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly AuthenticationHeaderValue _authorization = new("Bearer", TestTokens.Create("two-hosts", [Roles.Admin], region: "64"));
    private string _data = "";

    [Test]
    public async Task Two_hosts_on_the_same_files_write_deliver_and_rebuild_once()
    {
        _data = Directory.CreateTempSubdirectory("posyandu-two-hosts-").FullName;
        var errors = new ConcurrentQueue<string>();
        HostProcess[] hosts = [];
        try
        {
            var watch = Stopwatch.StartNew();
            // Started together: the second waits for the first's migration and seeding (the start-up lock).
            hosts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => HostProcess.StartAsync(_data, ["--Hangfire:Server:WorkerCount=4"], errors.Enqueue)));
            TestContext.Out.WriteLine($"two hosts ready in {watch.Elapsed.TotalSeconds:F1} s");
            await RunAsync(hosts[0].Address, hosts[1].Address);
            TestContext.Out.WriteLine($"in all {watch.Elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }

            if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
            {
                TestContext.Out.WriteLine(string.Join('\n', errors.Take(40)));
            }

            _http.Dispose();
            Directory.Delete(_data, recursive: true);
        }
    }

    private async Task RunAsync(Uri a, Uri b)
    {
        Uri[] hosts = [a, b];
        var today = new LocalTimeProvider(TimeProvider.System, LocalTimeProvider.Wita).Today();
        var posyandu = IdOf(await SendAsync(a, KeyedWrite.Of("/api/registry/posyandu", new { name = "Posyandu Dua Pintu", regionCode = CrashWrites.Village, serviceDay = 10 }, "posyandu")));
        var household = IdOf(await SendAsync(b, KeyedWrite.Of("/api/registry/households", new { nomorKk = "6402010101200003", regionCode = CrashWrites.Village, posyanduId = posyandu }, "household")));

        // Registrations through both hosts, then weighings once Health has every child.
        var registrations = await WriteAllAsync(hosts, Enumerable.Range(1, Children)
            .Select(n => CrashWrites.Newborn(household, $"Bayi Dua Host {n:D4}", today.AddDays(-(n % 300)))).ToList(), _ => Task.CompletedTask);
        var children = registrations.Select(r => ResidentId(r.Answers.First(x => x.Status == 201 || x.Status == 200).Body)).ToList();
        await UntilAsync(() => Count("health.db", "SELECT COUNT(*) FROM residents") >= Children, () => $"Health has every child (has {Count("health.db", "SELECT COUNT(*) FROM residents")})");

        var rebuildStarted = DateTime.MaxValue;
        var weighings = await WriteAllAsync(hosts, children.Select(c => CrashWrites.Weighing(c, today)).ToList(), async done =>
        {
            if (done == Children / 3)
            {
                // A rebuild on host A while both hosts take writes and deliver: B's delivery to Reporting must wait for it.
                rebuildStarted = DateTime.UtcNow;
                using var response = await PostAsync(a, "/api/platform/read-models/reporting/rebuild");
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), "rebuild queued on host A");
            }
        });

        // Every acknowledged write once in the module's data, and each key run once (one answer not a replay).
        var names = Grouped("registry.db", "SELECT Name, COUNT(*) FROM residents WHERE Name LIKE 'Bayi Dua Host %' GROUP BY Name");
        var weighed = Grouped("health.db", $"SELECT ResidentId, COUNT(*) FROM child_visits WHERE MeasuredOn = '{CrashWrites.Iso(today)}' GROUP BY ResidentId");
        var all = registrations.Concat(weighings).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(all.Where(w => w.Answers.Any(x => x.Status is not (200 or 201))).Select(w => $"{w.Write.Path}: {string.Join(", ", w.Answers.Select(x => x.Status))}"),
                Is.Empty, "every write acknowledged by every host it was sent to");
            Assert.That(all.Where(w => w.Answers.Count(x => !x.Replayed) != 1).Select(w => w.Write.Key), Is.Empty, "each key ran once (its other answers are replays)");
            Assert.That(registrations.Where(w => names.GetValueOrDefault(w.Write.Tag) != 1).Select(w => $"{w.Write.Tag} × {names.GetValueOrDefault(w.Write.Tag)}"), Is.Empty, "each registration stored once");
            Assert.That(weighings.Where(w => weighed.GetValueOrDefault(w.Write.Tag) != 1).Select(w => $"{w.Write.Tag} × {weighed.GetValueOrDefault(w.Write.Tag)}"), Is.Empty, "each weighing stored once");
            Assert.That(all.Count(w => w.Answers.Count > 1), Is.GreaterThanOrEqualTo(Children), "keys were sent to both hosts");
        });

        // Delivery drains, and the rebuild started on A has run (its reset emptied the inbox; its lock is free).
        var reportingInbox = Path.Combine(_data, "reporting.db");
        await UntilAsync(() => OutboxesPending() == 0 && Rebuilt(reportingInbox, rebuildStarted) && !RebuildRunning(),
            () => $"delivery drained after the rebuild on A (pending or dead {OutboxesPending()}, inbox reset {Rebuilt(reportingInbox, rebuildStarted)}, rebuild running {RebuildRunning()})");
        var live = TableDump.Rows(reportingInbox, ReportingTables);
        var liveInbox = Count("reporting.db", "SELECT COUNT(*) FROM inbox_messages WHERE Handler <> 'Idempotency-Key'");

        // A quiet rebuild (on host B) must give the same rows: nothing was counted twice, nothing lost.
        var quietStarted = DateTime.UtcNow;
        using (var response = await PostAsync(b, "/api/platform/read-models/reporting/rebuild"))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), "quiet rebuild queued on host B");
        }

        await UntilAsync(() => Rebuilt(reportingInbox, quietStarted) && !RebuildRunning(),
            () => $"the quiet rebuild on B (inbox reset {Rebuilt(reportingInbox, quietStarted)}, rebuild running {RebuildRunning()})");
        var quiet = TableDump.Rows(reportingInbox, ReportingTables);
        var quietInbox = Count("reporting.db", "SELECT COUNT(*) FROM inbox_messages WHERE Handler <> 'Idempotency-Key'");

        var expected = (D: (long)weighed.Count, S: Count("registry.db", $"SELECT COUNT(*) FROM residents WHERE RegionCode = '{CrashWrites.Village}'"));
        var cards = new List<(long D, long S)>();
        foreach (var host in hosts)
        {
            cards.Add(await DsAsync(host, $"{today:yyyy-MM}"));
        }

        Assert.Multiple(() =>
        {
            Assert.That(live, Is.EqualTo(quiet), () => TableDump.Diff(quiet, live));
            Assert.That(liveInbox, Is.EqualTo(quietInbox), "Reporting's inbox: every message delivered once");
            Assert.That(Count("health.db", "SELECT COUNT(*) FROM residents"), Is.EqualTo(Count("registry.db", "SELECT COUNT(*) FROM residents")), "Health's replica: each resident once");
            Assert.That(Count("social.db", "SELECT COUNT(*) FROM signals_child_growth"), Is.EqualTo(expected.D), "Social: one growth signal per child weighed");
            Assert.That(cards, Is.All.EqualTo(expected), "the scorecard (kes-ds D, S) on both hosts equals the module data");
            Assert.That(_answers.Where(x => x.Status >= 500).Select(x => $"{x.Status} {x.What}"), Is.Empty, "no 5xx");
        });
        TestContext.Out.WriteLine($"{all.Count} keyed writes ({_answers.Count} requests; {all.Count(w => w.Answers.Count > 1)} keys sent to both hosts); {live.Count} Reporting rows, {liveInbox} inbox rows; D {expected.D}, S {expected.S}");
    }

    /// <summary>
    /// <see cref="Clients"/> writers over <paramref name="writes"/>: write k goes to host k % 2; every fourth is sent to
    /// both at once with its key, every fourth + 2 is sent again to the other host after its answer (a client's retry
    /// after a lost answer). <paramref name="progress"/> is told the count of writes done after each.
    /// </summary>
    private async Task<List<(KeyedWrite Write, List<Answer> Answers)>> WriteAllAsync(Uri[] hosts, List<KeyedWrite> writes, Func<int, Task> progress)
    {
        var results = new ConcurrentBag<(KeyedWrite, List<Answer>)>();
        var next = -1;
        var done = 0;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) is var k && k < writes.Count)
            {
                var (write, first, other) = (writes[k], hosts[k % 2], hosts[(k + 1) % 2]);
                List<Answer> answers = (k % 4) switch
                {
                    0 => [.. await Task.WhenAll(SendAsync(first, write), SendAsync(other, write))],
                    2 => [await SendAsync(first, write), await SendAsync(other, write)],
                    _ => [await SendAsync(first, write)],
                };
                results.Add((write, answers));
                await progress(Interlocked.Increment(ref done));
            }
        }));
        return [.. results];
    }

    private sealed record Answer(int Status, string Body, bool Replayed);

    /// <summary>A keyed POST; a key another request (on either host) is still running is sent again shortly after.</summary>
    private async Task<Answer> SendAsync(Uri host, KeyedWrite write)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host, write.Path)) { Content = new StringContent(write.Json, Encoding.UTF8, "application/json") };
            request.Headers.Authorization = _authorization;
            request.Headers.Add("Idempotency-Key", write.Key);
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            _answers.Enqueue((status, $"POST {write.Path} on {host.Port}: {body}"));
            if (status == 409 && body.Contains("still being processed", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
                continue;
            }

            return new Answer(status, body, response.Headers.Contains("Idempotency-Replayed"));
        }
    }

    private async Task<HttpResponseMessage> PostAsync(Uri host, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host, path));
        request.Headers.Authorization = _authorization;
        var response = await _http.SendAsync(request);
        _answers.Enqueue(((int)response.StatusCode, $"POST {path} on {host.Port}"));
        return response;
    }

    private async Task<(long D, long S)> DsAsync(Uri host, string period)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(host, $"/api/reporting/scorecard?region={CrashWrites.Village}&period={period}"));
        request.Headers.Authorization = _authorization;
        using var response = await _http.SendAsync(request);
        _answers.Enqueue(((int)response.StatusCode, $"GET scorecard on {host.Port}"));
        var card = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var ds = card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == "kes-ds");
        return (Number(ds, "numerator"), Number(ds, "denominator"));
    }

    private static long Number(JsonElement indicator, string name) =>
        indicator.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;

    /// <summary>Pending or dead messages in every module's outbox.</summary>
    private long OutboxesPending() =>
        Directory.GetFiles(_data, "*.db").Where(f => TableDump.Tables(f).Contains("outbox_messages"))
            .Sum(f => TableDump.Query(f, "SELECT COUNT(*) FROM outbox_messages WHERE Status <> 1", r => r.GetInt64(0))[0]);

    /// <summary>A rebuild started at <paramref name="since"/> has emptied the inbox: every delivery row is newer.</summary>
    private static bool Rebuilt(string file, DateTime since) =>
        TableDump.Query(file, "SELECT MIN(ProcessedAt) FROM inbox_messages WHERE Handler <> 'Idempotency-Key'", r => r.IsDBNull(0) ? null : r.GetString(0))[0] is { } oldest
        && DateTime.Parse(oldest, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal) >= since;

    /// <summary>
    /// Whether a rebuild holds its lock (the file lock in the data folder's locks/). Probed only once the rebuild has
    /// started (its reset is seen), so the probe never refuses one that is starting.
    /// </summary>
    private bool RebuildRunning()
    {
        try
        {
            using var probe = new FileStream(Path.Combine(_data, "locks", "read-models-rebuild.lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private long Count(string file, string sql) => TableDump.Query(Path.Combine(_data, file), sql, r => r.GetInt64(0))[0];

    private Dictionary<string, int> Grouped(string file, string sql) =>
        TableDump.Query(Path.Combine(_data, file), sql, r => (Key: r.GetString(0), Count: r.GetInt32(1)))
            .ToDictionary(r => Guid.TryParse(r.Key, out var id) ? id.ToString() : r.Key, r => r.Count, StringComparer.Ordinal);

    /// <summary>
    /// Waits for <paramref name="condition"/>. The bound is a hang guard, not a speed check: on CI this test shares two
    /// cores with another test project, and delivery plus a rebuild of 200 writes has taken over 45 s there.
    /// </summary>
    private static async Task UntilAsync(Func<bool> condition, Func<string> what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"timed out waiting for: {what()}");
            }

            await Task.Delay(100);
        }
    }

    private static Guid IdOf(Answer answer)
    {
        Assert.That(answer.Status, Is.EqualTo(201), answer.Body);
        using var json = JsonDocument.Parse(answer.Body);
        return json.RootElement.GetProperty("id").GetGuid();
    }

    private static Guid ResidentId(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("resident").GetProperty("id").GetGuid();
    }
}
