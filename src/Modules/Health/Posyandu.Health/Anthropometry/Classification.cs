namespace Posyandu.Health.Anthropometry;

/// <summary>
/// Nutritional-status categories of Permenkes No. 2 Tahun 2020 tentang Standar Antropometri Anak (Pasal 5 and the
/// "Kategori dan Ambang Batas Status Gizi Anak" table of its Lampiran), applied to the z-score after WHO's rounding
/// to 2 decimals, so that the category shown always agrees with the z-score shown.
/// All cut-offs live in this one file. Head circumference (LK/U) is not in that table: WHO's usual ±2 SD cut-offs
/// for microcephaly and macrocephaly are used.
/// </summary>
public static class Classification
{
    /// <summary>BB/U (weight-for-age), Permenkes 2/2020.</summary>
    public static string WeightForAge(double z) => z switch
    {
        < -3 => "berat badan sangat kurang",   // z < −3
        < -2 => "berat badan kurang",          // −3 ≤ z < −2
        <= 1 => "berat badan normal",          // −2 ≤ z ≤ +1
        _ => "risiko berat badan lebih",       // z > +1
    };

    /// <summary>PB/U or TB/U (length/height-for-age), Permenkes 2/2020.</summary>
    public static string LengthHeightForAge(double z) => z switch
    {
        < -3 => "sangat pendek",               // z < −3 (severely stunted)
        < -2 => "pendek",                      // −3 ≤ z < −2 (stunted)
        <= 3 => "normal",                      // −2 ≤ z ≤ +3
        _ => "tinggi",                         // z > +3
    };

    /// <summary>BB/PB or BB/TB (weight-for-length/height) and IMT/U (BMI-for-age): the same six labels, Permenkes 2/2020.</summary>
    public static string NutritionalStatus(double z) => z switch
    {
        < -3 => "gizi buruk",                  // z < −3 (severely wasted)
        < -2 => "gizi kurang",                 // −3 ≤ z < −2 (wasted)
        <= 1 => "gizi baik",                   // −2 ≤ z ≤ +1
        <= 2 => "berisiko gizi lebih",         // +1 < z ≤ +2
        <= 3 => "gizi lebih",                  // +2 < z ≤ +3
        _ => "obesitas",                       // z > +3
    };

    /// <summary>
    /// IMT/U (BMI-for-age) of children 5–18 years on the WHO Growth Reference 2007, Permenkes 2/2020: five labels,
    /// and obesity from +2 SD (not +3 as under five).
    /// </summary>
    public static string BmiForAgeSchoolAge(double z) => z switch
    {
        < -3 => "gizi buruk",                  // z < −3 (severely thinness)
        < -2 => "gizi kurang",                 // −3 ≤ z < −2 (thinness)
        <= 1 => "gizi baik",                   // −2 ≤ z ≤ +1 (normal)
        <= 2 => "gizi lebih",                  // +1 < z ≤ +2 (overweight)
        _ => "obesitas",                       // z > +2 (obese)
    };

    /// <summary>
    /// Adult BMI (IMT) from 18 years, Kemenkes' classification for Indonesians (P2PTM; Riskesdas 2018), on the BMI
    /// rounded to one decimal as written on the card; obesity from 27.0 as in <c>ScreeningRisk.ObeseBmi</c>.
    /// </summary>
    public static string AdultBmi(double bmi) => bmi switch
    {
        < 18.5 => "kurus",                     // BMI < 18.5
        < 25.0 => "normal",                    // 18.5 ≤ BMI < 25.0
        < 27.0 => "berat badan lebih",         // 25.0 ≤ BMI < 27.0
        _ => "obesitas",                       // BMI ≥ 27.0
    };

    /// <summary>LK/U (head circumference-for-age): WHO's ±2 SD, as Permenkes 2/2020 sets none.</summary>
    public static string HeadCircumference(double z) => z switch
    {
        < -2 => "mikrosefali",                 // z < −2
        <= 2 => "normal",                      // −2 ≤ z ≤ +2
        _ => "makrosefali",                    // z > +2
    };
}
