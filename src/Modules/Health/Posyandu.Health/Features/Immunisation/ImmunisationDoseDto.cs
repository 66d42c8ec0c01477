namespace Posyandu.Health.Features.Immunisation;

/// <summary>A dose given, as the API shows it. Not the EF entity: the contract does not change when a column does.</summary>
public sealed record ImmunisationDoseDto(
    Guid Id, Guid ResidentId, Guid PosyanduId, string RegionCode, string Antigen, int DoseNumber, DateOnly GivenOn, int AgeDays, string? BatchNumber, ImmunisationPlace Place, string? PlaceName)
{
    internal static ImmunisationDoseDto From(ImmunisationDose i) => new(
        i.Id, i.ResidentId, i.PosyanduId, i.RegionCode, i.Antigen, i.DoseNumber, i.GivenOn, i.AgeDays, i.BatchNumber, i.Place, i.PlaceName);
}
