using Posyandu.SharedKernel.Reports;

namespace Posyandu.Reporting.Features.Scorecard;

/// <summary>
/// The scorecard's, series' and ranking's small-cell suppression (<see cref="SmallCellPolicy"/>: every caller below
/// DPMD of the province): an indicator whose numerator or denominator is a count of 1 to threshold − 1 is withheld —
/// numerator, denominator and value null, <c>suppressed: true</c>. In the ranking the child regions add up to their
/// parent's figure (on the parent's scorecard), so one withheld sibling takes the next-smallest with it
/// (<see cref="SmallCellTable"/>). The exports for publication apply the threshold for everyone (<c>publication=true</c>).
/// </summary>
public sealed class SmallCells(SmallCellPolicy policy)
{
    /// <summary>The configured threshold; the exports for publication use it too.</summary>
    public int Threshold => policy.Threshold;

    public IndicatorValue Apply(IndicatorValue value) => ApplyToSiblings([value])[0];

    /// <summary>Values whose numerators (and denominators) add up to a parent's: suppressed with their complements.</summary>
    public IReadOnlyList<IndicatorValue> ApplyToSiblings(IReadOnlyList<IndicatorValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var table = policy.Table();
        var cells = values.Select(v => (Numerator: table.Cell(v.Numerator ?? 0), Denominator: table.Cell(v.Denominator ?? 0))).ToList();
        cells.ForEach(c => table.Link(c.Numerator, c.Denominator));
        if (values.Count > 1)
        {
            table.Sum(null, cells.Select(c => c.Numerator)).Sum(null, cells.Select(c => c.Denominator));
        }

        return values.Select((v, i) => table.IsHidden(cells[i].Numerator)
            ? v with { Numerator = null, Denominator = null, Value = null, Status = "none", Suppressed = true }
            : v).ToList();
    }
}
