namespace Posyandu.Education.Features.OutOfSchool;

/// <summary>An out-of-school case as the API shows it, with its follow-up actions. Not the EF entity: the contract does not change when a column does.</summary>
public sealed record OutOfSchoolCaseDto(
    Guid Id, Guid ResidentId, Guid PosyanduId, string RegionCode, DateOnly IdentifiedOn, int AgeYears, OutOfSchoolReason Reason, string? Note, OutOfSchoolOutcome? Outcome, DateOnly? ResolvedOn, string? OutcomeNote, int Version, IReadOnlyList<FollowUpActionDto> Actions, bool IsOpen)
{
    internal static OutOfSchoolCaseDto From(OutOfSchoolCase o) => new(
        o.Id, o.ResidentId, o.PosyanduId, o.RegionCode, o.IdentifiedOn, o.AgeYears, o.Reason, o.Note, o.Outcome, o.ResolvedOn, o.OutcomeNote, o.Version, [.. o.Actions.Select(FollowUpActionDto.From)], o.IsOpen);
}

/// <summary>One follow-up action of a case. Not the EF entity: the contract does not change when a column does.</summary>
public sealed record FollowUpActionDto(
    Guid Id, DateOnly Date, string Action, string RecordedBy)
{
    internal static FollowUpActionDto From(FollowUpAction f) => new(
        f.Id, f.Date, f.Action, f.RecordedBy);
}
