namespace Posyandu.Health.Growth;

/// <summary>
/// Why a child weighed at the Posyandu is referred to the puskesmas (Buku KIA 2023: "Rujuk bila … tidak naik,
/// di bawah garis merah"; Permenkes 2/2020 and the gizi buruk guideline for severe wasting and LiLA &lt; 11.5 cm).
/// </summary>
public static class ReferralReasons
{
    public const string TwoT = "2T";
    public const string BelowRedLine = "BGM";
    public const string SevereWasting = "gizi-buruk";
    public const string SevereMuac = "lila-merah";

    public static string Join(bool twoT, bool belowRedLine, bool severeWasting, bool severeMuac) =>
        string.Join(',', new[] { (twoT, TwoT), (belowRedLine, BelowRedLine), (severeWasting, SevereWasting), (severeMuac, SevereMuac) }
            .Where(r => r.Item1).Select(r => r.Item2));
}
