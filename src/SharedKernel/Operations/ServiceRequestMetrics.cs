using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.ServiceRequests;

namespace Posyandu.SharedKernel.Operations;

/// <summary>
/// <c>posyandu.service_requests.overdue</c>: per sector module, the service requests (ajuan) whose current step is
/// past its SLA (marked by the SLA sweep) — read at scrape time from each module that keeps service requests.
/// </summary>
public sealed class ServiceRequestMetrics
{
    public ServiceRequestMetrics(IMeterFactory meters, IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> databases)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(OutboxTelemetry.MeterName);
        var list = databases.ToList();
        meter.CreateObservableGauge("posyandu.service_requests.overdue", () => Read(scopes, list), "{request}",
            "Service requests whose current step is past its working-day limit.");
    }

    private static List<Measurement<int>> Read(IServiceScopeFactory scopes, List<ModuleDatabase> databases)
    {
        var measurements = new List<Measurement<int>>();
        using var scope = scopes.CreateScope();
        foreach (var database in databases)
        {
            var db = database.Resolve(scope.ServiceProvider);
            if (db.Model.FindEntityType(typeof(ServiceRequest)) is null)
            {
                continue;
            }

            try
            {
                var overdue = db.Set<ServiceRequest>().IgnoreQueryFilters().Count(r => r.OverdueSince != null);
                measurements.Add(new Measurement<int>(overdue, new KeyValuePair<string, object?>("module", database.Module)));
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
            {
                // Not answering: readiness says so.
            }
        }

        return measurements;
    }
}
