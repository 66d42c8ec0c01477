using Posyandu.SharedKernel.Time;

namespace Posyandu.Testing;

/// <summary>
/// A frozen application clock for a test host (<c>services: s =&gt; s.AddSingleton&lt;TimeProvider&gt;(clock)</c>): it
/// reads in the same local zone as the real one (WITA), so every "today" in every module follows it. Unlike
/// <c>FakeTimeProvider</c> it may also be set back — a fixture can register records on one day and act on a later one.
/// Timers run on the system clock (nothing in the product schedules on the <see cref="TimeProvider"/>).
/// </summary>
public sealed class TestClock(DateTimeOffset utcNow) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = utcNow.ToUniversalTime();

    /// <summary>A clock frozen at <paramref name="time"/> on <paramref name="day"/>, local (WITA) time.</summary>
    public static TestClock At(DateOnly day, TimeOnly time) =>
        new(new DateTimeOffset(day.ToDateTime(time), LocalTimeProvider.Wita.BaseUtcOffset));

    public override TimeZoneInfo LocalTimeZone => LocalTimeProvider.Wita;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate)
        {
            _now = value.ToUniversalTime();
        }
    }

    /// <summary>Moves the clock to <paramref name="time"/> on the local (WITA) <paramref name="day"/>.</summary>
    public void SetLocal(DateOnly day, TimeOnly time) =>
        SetUtcNow(new DateTimeOffset(day.ToDateTime(time), LocalTimeZone.BaseUtcOffset));

    public void Advance(TimeSpan delta)
    {
        lock (_gate)
        {
            _now += delta;
        }
    }
}
