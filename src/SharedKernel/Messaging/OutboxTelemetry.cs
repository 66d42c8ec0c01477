using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Posyandu.SharedKernel.Messaging;

/// <summary>
/// The outbox's metrics and traces (OpenTelemetry names; the host exports them). Meter <see cref="MeterName"/>:
/// <c>posyandu.outbox.pending</c> / <c>.dead</c> / <c>.oldest_pending_age</c> per module (gauges),
/// <c>posyandu.outbox.deliveries</c> and <c>.delivery_failures</c> per consumer and source module,
/// <c>posyandu.outbox.dead_lettered</c> per module, and the <c>posyandu.outbox.delivery_lag</c> histogram (seconds from
/// publication to the message being delivered to every consumer). Activity source <see cref="ActivitySourceName"/>:
/// one consumer span per delivery, a child of the span that published the event (its W3C context travels in the
/// outbox row), so a trace follows a write from the request through the outbox to each consumer.
/// </summary>
public sealed class OutboxTelemetry
{
    public const string MeterName = "Posyandu.Platform";

    public const string ActivitySourceName = "Posyandu.Outbox";

    private static readonly ActivitySource Activities = new(ActivitySourceName);

    private static readonly TimeSpan GaugeCache = TimeSpan.FromMilliseconds(250);

    /// <summary>From 10 ms (an idle host) to 30 min (the longest retry back-off).</summary>
    private static readonly double[] LagBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800];

    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _failures;
    private readonly Counter<long> _dead;
    private readonly Histogram<double> _lag;

    public OutboxTelemetry(IMeterFactory meters, OutboxMonitor monitor, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        // From the host's factory, not a static meter: each host (a test's, too) reports its own modules only.
        var meter = meters.Create(MeterName);
        _deliveries = meter.CreateCounter<long>("posyandu.outbox.deliveries", "{delivery}", "Integration events applied by a consumer's handler.");
        _failures = meter.CreateCounter<long>("posyandu.outbox.delivery_failures", "{delivery}", "Deliveries a consumer's handler refused (retried with back-off).");
        _dead = meter.CreateCounter<long>("posyandu.outbox.dead_lettered", "{message}", "Messages set aside as dead after the last attempt or as unreadable.");
        _lag = meter.CreateHistogram<double>("posyandu.outbox.delivery_lag", "s", "From publication (the commit) to delivery to every consumer.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LagBuckets });
        // One scrape reads all three gauges: one reading serves them.
        meter.CreateObservableGauge("posyandu.outbox.pending", () => monitor.Read(GaugeCache)
            .Select(s => new Measurement<int>(s.Pending, new KeyValuePair<string, object?>("module", s.Module))), "{message}", "Messages waiting for delivery.");
        meter.CreateObservableGauge("posyandu.outbox.dead", () => monitor.Read(GaugeCache)
            .Select(s => new Measurement<int>(s.Dead, new KeyValuePair<string, object?>("module", s.Module))), "{message}", "Dead messages waiting for an operator (revive or fix).");
        meter.CreateObservableGauge("posyandu.outbox.oldest_pending_age", () => monitor.Read(GaugeCache)
            .Select(s => new Measurement<double>(s.OldestPendingAt is { } at ? Math.Max(0, (time.GetUtcNow().UtcDateTime - at).TotalSeconds) : 0,
                new KeyValuePair<string, object?>("module", s.Module))), "s", "Age of the oldest message waiting for delivery.");
    }

    /// <summary>The current span's W3C traceparent, stored with a published event.</summary>
    internal static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id : null;

    /// <summary>A consumer span for one delivery, continuing the publisher's trace when the message carries one.</summary>
    internal static Activity? StartDelivery(Delivery delivery)
    {
        if (!Activities.HasListeners())
        {
            return null;
        }

        ActivityContext.TryParse(delivery.TraceParent, null, out var parent);
        var activity = Activities.StartActivity($"deliver {delivery.Event.GetType().Name}", ActivityKind.Consumer, parent);
        activity?.SetTag("messaging.system", "posyandu.outbox");
        activity?.SetTag("messaging.operation.type", "process");
        activity?.SetTag("messaging.message.id", delivery.Context.MessageId.ToString());
        activity?.SetTag("messaging.destination.name", delivery.Context.SourceModule);
        activity?.SetTag("posyandu.consumer", delivery.Subscription.ConsumerModule);
        activity?.SetTag("posyandu.handler", delivery.Subscription.HandlerName);
        return activity;
    }

    internal void Delivered(Delivery delivery) =>
        _deliveries.Add(1, Tags(delivery));

    internal void Failed(Delivery delivery, Activity? activity, Exception error)
    {
        _failures.Add(1, Tags(delivery));
        activity?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
    }

    internal void DeadLettered(string module) => _dead.Add(1, new KeyValuePair<string, object?>("module", module));

    internal void Settled(string module, TimeSpan lag) =>
        _lag.Record(Math.Max(0, lag.TotalSeconds), new KeyValuePair<string, object?>("module", module));

    private static TagList Tags(Delivery delivery) => new()
    {
        { "consumer", delivery.Subscription.ConsumerModule },
        { "source", delivery.Context.SourceModule },
    };
}
