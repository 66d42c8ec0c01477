namespace Posyandu.SharedKernel.Reports;

/// <summary>
/// The columns of a report whose rows (per Posyandu, village, district or regency) add up to its total row — the
/// shape of every sector's report — declared once per report, so <see cref="SmallCellRowsExtensions.Suppress"/> can
/// withhold small counts with their complements (<see cref="SmallCellTable"/>) and clear the ratios over them.
/// </summary>
public sealed class SmallCellColumns<TRow>
{
    private readonly List<(Func<TRow, int?> Get, Func<TRow, int?, TRow> Set)> _counts = [];
    private readonly List<(Func<TRow, IReadOnlyDictionary<string, int?>> Get, Func<TRow, IReadOnlyDictionary<string, int?>, TRow> Set)> _groups = [];
    private readonly List<(Func<TRow, TRow> Clear, int[] Over)> _ratios = [];
    private readonly List<(int Parent, int[] Parts)> _within = [];
    private readonly List<(int Parent, int Group)> _withinCodes = [];

    /// <summary>A count column (its index is the number of counts declared before it).</summary>
    public SmallCellColumns<TRow> Count(Func<TRow, int?> get, Func<TRow, int?, TRow> set)
    {
        _counts.Add((get, set));
        return this;
    }

    /// <summary>Counts per code (by reason, per programme): each code is a column of its own.</summary>
    public SmallCellColumns<TRow> CountsPerCode(Func<TRow, IReadOnlyDictionary<string, int?>> get, Func<TRow, IReadOnlyDictionary<string, int?>, TRow> set)
    {
        _groups.Add((get, set));
        return this;
    }

    /// <summary>A ratio over the count columns <paramref name="over"/>: cleared where one of them is withheld.</summary>
    public SmallCellColumns<TRow> Ratio(Func<TRow, TRow> clear, params int[] over)
    {
        _ratios.Add((clear, over));
        return this;
    }

    /// <summary>In every row the count columns <paramref name="parts"/> add up to <paramref name="parent"/>.</summary>
    public SmallCellColumns<TRow> Within(int parent, params int[] parts)
    {
        _within.Add((parent, parts));
        return this;
    }

    /// <summary>
    /// In every row the codes of the <paramref name="group"/>-th <see cref="CountsPerCode"/> add up to the count column
    /// <paramref name="parent"/> (incidents and incidents by type): one withheld code would be the parent less the others.
    /// </summary>
    public SmallCellColumns<TRow> WithinCodes(int parent, int group)
    {
        _withinCodes.Add((parent, group));
        return this;
    }

    /// <summary>
    /// The rows with their total first (<paramref name="hasTotal"/>), or rows alone whose columns add up to a total the
    /// caller can read elsewhere (a village's figure on its own report): suppressed as one table either way.
    /// </summary>
    internal IReadOnlyList<TRow> Apply(SmallCellTable table, IReadOnlyList<TRow> all, bool hasTotal)
    {
        if (all.Count == 0)
        {
            return all;
        }

        var codes = _groups.Select(g => all.SelectMany(r => g.Get(r).Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()).ToList();
        var cells = all.Select(r => table.Cells(_counts.Select(c => (long)(c.Get(r) ?? 0))
            .Concat(_groups.SelectMany((g, i) => codes[i].Select(code => (long)(g.Get(r).GetValueOrDefault(code) ?? 0)))))).ToList();
        for (var column = 0; column < cells[0].Length; column++)
        {
            table.Sum(hasTotal ? cells[0][column] : null, cells.Skip(hasTotal ? 1 : 0).Select(c => c[column]));
        }

        foreach (var row in cells)
        {
            _within.ForEach(w => table.Sum(row[w.Parent], w.Parts.Select(p => row[p])));
            foreach (var (parent, group) in _withinCodes)
            {
                var start = _counts.Count + codes.Take(group).Sum(c => c.Count);
                table.Sum(row[parent], Enumerable.Range(start, codes[group].Count).Select(i => row[i]));
            }
        }

        return all.Select((r, i) => Rebuild(r, cells[i], codes, table)).ToList();
    }

    private TRow Rebuild(TRow row, int[] cells, List<List<string>> codes, SmallCellTable table)
    {
        for (var i = 0; i < _counts.Count; i++)
        {
            row = _counts[i].Set(row, table.Count(cells[i]));
        }

        var offset = _counts.Count;
        for (var g = 0; g < _groups.Count; offset += codes[g].Count, g++)
        {
            var own = _groups[g].Get(row);
            var start = offset;
            row = _groups[g].Set(row, new SortedDictionary<string, int?>(
                own.Keys.ToDictionary(code => code, code => table.Count(cells[start + codes[g].IndexOf(code)])), StringComparer.Ordinal));
        }

        foreach (var (clear, over) in _ratios.Where(r => r.Over.Any(c => table.IsHidden(cells[c]))))
        {
            row = clear(row);
        }

        return row;
    }
}

public static class SmallCellRowsExtensions
{
    /// <summary>
    /// A report's total and its rows (which add up to it, column by column) as the caller may see them: unchanged for
    /// DPMD of the province and admin, small counts withheld with their complements for everyone else.
    /// </summary>
    public static (TRow Total, IReadOnlyList<TRow> Rows) Suppress<TRow>(this SmallCellPolicy policy, TRow total, IReadOnlyList<TRow> rows, SmallCellColumns<TRow> columns)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        if (policy.Exempt)
        {
            return (total, rows);
        }

        var shown = columns.Apply(policy.Table(), [.. rows.Prepend(total)], hasTotal: true);
        return (shown[0], shown.Skip(1).ToList());
    }

    /// <summary>
    /// Rows without a total in the response (a list of Posyandu with their counts) whose columns add up to a figure the
    /// caller can read elsewhere: small counts withheld with their complements, as <see cref="Suppress{TRow}"/> does.
    /// </summary>
    public static IReadOnlyList<TRow> SuppressRows<TRow>(this SmallCellPolicy policy, IReadOnlyList<TRow> rows, SmallCellColumns<TRow> columns)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        return policy.Exempt ? rows : columns.Apply(policy.Table(), rows, hasTotal: false);
    }
}
