namespace Posyandu.Health.Anthropometry;

/// <summary>
/// Nutritional-status categories of Permenkes No. 2 Tahun 2020 (Standar Antropometri Anak, Tabel kategori dan
/// ambang batas), applied to the rounded z-score. Head circumference is not in that table: WHO's usual ±2 SD
/// cut-offs are used.
/// </summary>
public static class Classification
{
    /// <summary>BB/U: &lt; −3 sangat kurang; −3 to &lt; −2 kurang; −2 to +1 normal; &gt; +1 risiko berat badan lebih.</summary>
    public static string WeightForAge(double z) => z switch
    {
        < -3 => "berat badan sangat kurang",
        < -2 => "berat badan kurang",
        <= 1 => "berat badan normal",
        _ => "risiko berat badan lebih",
    };

    /// <summary>PB/U or TB/U: &lt; −3 sangat pendek; −3 to &lt; −2 pendek; −2 to +3 normal; &gt; +3 tinggi.</summary>
    public static string LengthHeightForAge(double z) => z switch
    {
        < -3 => "sangat pendek",
        < -2 => "pendek",
        <= 3 => "normal",
        _ => "tinggi",
    };

    /// <summary>
    /// BB/PB or BB/TB, and IMT/U: &lt; −3 gizi buruk; −3 to &lt; −2 gizi kurang; −2 to +1 gizi baik; &gt; +1 to +2
    /// berisiko gizi lebih; &gt; +2 to +3 gizi lebih; &gt; +3 obesitas.
    /// </summary>
    public static string NutritionalStatus(double z) => z switch
    {
        < -3 => "gizi buruk",
        < -2 => "gizi kurang",
        <= 1 => "gizi baik",
        <= 2 => "berisiko gizi lebih",
        <= 3 => "gizi lebih",
        _ => "obesitas",
    };

    /// <summary>LK/U: &lt; −2 mikrosefali; −2 to +2 normal; &gt; +2 makrosefali.</summary>
    public static string HeadCircumference(double z) => z switch
    {
        < -2 => "mikrosefali",
        <= 2 => "normal",
        _ => "makrosefali",
    };
}
