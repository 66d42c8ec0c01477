namespace Posyandu.Health.LifeCycle;

/// <summary>
/// Risk rules of the PTM (penyakit tidak menular) screening at the Posyandu for school-age children, adolescents,
/// adults and the elderly (Petunjuk Teknis ILP, Kemenkes 2023; Pedoman Posbindu PTM):
/// <list type="bullet">
/// <item>BMI (IMT) ≥ 27.0 is obesity in Kemenkes' adult classification for Indonesians (P2PTM; Riskesdas 2018),
/// lower than WHO's 30 because Asians carry more risk at the same BMI;</item>
/// <item>central obesity: waist circumference &gt; 90 cm for men, &gt; 80 cm for women (the Asia-Pacific cut-offs
/// Kemenkes uses);</item>
/// <item>random (sewaktu) blood glucose ≥ 200 mg/dL: suspected diabetes, to be confirmed at the puskesmas
/// (PERKENI 2021 criteria, adopted by Kemenkes).</item>
/// </list>
/// The adult cut-offs for BMI, waist and blood pressure are not valid under 18 (children are judged by BMI-for-age
/// and blood-pressure percentiles), so those flags are left unset for them; the glucose threshold holds at any age.
/// </summary>
public static class ScreeningRisk
{
    public const double ObeseBmi = 27.0;

    public const double CentralObesityWaistMaleCm = 90;

    public const double CentralObesityWaistFemaleCm = 80;

    public const double DiabetesRandomGlucoseMgPerDl = 200;

    /// <summary>Age from which adult cut-offs apply (usia dewasa in ILP: 18–59; lansia from 60).</summary>
    public const int AdultAge = 18;

    /// <summary>BMI in kg/m², rounded to one decimal as it is written on the KMS/Posbindu card.</summary>
    public static double Bmi(double weightKg, double heightCm) =>
        Math.Round(weightKg / Math.Pow(heightCm / 100, 2), 1, MidpointRounding.AwayFromZero);

    public static bool IsObese(double bmi) => bmi >= ObeseBmi;

    public static bool IsCentrallyObese(Sex sex, double waistCm) =>
        waistCm > (sex == Sex.Male ? CentralObesityWaistMaleCm : CentralObesityWaistFemaleCm);

    public static bool IsDiabetesSuspected(double randomGlucoseMgPerDl) => randomGlucoseMgPerDl >= DiabetesRandomGlucoseMgPerDl;
}
