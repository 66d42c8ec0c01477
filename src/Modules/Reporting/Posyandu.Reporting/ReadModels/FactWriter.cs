using System.Globalization;

namespace Posyandu.Reporting.ReadModels;

/// <summary>Where a subject is counted: its Posyandu and that Posyandu's village.</summary>
public readonly record struct Place(Guid PosyanduId, RegionCode Village);

/// <summary>
/// Keeps the counts consistent with the facts: a subject's new contribution replaces its old one, and only the
/// difference is added to the totals of its Posyandu, village, district, regency and province. So redelivered,
/// late or corrected events leave the same numbers as a replay of the history in order.
/// Several deliveries may share this writer's scope and one save (the dispatcher's batches): the totals and facts it
/// has loaded or added are remembered for the scope, so a later event of the batch adds to the same rows instead of
/// reading the database, which does not have them yet.
/// </summary>
internal sealed class FactWriter(ReportingDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<(string Period, string Region, string Metric), MetricTotal> _totals = [];
    private readonly Dictionary<(string Period, Guid Posyandu, string Metric), PosyanduMetricTotal> _posyanduTotals = [];
    private readonly Dictionary<(string Kind, Guid Subject), string> _periods = [];

    /// <summary>Updates one subject's fact for <paramref name="period"/> and the totals it feeds.</summary>
    /// <param name="update">New state from the old one (null for a new subject); return null to drop the subject.</param>
    /// <param name="metrics">What a state contributes.</param>
    public async Task ApplyAsync<TState>(
        string kind, Guid subjectId, Period period, Place place,
        Func<TState?, TState?> update, Func<TState, IEnumerable<(string Metric, long Value)>> metrics,
        CancellationToken ct)
        where TState : class
    {
        var key = period.ToString();
        var fact = await db.Facts.FindAsync([kind, subjectId, key], ct);
        if (fact is not null && db.Entry(fact).State == EntityState.Deleted)
        {
            // Dropped by an earlier delivery of the same batch: the subject starts afresh in the same row.
            db.Entry(fact).State = EntityState.Modified;
            (fact.Metrics, fact.State) = ("", "null");
        }

        var oldState = fact is null ? null : JsonSerializer.Deserialize<TState>(fact.State, Json);
        var newState = update(oldState);

        var deltas = new Dictionary<(Guid Posyandu, string Village, string Metric), long>();
        if (fact is not null)
        {
            foreach (var (metric, value) in Parse(fact.Metrics))
            {
                Add(deltas, (fact.PosyanduId, fact.RegionCode, metric), -value);
            }
        }

        var contributed = newState is null ? [] : metrics(newState).Where(m => m.Value != 0).ToList();
        foreach (var (metric, value) in contributed)
        {
            Add(deltas, (place.PosyanduId, place.Village.ToString(), metric), value);
        }

        if (newState is null)
        {
            if (fact is not null)
            {
                db.Facts.Remove(fact);
                _periods.Remove((kind, subjectId));
            }
        }
        else
        {
            if (fact is null)
            {
                fact = new SubjectFact { Kind = kind, SubjectId = subjectId, Period = key };
                db.Facts.Add(fact);
                _periods[(kind, subjectId)] = key;
            }

            fact.PosyanduId = place.PosyanduId;
            fact.RegionCode = place.Village.ToString();
            fact.State = JsonSerializer.Serialize(newState, Json);
            fact.Metrics = Format(contributed);
        }

        await ApplyDeltasAsync(key, deltas.Where(d => d.Value != 0).ToList(), ct);
    }

    /// <summary>
    /// For events that do not carry the fact's period (e.g. a status change of a request counted in the month it
    /// was submitted): finds the subject's fact, whatever its period, and applies <paramref name="update"/> to it.
    /// A subject not seen yet means its first event is still on its way (delivery order is not guaranteed after a
    /// retry): this throws <see cref="AwaitedEventMissingException"/>, so the outbox retries the event later without
    /// letting it die while <paramref name="publisher"/> (whose outbox holds the first event) is healthy.
    /// </summary>
    public async Task ApplyToSubjectAsync<TState>(
        string publisher, string kind, Guid subjectId, Place place,
        Func<TState?, TState?> update, Func<TState, IEnumerable<(string Metric, long Value)>> metrics,
        CancellationToken ct)
        where TState : class
    {
        var period = _periods.GetValueOrDefault((kind, subjectId))
                     ?? await db.Facts.Where(f => f.Kind == kind && f.SubjectId == subjectId).Select(f => f.Period).FirstOrDefaultAsync(ct)
                     ?? throw new AwaitedEventMissingException(publisher, $"No {kind} {subjectId} yet: its first event has not been applied; retry later.");
        await ApplyAsync(kind, subjectId, Period.Parse(period), place, update, metrics, ct);
    }

    /// <summary>Adds <paramref name="deltas"/> to the month's totals of each Posyandu and of its village and every region above.</summary>
    internal async Task ApplyDeltasAsync(string period, List<KeyValuePair<(Guid Posyandu, string Village, string Metric), long>> deltas, CancellationToken ct)
    {
        if (deltas.Count == 0)
        {
            return;
        }

        var byRegion = new Dictionary<(string Region, string Metric), long>();
        foreach (var ((_, village, metric), delta) in deltas)
        {
            for (RegionCode? code = RegionCode.Parse(village); code is { } c; code = c.Parent)
            {
                Add(byRegion, (c.ToString(), metric), delta);
            }
        }

        var unknown = byRegion.Keys.Where(k => !_totals.ContainsKey((period, k.Region, k.Metric))).ToList();
        if (unknown.Count > 0)
        {
            var regions = unknown.Select(k => k.Region).Distinct().ToList();
            var metricNames = unknown.Select(k => k.Metric).Distinct().ToList();
            foreach (var row in await db.Totals
                         .Where(t => t.Period == period && regions.Contains(t.RegionCode) && metricNames.Contains(t.Metric)).ToListAsync(ct))
            {
                _totals.TryAdd((period, row.RegionCode, row.Metric), row);
            }
        }

        foreach (var ((region, metric), delta) in byRegion)
        {
            if (!_totals.TryGetValue((period, region, metric), out var total))
            {
                total = new MetricTotal
                {
                    Period = period, RegionCode = region, Metric = metric,
                    ParentCode = RegionCode.Parse(region).Parent?.ToString() ?? "",
                };
                db.Totals.Add(total);
                _totals[(period, region, metric)] = total;
            }

            total.Value += delta;
        }

        var unknownSites = deltas.Where(d => !_posyanduTotals.ContainsKey((period, d.Key.Posyandu, d.Key.Metric))).ToList();
        if (unknownSites.Count > 0)
        {
            var posyandus = unknownSites.Select(d => d.Key.Posyandu).Distinct().ToList();
            var metricNames = unknownSites.Select(d => d.Key.Metric).Distinct().ToList();
            foreach (var row in await db.PosyanduTotals
                         .Where(t => t.Period == period && posyandus.Contains(t.PosyanduId) && metricNames.Contains(t.Metric)).ToListAsync(ct))
            {
                _posyanduTotals.TryAdd((period, row.PosyanduId, row.Metric), row);
            }
        }

        foreach (var ((posyandu, village, metric), delta) in deltas)
        {
            if (!_posyanduTotals.TryGetValue((period, posyandu, metric), out var total))
            {
                total = new PosyanduMetricTotal { Period = period, PosyanduId = posyandu, RegionCode = village, Metric = metric };
                db.PosyanduTotals.Add(total);
                _posyanduTotals[(period, posyandu, metric)] = total;
            }

            total.Value += delta;
        }
    }

    private static void Add<TKey>(Dictionary<TKey, long> map, TKey key, long value)
        where TKey : notnull =>
        map[key] = map.GetValueOrDefault(key) + value;

    private static string Format(IEnumerable<(string Metric, long Value)> metrics) =>
        string.Join(';', metrics.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Metric}={m.Value}")));

    private static IEnumerable<(string Metric, long Value)> Parse(string metrics) =>
        metrics.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .Select(p => (p[0], long.Parse(p[1], CultureInfo.InvariantCulture)));
}
