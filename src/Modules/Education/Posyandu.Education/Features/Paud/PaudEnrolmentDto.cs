namespace Posyandu.Education.Features.Paud;

/// <summary>A PAUD enrolment as the API shows it. Not the EF entity: the contract does not change when a column does.</summary>
public sealed record PaudEnrolmentDto(
    Guid Id, Guid ResidentId, Guid PosyanduId, string RegionCode, string InstitutionName, string? Npsn, PaudInstitutionType InstitutionType, DateOnly StartDate, DateOnly? EndDate, PaudEnrolmentStatus Status, int Version, string InstitutionCode)
{
    internal static PaudEnrolmentDto From(PaudEnrolment p) => new(
        p.Id, p.ResidentId, p.PosyanduId, p.RegionCode, p.InstitutionName, p.Npsn, p.InstitutionType, p.StartDate, p.EndDate, p.Status, p.Version, p.InstitutionCode);
}
