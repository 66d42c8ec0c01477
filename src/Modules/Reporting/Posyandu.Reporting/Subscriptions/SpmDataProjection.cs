using System.Text.Json;
using Posyandu.Reporting.Persistence;
using Posyandu.Reporting.ReadModels;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Reports;

namespace Posyandu.Reporting.Subscriptions;

/// <summary>
/// The one subscription every sector feeds: a subject's contribution (<see cref="SpmDataReported"/>, computed by the
/// sector that owns the rules) replaces the one Reporting holds, and only the difference reaches the totals — monthly
/// values the month's totals of the Posyandu and of every region level, running values the running totals. A
/// contribution older than the one held is ignored, so redelivery and order leave the same numbers as the history in
/// order. A new sector therefore adds no code here: only its indicators, as data (indicators.json).
/// </summary>
/// <remarks>
/// The fact is kept even when the contribution is empty: its version still fends off an older contribution arriving later.
/// Several deliveries of one batch share the scope: <c>FindAsync</c> sees a fact an earlier delivery added, and the
/// writers remember the totals they loaded.
/// </remarks>
internal sealed class SpmDataProjection(ReportingDbContext db, FactWriter facts, StayWriter stays) : IIntegrationEventHandler<SpmDataReported>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record State(long Version, IReadOnlyList<SpmDataValue> Values);

    public async Task HandleAsync(SpmDataReported e, IntegrationEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var key = e.Period?.ToString() ?? StayWriter.Timeless;
        var fact = await db.Facts.FindAsync([e.Kind, e.SubjectId, key], ct);
        var old = fact is null ? null : JsonSerializer.Deserialize<State>(fact.State, Json);
        if (old is not null && old.Version > e.Version)
        {
            return; // a newer contribution is already counted
        }

        var monthly = new Dictionary<(string Period, Guid Posyandu, string Village, string Metric), long>();
        var running = new Dictionary<(RegionCode Village, string Metric, Period From), long>();
        void Count(IEnumerable<SpmDataValue> values, Guid posyandu, string village, long sign)
        {
            foreach (var v in values)
            {
                if (v.Running)
                {
                    StayWriter.Count(running, new Stay(v.Element, RegionCode.Parse(village), v.Period, v.Until), sign * v.Value);
                }
                else
                {
                    var k = (v.Period.ToString(), posyandu, village, v.Element);
                    monthly[k] = monthly.GetValueOrDefault(k) + sign * v.Value;
                }
            }
        }

        if (fact is not null && old is not null)
        {
            Count(old.Values, fact.PosyanduId, fact.RegionCode, -1);
        }

        Count(e.Values, e.PosyanduId, e.RegionCode, +1);

        if (fact is null)
        {
            fact = new SubjectFact { Kind = e.Kind, SubjectId = e.SubjectId, Period = key };
            db.Facts.Add(fact);
        }

        fact.PosyanduId = e.PosyanduId;
        fact.RegionCode = e.RegionCode;
        fact.State = JsonSerializer.Serialize(new State(e.Version, e.Values), Json);

        foreach (var month in monthly.Where(m => m.Value != 0).GroupBy(m => m.Key.Period).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            await facts.ApplyDeltasAsync(month.Key, [.. month.Select(m => KeyValuePair.Create((m.Key.Posyandu, m.Key.Village, m.Key.Metric), m.Value))], ct);
        }

        await stays.WriteAsync([.. running.Where(c => c.Value != 0)], ct);
    }
}
