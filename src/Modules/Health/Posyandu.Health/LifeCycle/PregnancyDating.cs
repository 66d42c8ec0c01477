namespace Posyandu.Health.LifeCycle;

/// <summary>
/// Dating a pregnancy from HPHT (hari pertama haid terakhir, the first day of the last menstrual period), as the
/// Buku KIA (Kemenkes 2023) teaches the bidan and kader: gestational age in completed weeks since HPHT, and the
/// estimated due date (taksiran persalinan) by Naegele's rule.
/// </summary>
public static class PregnancyDating
{
    /// <summary>Beyond 42 completed weeks a pregnancy is post-term (serotinus); an older HPHT is a typo, not a pregnancy.</summary>
    public const int MaxGestationalWeeks = 42;

    /// <summary>Completed weeks since HPHT on <paramref name="day"/> (day 0–6 is week 0).</summary>
    public static int GestationalWeeks(DateOnly hpht, DateOnly day) => (day.DayNumber - hpht.DayNumber) / 7;

    /// <summary>
    /// Naegele's rule: HPHT + 1 year − 3 months + 7 days (the calendar form in the Buku KIA, which differs from a plain
    /// 280 days by a day or two depending on the months crossed).
    /// </summary>
    public static DateOnly EstimatedDueDate(DateOnly hpht) => hpht.AddYears(1).AddMonths(-3).AddDays(7);

    /// <summary>True when <paramref name="hpht"/> is a possible HPHT for a pregnancy still ongoing on <paramref name="day"/>.</summary>
    public static bool IsPlausible(DateOnly hpht, DateOnly day) =>
        hpht <= day && day.DayNumber - hpht.DayNumber <= MaxGestationalWeeks * 7;
}
