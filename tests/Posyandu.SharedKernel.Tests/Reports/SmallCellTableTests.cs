using Posyandu.SharedKernel.Reports;

namespace Posyandu.SharedKernel.Tests.Reports;

/// <summary>Primary and complementary small-cell suppression (threshold 5: counts 1–4 are withheld).</summary>
public sealed class SmallCellTableTests
{
    [Test]
    public void A_single_small_sibling_takes_the_next_smallest_with_it_so_the_total_cannot_give_it_away()
    {
        var table = new SmallCellTable(5);
        var total = table.Cell(3 + 20 + 9 + 0);
        var rows = table.Cells([3, 20, 9, 0]);
        table.Sum(total, rows);

        Assert.That(rows.Select(r => table[r]), Is.EqualTo(new long?[] { null, 20, null, 0 }), "3 withheld, 9 with it; zero is shown");
        Assert.That(table[total], Is.EqualTo(32));
    }

    [Test]
    public void Row_and_column_sums_are_protected_together_and_a_part_with_no_shown_sibling_hides_its_parent()
    {
        // One Posyandu row and the total row, each with D = N + T; every column's rows add up to the total.
        var table = new SmallCellTable(5);
        int[] row = table.Cells([12, 2, 10]), total = table.Cells([12, 2, 10]);
        for (var column = 0; column < 3; column++)
        {
            table.Sum(total[column], [row[column]]);
        }

        table.Sum(row[0], [row[1], row[2]]).Sum(total[0], [total[1], total[2]]);

        Assert.That(row.Concat(total).Select(c => table[c]), Is.EqualTo(new long?[] { 12, null, null, 12, null, null }), "N = 2 takes T = 10 with it");

        // A count withheld with its linked one (6 with 1), whose only sibling is zero: the parent goes instead.
        var other = new SmallCellTable(5);
        var (six, one, zero, parent) = (other.Cell(6), other.Cell(1), other.Cell(0), other.Cell(6));
        other.Link(six, one).Sum(parent, [six, zero]);
        Assert.That(new[] { six, zero, parent }.Select(c => other[c]), Is.EqualTo(new long?[] { null, 0, null }));
    }

    [Test]
    public void Linked_cells_go_together_a_sum_shown_elsewhere_still_counts_and_a_threshold_of_zero_hides_nothing()
    {
        var table = new SmallCellTable(5);
        var (numerator, denominator) = (table.Cell(2), table.Cell(40));
        var siblings = table.Cells([7, 30]);
        table.Link(numerator, denominator).Sum(null, [numerator, .. siblings]);

        Assert.That((table[numerator], table[denominator]), Is.EqualTo(((long?)null, (long?)null)));
        Assert.That(siblings.Select(s => table[s]), Is.EqualTo(new long?[] { null, 30 }));

        var open = new SmallCellTable(0);
        var cells = open.Cells([1, 2]);
        open.Sum(null, cells);
        Assert.That(cells.Select(c => open[c]), Is.EqualTo(new long?[] { 1, 2 }));
    }
}
