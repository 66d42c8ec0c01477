namespace Posyandu.Housing.Features.Assessments;

/// <summary>An RTLH assessment as the API shows it: the house's condition, the verdict and its reasons. Not the EF entity: the contract does not change when a column does.</summary>
public sealed record HouseAssessmentDto(
    Guid Id, Guid HouseholdId, Guid PosyanduId, string RegionCode, DateOnly AssessedOn, DateTime RecordedAt, StructureCondition Foundation, StructureCondition ColumnsAndBeams, StructureCondition RoofStructure, RoofMaterial RoofMaterial, WallMaterial WallMaterial, FloorMaterial FloorMaterial, decimal FloorAreaM2, int Occupants, bool OccupantsFromRegistry, decimal AreaPerPersonM2, bool AdequateNaturalLighting, bool AdequateVentilation, WaterAccess Water, LatrineAccess Latrine, bool IsRtlh, IReadOnlyList<string> Reasons, bool MeetsBuildingSafety, bool MeetsMinimumArea, bool MeetsOccupantHealth, string? Note)
{
    internal static HouseAssessmentDto From(HouseAssessment h) => new(
        h.Id, h.HouseholdId, h.PosyanduId, h.RegionCode, h.AssessedOn, h.RecordedAt, h.Foundation, h.ColumnsAndBeams, h.RoofStructure, h.RoofMaterial, h.WallMaterial, h.FloorMaterial, h.FloorAreaM2, h.Occupants, h.OccupantsFromRegistry, h.AreaPerPersonM2, h.AdequateNaturalLighting, h.AdequateVentilation, h.Water, h.Latrine, h.IsRtlh, [.. h.Reasons], h.MeetsBuildingSafety, h.MeetsMinimumArea, h.MeetsOccupantHealth, h.Note);
}
