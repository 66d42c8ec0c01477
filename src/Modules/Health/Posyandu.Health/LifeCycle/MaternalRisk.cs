namespace Posyandu.Health.LifeCycle;

/// <summary>
/// The risk signs a Posyandu looks for in a pregnant woman (ibu hamil) and refers to the puskesmas. Cut-offs from the
/// Buku KIA (Kemenkes RI 2023) and the Petunjuk Teknis Pelayanan Kesehatan ILP (Kemenkes 2023), which follow the
/// Pedoman Pelayanan Antenatal Terpadu (Kemenkes 2020): LiLA &lt; 23.5 cm is KEK, Hb &lt; 11 g/dL is anaemia in
/// pregnancy (WHO), and a mother younger than 20 or older than 35 is "terlalu muda / terlalu tua" of the 4T.
/// Blood pressure uses <see cref="BloodPressure"/>.
/// </summary>
public static class MaternalRisk
{
    /// <summary>LiLA (MUAC) below which a pregnant woman is at risk of KEK (Kurang Energi Kronis).</summary>
    public const double KekMuacCm = 23.5;

    /// <summary>Haemoglobin below which a pregnant woman is anaemic.</summary>
    public const double AnaemiaHbGPerDl = 11.0;

    /// <summary>4T: terlalu muda — a mother under 20 years.</summary>
    public const int YoungestSafeAge = 20;

    /// <summary>4T: terlalu tua — a mother over 35 years.</summary>
    public const int OldestSafeAge = 35;

    public static bool IsKek(double muacCm) => muacCm < KekMuacCm;

    public static bool IsAnaemic(double hbGPerDl) => hbGPerDl < AnaemiaHbGPerDl;

    /// <summary>4T age risk: the mother's age in whole years at registration is under 20 or over 35.</summary>
    public static bool IsAgeRisk(int ageYears) => ageYears is < YoungestSafeAge or > OldestSafeAge;
}
