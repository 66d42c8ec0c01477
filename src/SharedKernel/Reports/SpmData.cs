using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.SharedKernel.Reports;

/// <summary>
/// One value of an SPM data element (DHIS2's data value: data element × org unit × period), e.g. <c>health.d</c> = 1
/// in 2025-03. A monthly value counts in <see cref="Period"/> only; a running value (<see cref="Running"/>) is a state —
/// "this house is RTLH" — counted in every month from <see cref="Period"/> until (not including) <see cref="Until"/>,
/// or on and on when <see cref="Until"/> is null.
/// </summary>
public sealed record SpmDataValue(string Element, Period Period, long Value = 1, bool Running = false, Period? Until = null)
{
    public static SpmDataValue Monthly(string element, Period period, long value = 1) => new(element, period, value);

    public static SpmDataValue Span(string element, Period from, Period? until) => new(element, from, 1, true, until);
}

/// <summary>
/// What one subject (a house, a child in a month, a PAUD enrolment…) contributes to the SPM data elements, computed
/// by the sector that owns the rules. <see cref="Period"/> is set when a subject contributes month by month
/// separately (a child-month): then the subject is the pair. Empty <see cref="Values"/>: it contributes nothing (any more).
/// </summary>
/// <param name="Kind">The sector's name for the kind of subject, unique across modules: <c>housing.house</c>.</param>
public sealed record SpmContribution(
    string Kind, Guid SubjectId, Period? Period, Guid PosyanduId, string RegionCode, IReadOnlyList<SpmDataValue> Values);

/// <summary>
/// A sector's current, full contribution of one subject to the SPM data elements, published from the same
/// SaveChanges as the change that altered it. Reporting replaces the subject's previous contribution with it, so a
/// redelivery is harmless, and it ignores a contribution older (<see cref="Version"/>) than the one it holds, so
/// delivery order does not matter either. Reporting counts; the sector decides what counts.
/// </summary>
/// <param name="Version">Increases with every contribution of a subject (UTC ticks of publication, strictly increasing in the process).</param>
/// <param name="RegionCode">The subject's village: its values are counted there and in every region above it.</param>
public sealed record SpmDataReported(
    string Kind, Guid SubjectId, Period? Period, Guid PosyanduId, string RegionCode, long Version, IReadOnlyList<SpmDataValue> Values)
    : IIntegrationEvent;

public static class SpmData
{
    private static long _lastVersion;

    /// <summary>Publishes <paramref name="contribution"/> as <see cref="SpmDataReported"/> with the next version.</summary>
    public static void Report(this ModuleDbContext db, SpmContribution contribution)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(contribution);
        db.Publish(new SpmDataReported(
            contribution.Kind, contribution.SubjectId, contribution.Period, contribution.PosyanduId, contribution.RegionCode,
            NextVersion(), contribution.Values));
    }

    /// <summary>
    /// UTC ticks, but never the same twice nor going back within the process (two contributions in one command).
    /// Deliberately the wall clock, not the injected <see cref="TimeProvider"/>: this is an ordering counter, not a
    /// date, and a test clock that is frozen or set back must not make a later contribution look older.
    /// </summary>
    private static long NextVersion()
    {
        while (true)
        {
            var last = Volatile.Read(ref _lastVersion);
            var next = Math.Max(DateTime.UtcNow.Ticks, last + 1);
            if (Interlocked.CompareExchange(ref _lastVersion, next, last) == last)
            {
                return next;
            }
        }
    }
}
