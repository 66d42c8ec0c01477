namespace Posyandu.Health.Immunisation;

/// <summary>
/// An age or interval as the schedule states it: calendar months plus weeks plus days ("9 bulan", "4 minggu").
/// Months are calendar months because that is how a puskesmas counts a baby's age (born 17 May: 2 months on 17 July).
/// </summary>
public sealed record AgeSpan(int Months = 0, int Weeks = 0, int Days = 0)
{
    public DateOnly After(DateOnly from) => from.AddMonths(Months).AddDays((Weeks * 7) + Days);

    /// <summary>"9 bulan", "4 minggu", "7 hari" — for messages to kader and puskesmas staff.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Months != 0)
        {
            parts.Add($"{Months} bulan");
        }

        if (Weeks != 0)
        {
            parts.Add($"{Weeks} minggu");
        }

        if (Days != 0 || parts.Count == 0)
        {
            parts.Add($"{Days} hari");
        }

        return string.Join(" ", parts);
    }
}
