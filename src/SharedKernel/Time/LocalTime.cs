using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Posyandu.SharedKernel.Time;

/// <summary>
/// The one way to ask the injected <see cref="TimeProvider"/> for local dates: every "today", "not in the future"
/// and "local midnight" in the product goes through these, so freezing the clock moves all of them.
/// </summary>
public static class LocalTime
{
    /// <summary>The calendar day now in the local zone (WITA by default).</summary>
    public static DateOnly Today(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetLocalNow().DateTime);
    }

    /// <summary>The current instant as a UTC <see cref="DateTime"/> (how the database stores instants).</summary>
    public static DateTime UtcNow(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.GetUtcNow().UtcDateTime;
    }

    /// <summary>The local calendar day of a UTC instant (e.g. the month an event counts in).</summary>
    public static DateOnly LocalDate(this TimeProvider time, DateTime utc)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), time.LocalTimeZone));
    }

    /// <summary>Local midnight at the start of <paramref name="day"/>, as a UTC instant.</summary>
    public static DateTime StartOfLocalDay(this TimeProvider time, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(time);
        return TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), time.LocalTimeZone);
    }

    /// <summary>
    /// Registers the application's <see cref="TimeProvider"/> once: the system clock read in the zone of
    /// <c>Clock:UtcOffsetHours</c>. A test registers its own fake afterwards, and that one wins.
    /// </summary>
    public static IServiceCollection AddLocalClock(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ClockOptions.Section).Get<ClockOptions>() ?? new ClockOptions();
        services.TryAddSingleton<TimeProvider>(new LocalTimeProvider(TimeProvider.System, LocalTimeProvider.Zone(options.UtcOffsetHours)));
        return services;
    }
}
