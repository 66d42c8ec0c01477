namespace Posyandu.PublicWorks.Features.Surveys;

/// <summary>A water and sanitation survey as the API shows it: what was found, the verdict and its reasons. Not the EF entity.</summary>
public sealed record SurveyDto(
    Guid Id, Guid HouseholdId, Guid PosyanduId, string RegionCode, DateOnly SurveyedOn, DateTime RecordedAt,
    WaterSource WaterSource, decimal? SourceToSepticMeters, int WaterLitresPerDay, int Members, bool MembersFromRegistry, int CollectionMinutes,
    ToiletFacility Toilet, bool ToiletShared, DateOnly? SepticLastEmptiedOn, WastewaterDisposal Wastewater, WasteHandling Waste,
    bool HandwashingWithSoap, bool DrinkingWaterTreated,
    bool WaterLayak, decimal LitresPerPersonPerDay, IReadOnlyList<string> WaterReasons,
    SanitationRung Sanitation, bool SanitationLayak, IReadOnlyList<string> SanitationReasons, bool OpenDefecation,
    IReadOnlyList<string> StbmPillarsMet, string? Note)
{
    internal static SurveyDto From(WaterSanitationSurvey s) => new(
        s.Id, s.HouseholdId, s.PosyanduId, s.RegionCode, s.SurveyedOn, s.RecordedAt,
        s.WaterSource, s.SourceToSepticMeters, s.WaterLitresPerDay, s.Members, s.MembersFromRegistry, s.CollectionMinutes,
        s.Toilet, s.ToiletShared, s.SepticLastEmptiedOn, s.Wastewater, s.Waste, s.HandwashingWithSoap, s.DrinkingWaterTreated,
        s.WaterLayak, s.LitresPerPersonPerDay, [.. s.WaterReasons], s.Sanitation, s.SanitationLayak, [.. s.SanitationReasons], s.OpenDefecation,
        [.. s.StbmPillarsMet], s.Note);
}
