namespace Posyandu.Health.LifeCycle;

/// <summary>
/// The ILP life-cycle clusters a screening belongs to (Kemenkes 2023). Under-fives are served by growth monitoring
/// (child visits), and pregnant women by antenatal checks, so screening starts at 5 years.
/// </summary>
public enum LifeStage
{
    /// <summary>Usia sekolah dan remaja: 5–17 years.</summary>
    SchoolAgeAndAdolescent,

    /// <summary>Usia dewasa: 18–59 years.</summary>
    Adult,

    /// <summary>Lansia: 60 years and over.</summary>
    Elderly,
}

public static class LifeStages
{
    public const int YoungestScreened = 5;

    public const int ElderlyAge = 60;

    /// <summary>The stage of someone aged <paramref name="ageYears"/>; null under five (growth monitoring instead).</summary>
    public static LifeStage? Of(int ageYears) => ageYears switch
    {
        < YoungestScreened => null,
        < ScreeningRisk.AdultAge => LifeStage.SchoolAgeAndAdolescent,
        < ElderlyAge => LifeStage.Adult,
        _ => LifeStage.Elderly,
    };
}
