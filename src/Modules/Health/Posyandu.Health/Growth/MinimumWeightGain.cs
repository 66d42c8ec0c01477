namespace Posyandu.Health.Growth;

/// <summary>
/// Kenaikan Berat Badan Minimal (KBM): the least a child must gain since last month's weighing to count as
/// <em>naik</em>. Source: the KBM row of the growth chart in Buku KIA (Kemenkes RI, edition 2023, "Grafik
/// Pertumbuhan" pages: "Kenaikan BB sama dengan KBM atau lebih" = N), the table first set in Permenkes 155/2010
/// on the KMS and kept when Permenkes 2/2020 replaced the reference curves. Age is in completed months at the
/// current weighing; the table starts at 1 month, so a child weighed twice within its first month uses that row.
/// </summary>
public static class MinimumWeightGain
{
    // Index = completed months 1..11; from 12 up to 59 months the minimum is 200 g.
    private static readonly int[] GramsByMonth = [800, 800, 900, 800, 600, 500, 400, 400, 300, 300, 300, 200];

    /// <summary>The KBM in grams for a child of <paramref name="ageMonths"/> completed months.</summary>
    public static int Grams(int ageMonths) =>
        ageMonths < GramsByMonth.Length ? GramsByMonth[Math.Max(ageMonths, 0)] : 200;
}
