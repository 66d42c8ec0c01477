namespace Posyandu.Trantibumlinmas.Features.Protection;

/// <summary>A linmas member: the registered resident (by id — the name is the registry's) and the position.</summary>
public sealed record LinmasMemberDto(Guid Id, string RegionCode, Guid ResidentId, LinmasPosition Position, DateOnly JoinedOn)
{
    internal static LinmasMemberDto From(LinmasMember m) => new(m.Id, m.RegionCode, m.ResidentId, m.Position, m.JoinedOn);
}

public sealed record PoskamlingDto(Guid Id, string RegionCode, string Name, double? Latitude, double? Longitude, PoskamlingStatus Status, DateOnly LastCheckedOn)
{
    internal static PoskamlingDto From(Poskamling p) => new(p.Id, p.RegionCode, p.Name, p.Latitude, p.Longitude, p.Status, p.LastCheckedOn);
}

/// <param name="CheckDue">Not checked in the last six months, or (an APAR) its charge expired.</param>
public sealed record EquipmentDto(
    Guid Id, string RegionCode, EquipmentKind Kind, string Location, int Quantity, DateOnly LastCheckedOn, bool Working, DateOnly? ExpiresOn, bool CheckDue)
{
    /// <summary>Fire and early-warning equipment is checked at least every six months (APAR: SNI 03-3987-1995, inspeksi berkala).</summary>
    public const int CheckEveryMonths = 6;

    internal static EquipmentDto From(SafetyEquipment e, DateOnly today) => new(
        e.Id, e.RegionCode, e.Kind, e.Location, e.Quantity, e.LastCheckedOn, e.Working, e.ExpiresOn,
        e.LastCheckedOn < today.AddMonths(-CheckEveryMonths) || (e.ExpiresOn is { } expires && expires < today));
}

public sealed record PatrolDto(Guid Id, Guid PoskamlingId, string RegionCode, string Period, int Nights, int Participants)
{
    internal static PatrolDto From(PatrolMonth p) => new(p.Id, p.PoskamlingId, p.RegionCode, p.Period, p.Nights, p.Participants);
}
