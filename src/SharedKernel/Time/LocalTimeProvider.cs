namespace Posyandu.SharedKernel.Time;

/// <summary>
/// The application's clock: the system's instant, read in the configured local zone (<see cref="ClockOptions"/>).
/// "Today" is the calendar day in Kalimantan Timur (WITA, UTC+8), not on the server's clock: a child born this
/// morning in Samarinda is born today even while it is still yesterday in UTC. Registered once as the
/// <see cref="TimeProvider"/>; a test replaces it with a fake that keeps the same zone.
/// </summary>
public sealed class LocalTimeProvider(TimeProvider inner, TimeZoneInfo zone) : TimeProvider
{
    /// <summary>Waktu Indonesia Tengah: Kalimantan Timur's zone, UTC+8 all year (Indonesia keeps no daylight saving).</summary>
    public static TimeZoneInfo Wita { get; } = Zone(8);

    public override TimeZoneInfo LocalTimeZone => zone;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);

    /// <summary>A fixed-offset zone (WIB +7, WITA +8, WIT +9): the configuration names the offset, not a tz id, so no tzdata is needed.</summary>
    public static TimeZoneInfo Zone(double utcOffsetHours)
    {
        if (utcOffsetHours is < -14 or > 14)
        {
            throw new ArgumentOutOfRangeException(nameof(utcOffsetHours), utcOffsetHours, "A UTC offset is between -14 and +14 hours.");
        }

        var offset = TimeSpan.FromHours(utcOffsetHours);
        var name = $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset.Duration():hh\\:mm}";
        return TimeZoneInfo.CreateCustomTimeZone(name, offset, name, name);
    }
}

/// <summary>The <c>Clock</c> configuration section.</summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    /// <summary>The local zone's offset from UTC; Kalimantan Timur keeps WITA (UTC+8).</summary>
    public double UtcOffsetHours { get; set; } = 8;
}
