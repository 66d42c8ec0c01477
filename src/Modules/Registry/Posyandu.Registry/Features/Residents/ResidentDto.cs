namespace Posyandu.Registry.Features.Residents;

/// <summary>A resident as the API shows them: the NIK only masked (the caller already knows it when looking up by NIK).</summary>
public sealed record ResidentDto(
    Guid Id, string? NikMasked, bool NewbornWithoutNik, string Name, Sex Sex, DateOnly BirthDate, Guid HouseholdId, Guid PosyanduId,
    string RegionCode, string Relation, DateOnly? DateOfDeath, int Version)
{
    internal static ResidentDto From(Resident r) => new(
        r.Id, r.Nik is null ? null : Nik.Parse(r.Nik).Masked, r.Nik is null, r.Name, r.Sex, r.BirthDate, r.HouseholdId, r.PosyanduId,
        r.RegionCode, r.Relation, r.DateOfDeath, r.Version);
}
