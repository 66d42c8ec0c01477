namespace Posyandu.Housing.Features.Rehabilitations;

/// <summary>A rehabilitation (bedah rumah) as the API shows it. Not the EF entity: the contract does not change when a column does.</summary>
public sealed record RehabilitationDto(
    Guid Id, Guid HouseholdId, Guid PosyanduId, string RegionCode, Guid AssessmentId, RehabilitationProgramme Programme, DateOnly StartedOn, long PlannedBudgetRupiah, string? Note, RehabilitationStatus Status, DateOnly? CompletedOn, long? FinalCostRupiah, DateOnly? CancelledOn, string? CancellationReason, int Version)
{
    internal static RehabilitationDto From(Rehabilitation r) => new(
        r.Id, r.HouseholdId, r.PosyanduId, r.RegionCode, r.AssessmentId, r.Programme, r.StartedOn, r.PlannedBudgetRupiah, r.Note, r.Status, r.CompletedOn, r.FinalCostRupiah, r.CancelledOn, r.CancellationReason, r.Version);
}
