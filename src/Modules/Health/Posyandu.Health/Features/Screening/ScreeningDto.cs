namespace Posyandu.Health.Features.Screening;

/// <summary>A PTM screening as the API shows it, with its risk flags, IMT/U and TB/U at 5–17, haemoglobin and TTD. Not the EF entity: the contract does not change when a column does.</summary>
public sealed record ScreeningDto(
    Guid Id, Guid ResidentId, Guid PosyanduId, string RegionCode, DateOnly ScreenedOn, int AgeYears, Sex Sex, LifeStage LifeStage, double? WeightKg, double? HeightCm, double? Bmi, int? SystolicMmHg, int? DiastolicMmHg, double? BloodGlucoseMgPerDl, double? WaistCm, bool? Hypertension, bool? Obesity, bool? CentralObesity, bool? DiabetesSuspicion,
    double? HeightForAgeZ, double? BmiForAgeZ, bool? BmiForAgeFlagged, string? BmiCategory, bool? Thinness, double? HbGPerDl, bool? Anaemia, int? IronTabletsGiven)
{
    internal static ScreeningDto From(LifeCycle.Screening s) => new(
        s.Id, s.ResidentId, s.PosyanduId, s.RegionCode, s.ScreenedOn, s.AgeYears, s.Sex, s.LifeStage, s.WeightKg, s.HeightCm, s.Bmi, s.SystolicMmHg, s.DiastolicMmHg, s.BloodGlucoseMgPerDl, s.WaistCm, s.Hypertension, s.Obesity, s.CentralObesity, s.DiabetesSuspicion,
        s.HeightForAgeZ, s.BmiForAgeZ, s.BmiForAgeFlagged, s.BmiCategory, s.Thinness, s.HbGPerDl, s.Anaemia, s.IronTabletsGiven);
}
