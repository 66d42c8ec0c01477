using Microsoft.Extensions.Options;
using Posyandu.SharedKernel.Time;

namespace Posyandu.SharedKernel.ServiceRequests;

/// <summary>
/// Turns "N working days" into instants: a step started on a local (WITA) day is due at local midnight after the
/// N-th following working day. Holidays come from the CSV folder configured in <see cref="ServiceRequestOptions"/>;
/// the local zone is the application clock's (<see cref="LocalTime"/>).
/// </summary>
public sealed class SlaClock
{
    private readonly TimeProvider _time;

    public SlaClock(IOptions<ServiceRequestOptions> options, TimeProvider time)
        : this(Load(options), time)
    {
    }

    public SlaClock(WorkingDayCalendar calendar, TimeProvider time)
    {
        Calendar = calendar;
        _time = time;
    }

    private static WorkingDayCalendar Load(IOptions<ServiceRequestOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = options.Value.HolidaysDirectory;
        return WorkingDayCalendar.FromDirectory(Path.IsPathRooted(directory) ? directory : Path.Combine(AppContext.BaseDirectory, directory));
    }

    public WorkingDayCalendar Calendar { get; }

    public DateOnly LocalDate(DateTime utc) => _time.LocalDate(utc);

    public DateTime DueAt(DateTime startUtc, int workingDays)
    {
        var lastDay = Calendar.AddWorkingDays(LocalDate(startUtc), workingDays);
        return _time.StartOfLocalDay(lastDay.AddDays(1));
    }

    public int WorkingDaysBetween(DateTime fromUtc, DateTime toUtc) =>
        Calendar.WorkingDaysBetween(LocalDate(fromUtc), LocalDate(toUtc));
}
