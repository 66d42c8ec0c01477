using System.Net;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Operations;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Host.Hosting;

/// <summary>
/// OpenTelemetry metrics and traces: ASP.NET Core and EF Core instrumentation and the platform's own meter and
/// activity source (<see cref="OutboxTelemetry"/>, <see cref="ServiceRequestMetrics"/>). Metrics are served in
/// Prometheus format at <c>/metrics</c> to an admin token or to a scraper in one of <c>Telemetry:ScrapeNetworks</c>
/// (CIDR, e.g. <c>10.0.0.0/8</c>); both metrics and traces go to an OTLP collector when
/// <c>Telemetry:OtlpEndpoint</c> (or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>) is set.
/// </summary>
internal static class TelemetrySetup
{
    private const string ScrapePolicy = "metrics-scrape";

    public static WebApplicationBuilder AddPosyanduTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var otlp = configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } endpoint ? new Uri(endpoint) : null;
        var otlpFromEnvironment = !string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        builder.Services.AddSingleton<ServiceRequestMetrics>();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["Telemetry:ServiceName"] ?? "posyandu-digital"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddMeter(OutboxTelemetry.MeterName, "Microsoft.EntityFrameworkCore")
                    .AddPrometheusExporter();
                if (otlp is not null || otlpFromEnvironment)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = otlp ?? o.Endpoint);
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health") && !http.Request.Path.StartsWithSegments("/metrics"))
                    .AddSource(OutboxTelemetry.ActivitySourceName);
                if (otlp is not null || otlpFromEnvironment)
                {
                    // A span per SQL command only when a collector receives it: without an exporter nobody reads them, and
                    // recording them (tags, the statement text) was ~8 % of the host's CPU in a bulk import (issue 23).
                    tracing.AddEntityFrameworkCoreInstrumentation();
                    tracing.AddOtlpExporter(o => o.Endpoint = otlp ?? o.Endpoint);
                }
            });

        var networks = (configuration.GetSection("Telemetry:ScrapeNetworks").Get<string[]>() ?? [])
            .Select(n => IPNetwork.Parse(n)).ToArray();
        builder.Services.AddAuthorizationBuilder().AddPolicy(ScrapePolicy, policy => policy.RequireAssertion(context =>
            context.User.IsInRole(Roles.Admin)
            || (context.Resource is HttpContext http && http.Connection.RemoteIpAddress is { } address
                && networks.Any(n => n.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)))));
        return builder;
    }

    public static WebApplication UsePosyanduTelemetry(this WebApplication app)
    {
        // Created now so the gauges exist from the first scrape, not from the first delivery.
        app.Services.GetRequiredService<OutboxTelemetry>();
        app.Services.GetRequiredService<ServiceRequestMetrics>();
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(ScrapePolicy);
        return app;
    }
}
