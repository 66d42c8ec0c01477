namespace Posyandu.Education.Features.Library;

/// <summary>A learning resource of the village library as the API shows it. Not the EF entity: the contract does not change when a column does.</summary>
public sealed record LearningResourceDto(
    Guid Id, Guid PosyanduId, string RegionCode, LearningResourceKind Kind, string Name, int Quantity, LearningResourceCondition Condition, DateOnly RecordedOn)
{
    internal static LearningResourceDto From(LearningResource l) => new(
        l.Id, l.PosyanduId, l.RegionCode, l.Kind, l.Name, l.Quantity, l.Condition, l.RecordedOn);
}

/// <summary>A library activity as the API shows it. Not the EF entity: the contract does not change when a column does.</summary>
public sealed record LibraryActivityDto(
    Guid Id, Guid PosyanduId, string RegionCode, DateOnly Date, LibraryActivityKind Kind, int Participants, string? Note)
{
    internal static LibraryActivityDto From(LibraryActivity l) => new(
        l.Id, l.PosyanduId, l.RegionCode, l.Date, l.Kind, l.Participants, l.Note);
}
