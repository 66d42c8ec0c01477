namespace Posyandu.GeneralEducation.Features.Activities;

/// <summary>An activity as the API shows it, with its attendance summary. Not the EF entity: the contract does not change when a column does.</summary>
public sealed record ActivityDto(
    Guid Id, Guid PosyanduId, string RegionCode, DateOnly Date, string Topic, string SectorTag, ActivityMethod Method, TargetGroup TargetGroup,
    string FacilitatorRole, string? FacilitatorName, string? Materials, Guid? PlannedActivityId, Guid? BkbGroupId, ActivityStatus Status,
    int Attendees, int AttendeesFromOutsideArea, int Guests, int Tested, double? MeanKnowledgeGain, IReadOnlyList<AttendeeDto> Attendance)
{
    internal static ActivityDto From(Activity a)
    {
        var gains = a.Attendance.Select(r => r.KnowledgeGain).OfType<int>().ToList();
        return new ActivityDto(
            a.Id, a.PosyanduId, a.RegionCode, a.Date, a.TopicCode, a.SectorTag, a.Method, a.TargetGroup, a.FacilitatorRole, a.FacilitatorName,
            a.Materials, a.PlannedActivityId, a.BkbGroupId, a.Status, a.Attendance.Count, a.Attendance.Count(r => r.FromOutsideArea), a.Guests,
            gains.Count, gains.Count == 0 ? null : Math.Round(gains.Average(), 1),
            [.. a.Attendance.OrderBy(r => r.ResidentId).Select(r => new AttendeeDto(r.ResidentId, r.FromOutsideArea, r.PreTestScore, r.PostTestScore))]);
    }
}

/// <summary>A registered resident at an activity: by id (no name or NIK), whether from outside the Posyandu's area, and the test scores.</summary>
public sealed record AttendeeDto(Guid ResidentId, bool FromOutsideArea, int? PreTestScore, int? PostTestScore);
