namespace Posyandu.GeneralEducation.Features.Bkb;

/// <summary>A BKB group as the API shows it: members by id (no names or NIK) and its meetings. Not the EF entity.</summary>
public sealed record BkbGroupDto(
    Guid Id, Guid PosyanduId, string RegionCode, string Name, BkbAgeBand AgeBand, DateOnly FormedOn, IReadOnlyList<BkbMemberDto> Members,
    IReadOnlyList<BkbMeetingDto> Meetings)
{
    internal static BkbGroupDto From(BkbGroup g, IReadOnlyList<BkbMeetingDto> meetings) => new(
        g.Id, g.PosyanduId, g.RegionCode, g.Name, g.AgeBand, g.FormedOn,
        [.. g.Members.OrderBy(m => m.JoinedOn).ThenBy(m => m.ResidentId).Select(m => new BkbMemberDto(m.ResidentId, m.ChildResidentId, m.JoinedOn))], meetings);
}

public sealed record BkbMemberDto(Guid ResidentId, Guid ChildResidentId, DateOnly JoinedOn);

public sealed record BkbMeetingDto(Guid ActivityId, DateOnly Date, string Topic, ActivityStatus Status, int Attendees);
