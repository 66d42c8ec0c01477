using Microsoft.Extensions.Options;

namespace Posyandu.SharedKernel.ServiceRequests;

/// <summary>
/// Turns "N working days" into instants: a step started on a local (WITA) day is due at local midnight after the
/// N-th following working day. Holidays come from the CSV folder configured in <see cref="ServiceRequestOptions"/>.
/// </summary>
public sealed class SlaClock
{
    private readonly TimeSpan _offset;

    public SlaClock(IOptions<ServiceRequestOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = options.Value.HolidaysDirectory;
        Calendar = WorkingDayCalendar.FromDirectory(Path.IsPathRooted(directory) ? directory : Path.Combine(AppContext.BaseDirectory, directory));
        _offset = TimeSpan.FromHours(options.Value.UtcOffsetHours);
    }

    public SlaClock(WorkingDayCalendar calendar, TimeSpan utcOffset)
    {
        Calendar = calendar;
        _offset = utcOffset;
    }

    public WorkingDayCalendar Calendar { get; }

    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(utc + _offset);

    public DateTime DueAt(DateTime startUtc, int workingDays)
    {
        var lastDay = Calendar.AddWorkingDays(LocalDate(startUtc), workingDays);
        return lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue) - _offset;
    }

    public int WorkingDaysBetween(DateTime fromUtc, DateTime toUtc) =>
        Calendar.WorkingDaysBetween(LocalDate(fromUtc), LocalDate(toUtc));
}
