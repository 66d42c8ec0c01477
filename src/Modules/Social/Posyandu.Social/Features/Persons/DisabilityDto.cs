namespace Posyandu.Social.Features.Persons;

public sealed record DisabilityDto(
    Guid Id, Guid ResidentId, Guid HouseholdId, DisabilityCategory Category, DisabilitySeverity Severity, IReadOnlyList<string> DevicesNeeded,
    DateOnly AssessedOn, string? Note)
{
    internal static DisabilityDto From(DisabilityRecord d) =>
        new(d.Id, d.ResidentId, d.HouseholdId, d.Category, d.Severity, d.DevicesNeeded, d.AssessedOn, d.Note);
}
