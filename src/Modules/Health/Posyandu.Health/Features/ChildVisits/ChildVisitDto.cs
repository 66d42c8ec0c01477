using Posyandu.Health.Growth;

namespace Posyandu.Health.Features.ChildVisits;

/// <summary>An under-five's Posyandu-day visit as the API shows it: the measurements, the WHO results, the N/T trend and the services given. Not the EF entity: the contract does not change when a column does.</summary>
public sealed record ChildVisitDto(
    Guid Id, Guid ResidentId, Guid PosyanduId, string RegionCode, DateOnly MeasuredOn, int AgeDays, double? WeightKg, double? LengthHeightCm, string? Position, bool Oedema, double? HeadCircumferenceCm, double? ArmCircumferenceCm, double? WeightForAgeZ, string? WeightForAgeCategory, double? LengthHeightForAgeZ, string? LengthHeightForAgeCategory, double? WeightForLengthHeightZ, string? WeightForLengthHeightCategory, double? BmiForAgeZ, string? BmiForAgeCategory, double? HeadCircumferenceForAgeZ, string? HeadCircumferenceForAgeCategory, bool Flagged, bool Stunted, bool Wasted, bool SevereWasting, bool Underweight, GrowthTrend? Trend, int? WeightGainGrams, int? MinimumGainGrams, bool TwoT, bool BelowRedLine, string ReferralReasons, bool? ExclusiveBreastfeeding, int? VitaminAIu, bool Dewormed, bool SupplementaryFood)
{
    internal static ChildVisitDto From(ChildVisit c) => new(
        c.Id, c.ResidentId, c.PosyanduId, c.RegionCode, c.MeasuredOn, c.AgeDays, c.WeightKg, c.LengthHeightCm, c.Position, c.Oedema, c.HeadCircumferenceCm, c.ArmCircumferenceCm, c.WeightForAgeZ, c.WeightForAgeCategory, c.LengthHeightForAgeZ, c.LengthHeightForAgeCategory, c.WeightForLengthHeightZ, c.WeightForLengthHeightCategory, c.BmiForAgeZ, c.BmiForAgeCategory, c.HeadCircumferenceForAgeZ, c.HeadCircumferenceForAgeCategory, c.Flagged, c.Stunted, c.Wasted, c.SevereWasting, c.Underweight, c.Trend, c.WeightGainGrams, c.MinimumGainGrams, c.TwoT, c.BelowRedLine, c.ReferralReasons, c.ExclusiveBreastfeeding, c.VitaminAIu, c.Dewormed, c.SupplementaryFood);
}
