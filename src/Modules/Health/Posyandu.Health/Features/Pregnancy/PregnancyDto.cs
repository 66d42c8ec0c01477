namespace Posyandu.Health.Features.Pregnancy;

/// <summary>A pregnancy as the API shows it: dating, risks at registration, outcome. Not the EF entity: the contract does not change when a column does.</summary>
public sealed record PregnancyDto(
    Guid Id, Guid ResidentId, Guid PosyanduId, string RegionCode, DateOnly Hpht, DateOnly EstimatedDueDate, DateOnly RegisteredOn, int GestationalWeeksAtRegistration, int MotherAgeYears, bool AgeRisk, double? MuacCmAtRegistration, bool KekRisk, bool Anaemia, bool Hypertension, PregnancyOutcome? Outcome, DateOnly? EndedOn, int Version, bool Ongoing)
{
    internal static PregnancyDto From(LifeCycle.Pregnancy p) => new(
        p.Id, p.ResidentId, p.PosyanduId, p.RegionCode, p.Hpht, p.EstimatedDueDate, p.RegisteredOn, p.GestationalWeeksAtRegistration, p.MotherAgeYears, p.AgeRisk, p.MuacCmAtRegistration, p.KekRisk, p.Anaemia, p.Hypertension, p.Outcome, p.EndedOn, p.Version, p.Ongoing);
}

/// <summary>An antenatal check as the API shows it, with its risk flags. Not the EF entity: the contract does not change when a column does.</summary>
public sealed record AntenatalCheckDto(
    Guid Id, Guid PregnancyId, Guid ResidentId, Guid PosyanduId, string RegionCode, DateOnly CheckedOn, int GestationalWeeks, double? WeightKg, int? SystolicMmHg, int? DiastolicMmHg, double? MuacCm, double? HbGPerDl, int IronTabletsGiven, bool? KekRisk, bool? Anaemia, bool? Hypertension)
{
    internal static AntenatalCheckDto From(AntenatalCheck a) => new(
        a.Id, a.PregnancyId, a.ResidentId, a.PosyanduId, a.RegionCode, a.CheckedOn, a.GestationalWeeks, a.WeightKg, a.SystolicMmHg, a.DiastolicMmHg, a.MuacCm, a.HbGPerDl, a.IronTabletsGiven, a.KekRisk, a.Anaemia, a.Hypertension);
}
