using System.Security.Cryptography;

namespace Posyandu.GeneralEducation.Features.Spm;

/// <summary>
/// What the module's records contribute to the SPM data elements (scorecard <c>pm-sesi</c>, <c>pm-peserta</c>), published
/// with <c>db.Report(...)</c> from the SaveChanges that changed them. No names, no NIK: ids, places and counts.
/// </summary>
internal static class GeneralEducationContributions
{
    public const string PlannedSession = "generaleducation.planned-session";
    public const string Session = "generaleducation.session";
    public const string Participant = "generaleducation.participant";
    public const string Visitor = "generaleducation.visitor";
    public const string Trainee = "generaleducation.trainee";

    public const string SessionsPlanned = "generaleducation.sessions_planned";
    public const string SessionsHeld = "generaleducation.sessions_held";
    public const string Participants = "generaleducation.participants";
    public const string ParticipantsFromOutside = "generaleducation.participants_outside";
    public const string ActivitiesHeld = "generaleducation.activities_held";
    public const string Tested = "generaleducation.tested";
    public const string KnowledgeGain = "generaleducation.knowledge_gain";
    public const string TrainingsCompleted = "generaleducation.trainings_completed";

    /// <summary>
    /// A line of a monthly plan (<c>pm-sesi</c>): planned in its month unless cancelled, and held there when the activity
    /// that realises it was held within that month — a session held after the month ended was not held as planned.
    /// </summary>
    internal static SpmContribution Of(PlannedActivity plan)
    {
        var month = Period.Of(plan.Month);
        List<SpmDataValue> values = plan.Status == PlannedActivityStatus.Cancelled ? [] : [SpmDataValue.Monthly(SessionsPlanned, month)];
        if (plan.Status != PlannedActivityStatus.Cancelled && plan.HeldInMonth)
        {
            values.Add(SpmDataValue.Monthly(SessionsHeld, month));
        }

        return new SpmContribution(PlannedSession, plan.Id, null, plan.PosyanduId, plan.RegionCode, values);
    }

    /// <summary>A held activity, in its month: one activity, one of its sector tag, and the test scores where a test was given.</summary>
    internal static SpmContribution Of(Activity activity)
    {
        if (activity.Status != ActivityStatus.Held)
        {
            return new SpmContribution(Session, activity.Id, null, activity.PosyanduId, activity.RegionCode, []);
        }

        var month = Period.Of(activity.Date);
        List<SpmDataValue> values = [SpmDataValue.Monthly(ActivitiesHeld, month), SpmDataValue.Monthly($"{ActivitiesHeld}.{activity.SectorTag}", month)];
        var gains = activity.Attendance.Select(a => a.KnowledgeGain).OfType<int>().ToList();
        if (gains.Count > 0)
        {
            values.Add(SpmDataValue.Monthly(Tested, month, gains.Count));
            values.Add(SpmDataValue.Monthly(KnowledgeGain, month, gains.Sum()));
        }

        return new SpmContribution(Session, activity.Id, null, activity.PosyanduId, activity.RegionCode, values);
    }

    /// <summary>A trainee: a completion counts in its month (<c>generaleducation.trainings_completed</c>), at the training's Posyandu.</summary>
    internal static SpmContribution Of(Trainee trainee) =>
        new(Trainee, trainee.Id, null, trainee.PosyanduId, trainee.RegionCode,
            trainee is { Completed: true, CompletedOn: { } on } ? [SpmDataValue.Monthly(TrainingsCompleted, Period.Of(on))] : []);

    /// <summary>
    /// After <paramref name="activity"/>'s attendance changed (<paramref name="before"/>: its rows before the change), the
    /// monthly participation of every resident whose figure changed. <c>pm-peserta</c> counts unique residents, not
    /// attendances: the subject is the resident in a month, counted once at their own Posyandu and village (as their
    /// latest attendance of the month knew it) however many sessions they attended, wherever. A resident who attended at
    /// a Posyandu not their own is also counted there, apart, as a participant from outside the area
    /// (<c>generaleducation.participants_outside</c>), once per month and place. A resident whose figures did not change
    /// (a second session in the month) publishes nothing.
    /// </summary>
    public static async Task ReportAttendanceAsync(this GeneralEducationDbContext db, Activity activity, IReadOnlyList<Attendance> before, CancellationToken ct)
    {
        db.Report(Of(activity));
        var month = Period.Of(activity.Date);
        var residents = before.Select(a => a.ResidentId).Concat(activity.Attendance.Select(a => a.ResidentId)).Distinct().ToList();
        // Every other attendance of these residents in the month, wherever (unscoped: the resident counts once across places).
        var elsewhere = (await db.Attendance.IgnoreQueryFilters().AsNoTracking()
                .Where(a => residents.Contains(a.ResidentId) && a.ActivityId != activity.Id && a.Date >= month.FirstDay && a.Date <= month.LastDay)
                .ToListAsync(ct))
            .ToLookup(a => a.ResidentId);
        var (then, now) = (before.ToLookup(a => a.ResidentId), activity.Attendance.ToLookup(a => a.ResidentId));
        foreach (var resident in residents)
        {
            var (old, current) = (elsewhere[resident].Concat(then[resident]).ToList(), elsewhere[resident].Concat(now[resident]).ToList());
            if (!Nullable.Equals(Home(old), Home(current)))
            {
                var home = current.Count > 0 ? Latest(current) : Latest(old);
                db.Report(new SpmContribution(Participant, resident, month, home.HomePosyanduId, home.HomeRegionCode,
                    current.Count > 0 ? [SpmDataValue.Monthly(Participants, month)] : []));
            }

            // This Posyandu: the resident as a visitor here this month, if they came from outside its area.
            var (visited, visits) = (old.Any(a => a.PosyanduId == activity.PosyanduId && a.FromOutsideArea), current.Any(a => a.PosyanduId == activity.PosyanduId && a.FromOutsideArea));
            if (visited != visits)
            {
                db.Report(new SpmContribution(Visitor, VisitorId(resident, activity.PosyanduId), month, activity.PosyanduId, activity.RegionCode,
                    visits ? [SpmDataValue.Monthly(ParticipantsFromOutside, month)] : []));
            }
        }
    }

    /// <summary>Where a resident-month counts (null: nowhere — no attendance).</summary>
    private static (Guid, string)? Home(List<Attendance> rows) => rows.Count == 0 ? null : (Latest(rows).HomePosyanduId, Latest(rows).HomeRegionCode);

    private static Attendance Latest(List<Attendance> rows) => rows.OrderBy(a => a.Date).ThenBy(a => a.ActivityId).Last();

    /// <summary>The subject "this resident visiting this Posyandu": a stable id derived from the two.</summary>
    internal static Guid VisitorId(Guid residentId, Guid posyanduId)
    {
        Span<byte> both = stackalloc byte[32];
        residentId.TryWriteBytes(both[..16]);
        posyanduId.TryWriteBytes(both[16..]);
        return new Guid(SHA256.HashData(both)[..16]);
    }
}
