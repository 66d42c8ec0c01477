using System.Globalization;
using System.Text.Json.Serialization;

namespace Posyandu.SharedKernel.Domain;

/// <summary>
/// A calendar month, <c>yyyy-MM</c>: the unit of Posyandu reporting (one service day a month, SKDN per month).
/// Years are limited to 1900–2999 so that a typo such as 0226 or 20026 fails instead of creating a stray month.
/// </summary>
[JsonConverter(typeof(TextValueJsonConverter<Period>))]
public readonly record struct Period : IComparable<Period>, ITextValue<Period>
{
    public const int MinYear = 1900;
    public const int MaxYear = 2999;

    /// <exception cref="ArgumentOutOfRangeException">Year outside 1900–2999 or month outside 1–12.</exception>
    public Period(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public static Period Of(DateOnly date) => new(date.Year, date.Month);

    public Period Next() => Month == 12 ? new Period(Year + 1, 1) : new Period(Year, Month + 1);

    /// <summary>The month <paramref name="months"/> later (earlier when negative).</summary>
    public Period AddMonths(int months)
    {
        var index = Year * 12 + Month - 1 + months;
        return new Period(index / 12, index % 12 + 1);
    }

    public Period Previous() => Month == 1 ? new Period(Year - 1, 12) : new Period(Year, Month - 1);

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    public int CompareTo(Period other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <exception cref="FormatException">Not a yyyy-MM month in range; the message says why.</exception>
    public static Period Parse(string text) =>
        TryParse(text, out var period, out var error) ? period : throw new FormatException(error);

    public static bool TryParse(string? text, out Period period, out string? error)
    {
        period = default;
        if (string.IsNullOrEmpty(text))
        {
            error = "A month is required: use yyyy-MM, e.g. 2026-03.";
            return false;
        }

        // NumberStyles.None: ASCII digits only — no sign, spaces or thousands separators.
        if (text.Length != 7 || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            error = $"'{text}' is not a month: use yyyy-MM, e.g. 2026-03.";
            return false;
        }

        if (year is < MinYear or > MaxYear || month is < 1 or > 12)
        {
            error = $"'{text}' is not a month: the year must be {MinYear}–{MaxYear} and the month 01–12.";
            return false;
        }

        period = new Period(year, month);
        error = null;
        return true;
    }
}
