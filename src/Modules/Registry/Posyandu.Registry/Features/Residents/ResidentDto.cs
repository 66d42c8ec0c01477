using Posyandu.SharedKernel.Privacy;

namespace Posyandu.Registry.Features.Residents;

/// <summary>
/// A resident as the API shows them, shaped by the caller's <see cref="PersonalFields"/>: the NIK only masked (the
/// regency digits) and only for roles that identify people; the birth date only where the work needs the date
/// (Health, Social, DPMD, kader), the age in years where an age band is enough (Education), neither for Housing and
/// Public Works. Null means "not shown to you" (<see cref="NewbornWithoutNik"/> says whether a NIK exists).
/// </summary>
public sealed record ResidentDto(
    Guid Id, string? NikMasked, bool NewbornWithoutNik, string Name, Sex Sex, DateOnly? BirthDate, int? AgeYears, Guid HouseholdId, Guid PosyanduId,
    string RegionCode, string Relation, DateOnly? DateOfDeath, int Version)
{
    internal static ResidentDto From(Resident r, PersonalFields view, DateOnly today) => new(
        r.Id, view.Nik(r.Nik), r.Nik is null, r.Name, r.Sex, view.Birth(r.BirthDate), view.AgeYears(r.BirthDate, r.DateOfDeath ?? today),
        r.HouseholdId, r.PosyanduId, r.RegionCode, r.Relation, r.DateOfDeath, r.Version);
}
