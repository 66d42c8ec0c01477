using Posyandu.SharedKernel.Domain;

namespace Posyandu.Health.LifeCycle;

/// <summary>
/// Anaemia by haemoglobin, WHO's cut-offs (Haemoglobin concentrations for the diagnosis of anaemia,
/// WHO/NMH/NHD/MNM/11.1, 2011), which Kemenkes' Pedoman Pencegahan dan Penanggulangan Anemia pada Remaja Putri dan
/// WUS (2018) uses: Hb below 11.5 g/dL at 5–11 years, below 12.0 at 12–14 and for women from 15, below 13.0 for men
/// from 15. Pregnancy (below 11.0) is judged at the antenatal check, not here. Remaja putri are screened for it in
/// the ILP and given iron tablets (tablet tambah darah, TTD).
/// </summary>
public static class Anaemia
{
    public static double ThresholdGPerDl(Sex sex, int ageYears) => ageYears switch
    {
        < 12 => 11.5,
        < 15 => 12.0,
        _ => sex == Sex.Male ? 13.0 : 12.0,
    };

    public static bool IsAnaemic(Sex sex, int ageYears, double hbGPerDl) => hbGPerDl < ThresholdGPerDl(sex, ageYears);
}
