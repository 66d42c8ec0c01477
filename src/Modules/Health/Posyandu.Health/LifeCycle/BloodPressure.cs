namespace Posyandu.Health.LifeCycle;

/// <summary>
/// Hypertension as Kemenkes screens for it at Posyandu and Posbindu (Pedoman P2PTM; JNC 7 / ISH cut-off): systolic
/// ≥ 140 or diastolic ≥ 90 mmHg. The same cut-off marks hypertension in pregnancy (Buku KIA 2023). It applies to
/// adults and pregnant women only: children's blood pressure is judged by percentiles for age and height.
/// </summary>
public static class BloodPressure
{
    public const int HypertensiveSystolic = 140;

    public const int HypertensiveDiastolic = 90;

    public static bool IsHypertensive(int systolicMmHg, int diastolicMmHg) =>
        systolicMmHg >= HypertensiveSystolic || diastolicMmHg >= HypertensiveDiastolic;
}
