namespace Posyandu.Reporting.ReadModels;

/// <summary>A subject counted in <see cref="Metric"/> in a village from month <see cref="From"/> until (not including) <see cref="Until"/>.</summary>
public readonly record struct Stay(string Metric, RegionCode Village, Period From, Period? Until);

/// <summary>
/// The <see cref="FactWriter"/> of state counts: a subject's stays (where and when it counts) are derived from its
/// state; a new state replaces the old stays with the new ones, and only the difference is written as
/// <see cref="RunningTotalChange"/>s at every region level. Order and redelivery therefore do not change the result.
/// Like <see cref="FactWriter"/>, it remembers the rows it loaded or added for its scope, which several deliveries
/// of one dispatcher batch may share.
/// </summary>
internal sealed class StayWriter(ReportingDbContext db)
{
    private readonly Dictionary<(string Region, string Metric, string Period), RunningTotalChange> _rows = [];

    /// <summary>The fact's period column: a stay-keeping subject is not tied to one month.</summary>
    internal const string Timeless = "*";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="update">The new state from the old one (null for a new subject).</param>
    /// <param name="stays">Where and when a state counts.</param>
    public async Task ApplyAsync<TState>(
        string kind, Guid subjectId, Func<TState?, TState> update, Func<TState, IEnumerable<Stay>> stays, CancellationToken ct)
        where TState : class
    {
        var fact = await db.Facts.FindAsync([kind, subjectId, Timeless], ct);
        var oldState = fact is null ? null : JsonSerializer.Deserialize<TState>(fact.State, Json);
        var newState = update(oldState);

        var changes = new Dictionary<(RegionCode Village, string Metric, Period From), long>();
        foreach (var stay in oldState is null ? [] : stays(oldState))
        {
            Count(changes, stay, -1);
        }

        foreach (var stay in stays(newState))
        {
            Count(changes, stay, +1);
        }

        if (fact is null)
        {
            fact = new SubjectFact { Kind = kind, SubjectId = subjectId, Period = Timeless };
            db.Facts.Add(fact);
        }

        fact.State = JsonSerializer.Serialize(newState, Json);
        await WriteAsync(changes.Where(c => c.Value != 0).ToList(), ct);
    }

    /// <summary>Adds (<paramref name="weight"/> &gt; 0) or takes away a stay: a change at its start and the opposite at its end.</summary>
    internal static void Count(Dictionary<(RegionCode Village, string Metric, Period From), long> changes, Stay stay, long weight)
    {
        if (stay.Until is { } until && until <= stay.From)
        {
            return; // an empty stay
        }

        void Add((RegionCode, string, Period) key, long delta) => changes[key] = changes.GetValueOrDefault(key) + delta;
        Add((stay.Village, stay.Metric, stay.From), weight);
        if (stay.Until is { } end)
        {
            Add((stay.Village, stay.Metric, end), -weight);
        }
    }

    /// <summary>Writes the changes at the village and every region above it.</summary>
    internal async Task WriteAsync(List<KeyValuePair<(RegionCode Village, string Metric, Period From), long>> changes, CancellationToken ct)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var byRegion = new Dictionary<(string Region, string Metric, string Period), long>();
        foreach (var ((village, metric, from), delta) in changes)
        {
            for (RegionCode? code = village; code is { } c; code = c.Parent)
            {
                var key = (c.ToString(), metric, from.ToString());
                byRegion[key] = byRegion.GetValueOrDefault(key) + delta;
            }
        }

        var unknown = byRegion.Keys.Where(k => !_rows.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            var regions = unknown.Select(k => k.Region).Distinct().ToList();
            var metrics = unknown.Select(k => k.Metric).Distinct().ToList();
            var periods = unknown.Select(k => k.Period).Distinct().ToList();
            foreach (var found in await db.RunningTotals
                         .Where(t => regions.Contains(t.RegionCode) && metrics.Contains(t.Metric) && periods.Contains(t.Period)).ToListAsync(ct))
            {
                _rows.TryAdd((found.RegionCode, found.Metric, found.Period), found);
            }
        }

        var existing = _rows;
        foreach (var (key, delta) in byRegion)
        {
            if (!existing.TryGetValue(key, out var row))
            {
                row = new RunningTotalChange
                {
                    RegionCode = key.Region, Metric = key.Metric, Period = key.Period,
                    ParentCode = RegionCode.Parse(key.Region).Parent?.ToString() ?? "",
                };
                db.RunningTotals.Add(row);
                existing[key] = row;
            }

            row.Delta += delta;
        }
    }
}
