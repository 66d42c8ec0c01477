namespace Posyandu.Health.Growth;

/// <summary>
/// Which services of the under-five Posyandu day fit a child of a given age, per the Buku KIA 2023 and the
/// Kemenkes programme guides: vitamin A in the February and August rounds (Bulan Vitamin A), 100,000 IU at
/// 6–11 months and 200,000 IU at 12–59 months; deworming (obat cacing) from 12 months; the exclusive-breastfeeding
/// question up to 6 months; LiLA (MUAC) is read from 6 months, below 11.5 cm meaning severe acute malnutrition.
/// Each rule returns the field's error message, or null when the service fits.
/// </summary>
public static class PosyanduDayServices
{
    public const double SevereMuacCm = 11.5;

    public static int CompletedMonths(int ageDays) => (int)(ageDays / GrowthStandards.DaysPerMonth);

    /// <summary>The capsule strength for the child's age, or null when vitamin A is not given at that age.</summary>
    public static int? VitaminAIu(int ageDays) => CompletedMonths(ageDays) switch
    {
        < 6 => null,
        < 12 => 100_000,
        _ => 200_000,
    };

    public static string? CheckVitaminA(DateOnly on, int ageDays) =>
        on.Month is not (2 or 8) ? "Vitamin A is given in the February and August rounds (Bulan Vitamin A) only."
        : VitaminAIu(ageDays) is null ? "Vitamin A capsules are for children from 6 months."
        : null;

    public static string? CheckDeworming(int ageDays) =>
        CompletedMonths(ageDays) < 12 ? "Deworming (obat cacing) is for children from 12 months." : null;

    public static string? CheckExclusiveBreastfeeding(int ageDays) =>
        CompletedMonths(ageDays) >= 6 ? "Exclusive breastfeeding is recorded for infants under 6 months only." : null;

    public static string? CheckArmCircumference(int ageDays) =>
        CompletedMonths(ageDays) < 6 ? "LiLA (arm circumference) is measured from 6 months." : null;
}
