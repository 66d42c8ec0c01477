using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Reporting;

/// <summary>
/// Issue 22 item 4, "identical row for row to live delivery, tested under concurrent writes": registrations (Registry
/// → Reporting, Social's replica) and weighings (Health → Reporting, Social's child-growth signals) are delivered live;
/// every read-model table of Reporting and of Social is dumped, rebuilt, and must come back row for row. Then the same
/// with writers and live delivery running through the rebuilds: once they stop and delivery drains, the tables equal a
/// quiet rebuild's, row for row — nothing counted twice, nothing lost.
/// </summary>
public sealed class RebuildRowForRowTests
{
    private const string Village = "64.02.01.2001";
    private static readonly string[] ReportingTables = ["metric_totals", "posyandu_metric_totals", "subject_facts", "running_total_changes", "regions"];
    private TestHost _host = null!;
    private HttpClient _admin = null!;
    private HttpClient _health = null!;
    private Guid _household;
    private int _serial;
    private string[] _socialTables = [];

    private string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [OneTimeSetUp]
    public async Task Seed()
    {
        _host = await TestHost.StartAsync();
        _admin = _host.Client([Roles.Admin]);
        _health = _host.Client([Roles.Health], region: "64.02");
        var posyandu = await IdOf(await _admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Anggrek", regionCode = Village, serviceDay = 12 }));
        _household = await IdOf(await _admin.PostJson("/api/registry/households", new { nomorKk = "6402010101200002", regionCode = Village, posyanduId = posyandu }));
        // Social's read models: the signals and the registry replicas (residents, households, Posyandu).
        _socialTables = [.. TableDump.Tables(File("social")).Where(t => t.StartsWith("signals_", StringComparison.Ordinal) || t is "residents" or "households" or "posyandu")];
        Assert.That(_socialTables, Has.Length.GreaterThanOrEqualTo(4), string.Join(", ", _socialTables));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _admin.Dispose();
        _health.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    [Order(1)]
    public async Task A_rebuild_of_what_live_delivery_built_is_identical_row_for_row()
    {
        var children = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            children.Add(await RegisterAsync());
        }

        await DrainAsync();
        foreach (var child in children)
        {
            await WeighAsync(child);
        }

        await DrainAsync();
        var live = (Reporting: Dump("reporting"), Social: Dump("social"));
        Assert.That(live.Social, Has.Some.StartsWith("signals_child_growth|"), "the weighings reached Social");

        await RebuildAsync("reporting");
        await RebuildAsync("social");

        Assert.Multiple(() =>
        {
            Assert.That(Dump("reporting"), Is.EqualTo(live.Reporting), () => TableDump.Diff(live.Reporting, Dump("reporting")));
            Assert.That(Dump("social"), Is.EqualTo(live.Social), () => TableDump.Diff(live.Social, Dump("social")));
        });
    }

    [Test]
    [Order(2)]
    public async Task Rebuilds_while_writers_run_end_as_a_quiet_rebuild_row_for_row()
    {
        using var stop = new CancellationTokenSource();
        using var stopDelivery = new CancellationTokenSource();
        var written = 0;
        var delivery = DeliverLiveAsync(stopDelivery.Token);
        // Four writers: each registers a child and weighs it (the weighing waits for Health's copy of the child).
        var writers = Enumerable.Range(0, 4).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                await WeighAsync(await RegisterAsync());
                Interlocked.Increment(ref written);
            }
        }).ToList();

        await UntilAsync(() => Volatile.Read(ref written) >= 8, "writes before the rebuilds");
        await RebuildAsync("reporting"); // under the writers and the live delivery
        await RebuildAsync("social");
        var duringRebuilds = Volatile.Read(ref written);
        await UntilAsync(() => Volatile.Read(ref written) >= duringRebuilds + 8, "writes after the rebuilds");
        await stop.CancelAsync();
        await Task.WhenAll(writers); // the last weighings wait for their registrations' delivery
        await stopDelivery.CancelAsync();
        await delivery;
        await DrainAsync(); // what a rebuild left waiting is due a few seconds later
        var live = (Reporting: Dump("reporting"), Social: Dump("social"));

        await RebuildAsync("reporting");
        await RebuildAsync("social");

        var quiet = (Reporting: Dump("reporting"), Social: Dump("social"));
        var weighedToday = TableDump.Query(File("health"), $"SELECT COUNT(DISTINCT ResidentId) FROM child_visits WHERE MeasuredOn = '{Today}'", r => r.GetInt64(0))[0];
        Assert.Multiple(() =>
        {
            Assert.That(live.Reporting, Is.EqualTo(quiet.Reporting), () => TableDump.Diff(quiet.Reporting, live.Reporting));
            Assert.That(live.Social, Is.EqualTo(quiet.Social), () => TableDump.Diff(quiet.Social, live.Social));
            Assert.That(live.Social.Count(l => l.StartsWith("signals_child_growth|", StringComparison.Ordinal)), Is.EqualTo(weighedToday), "one signal per child weighed");
        });
        TestContext.Out.WriteLine($"{Volatile.Read(ref written)} children registered and weighed under two rebuilds; {live.Reporting.Count} Reporting rows, {live.Social.Count} Social rows");
    }

    private List<string> Dump(string module) => TableDump.Rows(File(module), module == "social" ? _socialTables : ReportingTables);

    private string File(string module) => Path.Combine(_host.DataDirectory, $"{module}.db");

    private async Task RebuildAsync(string module)
    {
        var (_, failures) = await _host.Services.GetRequiredService<ReadModelRebuilder>().RebuildAsync(module, CancellationToken.None);
        Assert.That(failures, Is.Empty, $"rebuild of {module}");
    }

    private async Task<Guid> RegisterAsync()
    {
        var n = Interlocked.Increment(ref _serial);
        var response = await _admin.PostJson("/api/registry/residents", new
        {
            nikIbu = "6402015708950001", name = $"Bayi Baris {n:D4}", sex = n % 2 == 0 ? "female" : "male",
            birthDate = DateTime.UtcNow.AddHours(8).AddDays(-(n % 300) - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            householdId = _household, relation = "anak",
        });
        return (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetGuid();
    }

    /// <summary>Weighs the child once Health has its copy (404 until the registration is delivered).</summary>
    private async Task WeighAsync(Guid child)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var response = await _health.PostJson($"/api/health/children/{child}/visits", new { measuredOn = Today, weightKg = 7.4, lengthHeightCm = 67.5, measurement = "lying" });
            if (response.StatusCode != HttpStatusCode.NotFound || DateTime.UtcNow > deadline)
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
                return;
            }

            await Task.Delay(20);
        }
    }

    /// <summary>The live dispatcher, as the host's jobs run it: every module's outbox, over and over, until stopped.</summary>
    private async Task DeliverLiveAsync(CancellationToken stop)
    {
        var dispatcher = _host.Services.GetRequiredService<OutboxDispatcher>();
        while (!stop.IsCancellationRequested)
        {
            foreach (var module in dispatcher.Modules.ToList())
            {
                await dispatcher.DispatchAsync(module, CancellationToken.None);
            }

            await Task.Delay(10, CancellationToken.None);
        }
    }

    /// <summary>Dispatches until no outbox holds a pending message (those a rebuild paused are due again after a few seconds).</summary>
    private async Task DrainAsync()
    {
        var dispatcher = _host.Services.GetRequiredService<OutboxDispatcher>();
        var modules = dispatcher.Modules.ToList();
        await UntilAsync(async () =>
        {
            foreach (var module in modules)
            {
                await dispatcher.DispatchAsync(module, CancellationToken.None);
            }

            return modules.All(m => TableDump.Query(File(m), "SELECT COUNT(*) FROM outbox_messages WHERE Status <> 1", r => r.GetInt64(0))[0] == 0);
        }, "every outbox delivered");
    }

    private static Task UntilAsync(Func<bool> condition, string what) => UntilAsync(() => Task.FromResult(condition()), what);

    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"timed out waiting for: {what}");
            await Task.Delay(50);
        }
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
