using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Health.Contracts;

/// <summary>
/// A PTM screening of a resident aged 5 or more at a Posyandu, with its risk flags (null: not measured, or a cut-off
/// that does not apply at this age). No name or NIK.
/// </summary>
/// <param name="LifeStage"><c>schoolAgeAndAdolescent</c>, <c>adult</c> or <c>elderly</c>.</param>
/// <param name="Period">The month of the screening, <c>yyyy-MM</c>.</param>
/// <param name="Obesity">BMI ≥ 27.0 from 18 years; IMT/U above +2 SD at 5–17 (Permenkes 2/2020).</param>
/// <param name="HeightForAgeZ">TB/U z-score at 5–17 years (WHO Growth Reference 2007).</param>
/// <param name="BmiForAgeZ">IMT/U z-score at 5–17 years; with <paramref name="BmiForAgeFlagged"/> WHO's implausible flag
/// (then no thinness or obesity is judged, and prevalence leaves the child out).</param>
/// <param name="BmiCategory">IMT/U category at 5–17 years (gizi buruk, gizi kurang, gizi baik, gizi lebih, obesitas);
/// the adult BMI category from 18 (kurus, normal, berat badan lebih, obesitas).</param>
/// <param name="Thinness">IMT/U below −2 SD at 5–17 years.</param>
/// <param name="Anaemia">Haemoglobin below WHO's cut-off for age and sex; null when not measured.</param>
/// <param name="IronTabletsGiven">Tablet tambah darah (TTD) given, a count; null when none recorded.</param>
public sealed record ScreeningRecorded(
    Guid ScreeningId, Guid ResidentId, Guid PosyanduId, string RegionCode, string Period, DateOnly ScreenedOn, string Sex, int AgeYears,
    string LifeStage, bool? Hypertension, bool? Obesity, bool? CentralObesity, bool? DiabetesSuspicion,
    double? HeightForAgeZ = null, double? BmiForAgeZ = null, bool? BmiForAgeFlagged = null, string? BmiCategory = null, bool? Thinness = null,
    bool? Anaemia = null, int? IronTabletsGiven = null) : IIntegrationEvent;
