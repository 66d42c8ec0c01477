namespace Posyandu.Housing;

/// <summary>"Today" for the sector: the calendar day in Kalimantan Timur (WITA, UTC+8), not on the server's clock.</summary>
internal static class HousingClock
{
    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);

    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Wita).DateTime);
}
