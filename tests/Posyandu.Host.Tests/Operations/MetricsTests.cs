using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Host.Tests.Outbox;
using Posyandu.Host.Tests.TestModules.Alpha;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Operations;

/// <summary>
/// Issue 24 item 2: <c>/metrics</c> (Prometheus, admin only here) shows the outbox metrics moving after writes, and a
/// delivery's span continues the trace of the request that published the event.
/// </summary>
public sealed class MetricsTests
{
    private TestHost _host = null!;
    private HttpClient _dpmd = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync(OutboxTests.AddTestModules);
        _dpmd = _host.Client([Roles.Dpmd], region: "64");
        _admin = _host.Client([Roles.Admin]);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd.Dispose();
        _admin.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task Outbox_metrics_move_after_writes()
    {
        var before = await ScrapeAsync();
        for (var i = 0; i < 3; i++)
        {
            (await _dpmd.PostJson("/api/alpha/things", new { label = $"metered-{i}", quantity = 1 })).EnsureSuccessStatusCode();
        }

        var written = await ScrapeAsync();
        Assert.That(Value(written, "posyandu_outbox_pending", "module=\"alpha\""), Is.GreaterThanOrEqualTo(3));

        await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("alpha", CancellationToken.None);

        var delivered = await ScrapeAsync();
        Assert.That(Value(delivered, "posyandu_outbox_pending", "module=\"alpha\""), Is.Zero);
        Assert.That(Value(delivered, "posyandu_outbox_deliveries_total", "consumer=\"beta\"", "source=\"alpha\"")
                    - Value(before, "posyandu_outbox_deliveries_total", "consumer=\"beta\"", "source=\"alpha\""), Is.EqualTo(3));
        Assert.That(Value(delivered, "posyandu_outbox_delivery_lag_seconds_count", "module=\"alpha\"")
                    - Value(before, "posyandu_outbox_delivery_lag_seconds_count", "module=\"alpha\""), Is.EqualTo(3));
        Assert.That(delivered, Does.Contain("posyandu_outbox_dead{").And.Contain("http_server_request_duration_seconds"));
    }

    [Test]
    public async Task Metrics_are_for_admins_or_the_scrape_network_only()
    {
        using var anonymous = _host.Client();
        Assert.That((await anonymous.GetAsync("/metrics")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await _dpmd.GetAsync("/metrics")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_delivery_continues_the_trace_of_the_request_that_published_the_event()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == OutboxTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (spans) spans.Add(a); },
        };
        ActivitySource.AddActivityListener(listener);

        (await _dpmd.PostJson("/api/alpha/things", new { label = "traced", quantity = 1 })).EnsureSuccessStatusCode();
        OutboxMessage message;
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            message = await scope.ServiceProvider.GetRequiredService<AlphaDbContext>().OutboxMessages.AsNoTracking()
                .SingleAsync(m => m.Payload.Contains("\"traced\""));
        }

        await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("alpha", CancellationToken.None);

        Assert.That(message.TraceParent, Does.Match("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"), "the request's W3C trace context is stored with the event");
        var publisher = ActivityContext.Parse(message.TraceParent!, null);
        List<Activity> deliveries;
        lock (spans)
        {
            deliveries = spans.Where(a => (string?)a.GetTagItem("messaging.message.id") == message.MessageId.ToString()).ToList();
        }

        Assert.That(deliveries.Select(d => d.GetTagItem("posyandu.consumer")), Is.EquivalentTo(new[] { "beta", "gamma" }));
        Assert.That(deliveries.Select(d => d.TraceId), Has.All.EqualTo(publisher.TraceId));
        Assert.That(deliveries.Select(d => d.ParentSpanId), Has.All.EqualTo(publisher.SpanId));
        Assert.That(deliveries.Select(d => d.Kind), Has.All.EqualTo(ActivityKind.Consumer));
    }

    private async Task<string> ScrapeAsync()
    {
        await Task.Delay(350); // the exporter caches a scrape for 300 ms
        var response = await _admin.GetAsync("/metrics");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of a metric's samples whose labels contain all of <paramref name="labels"/> (0 when none).</summary>
    private static double Value(string exposition, string metric, params string[] labels) =>
        exposition.Split('\n')
            .Where(l => l.StartsWith(metric + "{", StringComparison.Ordinal) || l.StartsWith(metric + " ", StringComparison.Ordinal))
            .Where(l => labels.All(x => l.Contains(x, StringComparison.Ordinal)))
            .Sum(l => double.Parse(l.Split(' ')[1], CultureInfo.InvariantCulture));
}
