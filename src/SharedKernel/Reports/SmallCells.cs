using Microsoft.Extensions.Configuration;
using Posyandu.SharedKernel.Security;

namespace Posyandu.SharedKernel.Reports;

/// <summary>
/// Who sees the small counts of an aggregate, and the threshold (<c>Reporting:SmallCellThreshold</c>, 5 by default).
/// A count of 1 to threshold − 1 in a village or a Posyandu can single out a household or a child (UU 27/2022 Art. 16:
/// minimisation; the BPS practice for published tables), so every aggregate response — the DPMD scorecard, series and
/// ranking, the sectors' Posyandu and regional reports (SKDN, …), their exports — withholds it from every caller below
/// DPMD of the province: kader, the village, the OPDs and a DPMD of a regency alike. DPMD of the province, who
/// coordinates the SPM data, and admin see the counts; so does background work (no request).
/// </summary>
public sealed class SmallCellPolicy(ICurrentUser user, IConfiguration configuration)
{
    public const string ThresholdKey = "Reporting:SmallCellThreshold";

    public int Threshold => configuration.GetValue(ThresholdKey, 5);

    /// <summary>True when the caller sees every count as it is.</summary>
    public bool Exempt => !user.IsAuthenticated || user.IsInRole(Roles.Admin)
        || (user.IsInRole(Roles.Dpmd) && user.Scope.RegionPrefix is not { Length: > 2 });

    /// <summary>A table to suppress for this caller (one that hides nothing for an exempt caller).</summary>
    public SmallCellTable Table() => new(Exempt ? 0 : Threshold);
}

/// <summary>
/// One aggregate's counts and how they add up, suppressed together. Primary suppression hides every count of 1 to
/// threshold − 1 (zero is shown: it singles out no one). Complementary suppression then makes sure no hidden count can
/// be recomputed: in every sum (a parent and its parts — a column's rows and its total, D = N + T + O + B) that shows
/// all but one of its cells, the smallest shown non-zero part is hidden too (or, with none, the parent), until every
/// sum hides none or at least two; linked cells (a numerator and its denominator) are hidden together.
/// </summary>
public sealed class SmallCellTable(int threshold)
{
    private readonly List<long> _values = [];
    private readonly List<(int? Parent, int[] Parts)> _sums = [];
    private readonly List<int[]> _links = [];
    private bool[]? _hidden;

    /// <summary>Adds a count; returns its cell.</summary>
    public int Cell(long value)
    {
        _values.Add(value);
        _hidden = null;
        return _values.Count - 1;
    }

    /// <summary>Adds a row of counts; returns their cells, in order.</summary>
    public int[] Cells(IEnumerable<long> values) => [.. (values ?? []).Select(Cell)];

    /// <summary><paramref name="parent"/> is the sum of <paramref name="parts"/> (null: a total the caller can read elsewhere, e.g. the parent region's scorecard).</summary>
    public SmallCellTable Sum(int? parent, IEnumerable<int> parts)
    {
        _sums.Add((parent, [.. parts]));
        _hidden = null;
        return this;
    }

    /// <summary>Cells shown or hidden together (a ratio's numerator and denominator).</summary>
    public SmallCellTable Link(params int[] cells)
    {
        _links.Add(cells);
        _hidden = null;
        return this;
    }

    public bool IsHidden(int cell) => Hidden()[cell];

    /// <summary>The count, or null when withheld.</summary>
    public long? this[int cell] => IsHidden(cell) ? null : _values[cell];

    /// <summary>The count as an int, or null when withheld (report rows count in int).</summary>
    public int? Count(int cell) => (int?)this[cell];

    private bool[] Hidden()
    {
        if (_hidden is not null)
        {
            return _hidden;
        }

        var hidden = _values.Select(v => v > 0 && v < threshold).ToArray();
        for (var changed = threshold > 1; changed;)
        {
            changed = false;
            foreach (var link in _links.Where(l => l.Any(c => hidden[c]) && l.Any(c => !hidden[c])))
            {
                Array.ForEach(link, c => hidden[c] = true);
                changed = true;
            }

            foreach (var (parent, parts) in _sums)
            {
                var cells = parent is { } p ? parts.Append(p).ToArray() : parts;
                // Without a parent in the table the parts still add up to a total shown elsewhere: one hidden part is
                // recomputable all the same.
                if (cells.Count(c => hidden[c]) != 1)
                {
                    continue;
                }

                var complement = parts.Where(c => !hidden[c] && _values[c] > 0).OrderBy(c => _values[c]).Cast<int?>().FirstOrDefault()
                                 ?? (parent is { } shown && !hidden[shown] ? shown : parts.Where(c => !hidden[c]).Cast<int?>().FirstOrDefault());
                if (complement is { } cell)
                {
                    hidden[cell] = true;
                    changed = true;
                }
            }
        }

        return _hidden = hidden;
    }
}
