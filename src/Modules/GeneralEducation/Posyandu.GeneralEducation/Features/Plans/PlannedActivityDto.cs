namespace Posyandu.GeneralEducation.Features.Plans;

/// <summary>A line of a monthly plan as the API shows it. Not the EF entity: the contract does not change when a column does.</summary>
public sealed record PlannedActivityDto(
    Guid Id, Guid PosyanduId, string RegionCode, string Month, string Topic, TargetGroup TargetGroup, string FacilitatorRole, DateOnly? PlannedDate,
    string? Note, PlannedActivityStatus Status, DateOnly? CancelledOn, string? CancelReason, Guid? ActivityId, DateOnly? HeldOn, bool HeldInMonth)
{
    internal static PlannedActivityDto From(PlannedActivity p) => new(
        p.Id, p.PosyanduId, p.RegionCode, Period.Of(p.Month).ToString(), p.TopicCode, p.TargetGroup, p.FacilitatorRole, p.PlannedDate, p.Note,
        p.Status, p.CancelledOn, p.CancelReason, p.ActivityId, p.HeldOn, p.HeldInMonth);
}
