using Posyandu.Registry.Features.Residents;

namespace Posyandu.Registry.Features.Households;

/// <summary>A household as the API shows it: the KK number only masked, like every identity number read back.</summary>
public sealed record HouseholdDto(Guid Id, string NomorKkMasked, string? Address, string? Rt, string? Rw, string RegionCode, Guid PosyanduId, IReadOnlyList<ResidentDto>? Members)
{
    internal static HouseholdDto From(Household h, IReadOnlyList<ResidentDto>? members = null) =>
        new(h.Id, NomorKk.Parse(h.NomorKk).Masked, h.Address, h.Rt, h.Rw, h.RegionCode, h.PosyanduId, members);
}
