using Microsoft.EntityFrameworkCore;
using Posyandu.Education.Domain;
using Posyandu.Education.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Reports;

namespace Posyandu.Education.Features.Spm;

/// <summary>
/// What Education's records contribute to the SPM data elements (scorecard <c>pend-paud</c>, <c>pend-ats-kembali</c>),
/// published after every change of an enrolment or an out-of-school case.
/// </summary>
internal static class EducationContributions
{
    public const string Enrolment = "education.paud-enrolment";
    public const string OutOfSchool = "education.out-of-school";

    /// <summary>PAUD age (SPM pendidikan: 3–6 years): from the month of the third birthday to that of the seventh.</summary>
    private const int PaudAgeFromMonths = 36;
    private const int PaudAgeUntilMonths = PaudEnrolment.AgeLimitYears * 12;

    /// <summary>Back in education: school or pendidikan kesetaraan (Paket A/B/C); vocational training is resolved but not "returned".</summary>
    private static readonly HashSet<OutOfSchoolOutcome> BackInEducation =
        [OutOfSchoolOutcome.ReturnedToSchool, OutOfSchoolOutcome.PaketA, OutOfSchoolOutcome.PaketB, OutOfSchoolOutcome.PaketC];

    public static async Task ReportEnrolmentAsync(this EducationDbContext db, PaudEnrolment enrolment, CancellationToken ct)
    {
        // Unscoped: the child may have moved to another Posyandu since the enrolment began.
        var child = db.Residents.Local.FirstOrDefault(r => r.ResidentId == enrolment.ResidentId)
                    ?? await db.Residents.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.ResidentId == enrolment.ResidentId, ct);
        db.Report(Of(enrolment, child));
    }

    public static void ReportCase(this EducationDbContext db, OutOfSchoolCase found) => db.Report(Of(found));

    /// <summary>
    /// A PAUD enrolment counts as <c>education.paud_enrolled</c> from its start month to its end month, but only while the
    /// child is of PAUD age — a 2-year-old in a KB is not in the participation rate's numerator, as they are not in its
    /// denominator (<c>education.paud_age</c>). The birth month is the start month less the whole months of age then.
    /// </summary>
    internal static SpmContribution Of(PaudEnrolment enrolment, EducationResident child)
    {
        var start = Period.Of(enrolment.StartDate);
        var born = start.AddMonths(-child.AgeMonthsOn(enrolment.StartDate));
        var (ageFrom, ageUntil) = (born.AddMonths(PaudAgeFromMonths), born.AddMonths(PaudAgeUntilMonths));
        var from = start > ageFrom ? start : ageFrom;
        var until = enrolment.EndDate is { } end && Period.Of(end).Next() is var after && after < ageUntil ? after : ageUntil;
        return new SpmContribution(Enrolment, enrolment.Id, null, enrolment.PosyanduId, enrolment.RegionCode,
            from < until ? [SpmDataValue.Span("education.paud_enrolled", from, until)] : []);
    }

    /// <summary>
    /// An out-of-school child (anak tidak sekolah) counts in the month they were identified, and so do its resolution and
    /// its return to education: a cohort ratio — of the children found in a month, the share back in education today.
    /// </summary>
    internal static SpmContribution Of(OutOfSchoolCase found)
    {
        var month = Period.Of(found.IdentifiedOn);
        List<SpmDataValue> values = [SpmDataValue.Monthly("education.ats_identified", month)];
        if (found.Outcome is { } outcome)
        {
            values.Add(SpmDataValue.Monthly("education.ats_resolved", month));
            if (BackInEducation.Contains(outcome))
            {
                values.Add(SpmDataValue.Monthly("education.ats_returned", month));
            }
        }

        return new SpmContribution(OutOfSchool, found.Id, null, found.PosyanduId, found.RegionCode, values);
    }
}
