using System.Globalization;

namespace Posyandu.SharedKernel.ServiceRequests;

/// <summary>
/// Indonesian working days: Monday to Friday, minus national holidays and cuti bersama (held as data, one CSV per
/// year). SLA deadlines of service requests are counted in these days.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;

    public WorkingDayCalendar(IEnumerable<DateOnly> holidays) => _holidays = [.. holidays];

    public IReadOnlyCollection<DateOnly> Holidays => _holidays;

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="start"/> (the start day itself not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when to ≤ from).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Reads every <c>*.csv</c> (<c>date,kind,name</c>) in <paramref name="directory"/>; a missing folder means no holidays.</summary>
    public static WorkingDayCalendar FromDirectory(string directory)
    {
        var holidays = new List<DateOnly>();
        if (Directory.Exists(directory))
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.csv").Order(StringComparer.Ordinal))
            {
                foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)).Skip(1))
                {
                    if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
                    {
                        continue;
                    }

                    var date = line.Split(',')[0].Trim();
                    holidays.Add(DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                        ? day
                        : throw new InvalidDataException($"{Path.GetFileName(file)} line {number}: '{date}' is not a yyyy-MM-dd date."));
                }
            }
        }

        return new WorkingDayCalendar(holidays);
    }
}
