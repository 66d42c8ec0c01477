using System.Globalization;
using System.Text;

namespace Posyandu.Bench;

/// <summary>
/// The <c>--measurements M</c> mode of <see cref="ImportBench"/>: M under-five measurements in the e-PPGBM layout
/// (Health's <c>health-eppgbm</c> import type: Data Dasar + Pemantauan, one row per child and month), <see cref="PerChild"/>
/// months for each of M / PerChild children. The children are registered first through the residents' import (a
/// household of mother and child, the child with a NIK) and delivered, so Health's replica matches them by NIK Anak.
/// </summary>
internal static class Measurements
{
    /// <summary>Helper <c>eppgbm</c>'s import type (Health module; roles health and kader of the health sector).</summary>
    public const string Type = "health-eppgbm";

    /// <summary>Months measured per child (January to October 2026).</summary>
    public const int PerChild = 10;

    /// <summary>The e-PPGBM headers in e-PPGBM's order, as the type's built-in template names them.</summary>
    private const string Headers =
        "No KK;NIK Anak;Nama Anak;Tanggal Lahir;Jenis Kelamin;Anak Ke;BB Lahir (kg);PB Lahir (cm);NIK Ayah;Nama Ayah;NIK Ibu;Nama Ibu;Alamat;RT;RW;Posyandu;"
        + "Bulan;Tanggal Pengukuran;Berat (kg);Tinggi (cm);Cara Ukur;Lingkar Kepala (cm);LiLA (cm)";

    private static readonly DateOnly FirstBirth = new(2022, 1, 1);

    /// <summary>Residents registered for <paramref name="measurements"/>: a mother and a child per household.</summary>
    public static int ChildrenOf(int measurements) => 2 * Children(measurements);

    private static int Children(int measurements) => Math.Max(1, (measurements + PerChild - 1) / PerChild);

    private static (string Nik, string Name, DateOnly Birth, bool Female) Child(int c)
    {
        var birth = FirstBirth.AddDays(c % 1400); // 2022-01-01 .. 2025-11: under five all through 2026
        var female = c % 2 == 1;
        return (ImportBench.Nik(birth, female, 5000 + c / 1400), $"Anak {c}", birth, female);
    }

    private static DateOnly MotherBirth(int c) => new DateOnly(1990, 1, 1).AddDays(c % 3000);

    private static (string Nik, string Name) Mother(int c) => (ImportBench.Nik(MotherBirth(c), true, 7000 + c / 3000), $"Ibu {c}");

    /// <summary>The residents' import of the children and their mothers (registry-residents' own template).</summary>
    public static byte[] ChildrenCsv(int measurements, List<(string Village, string Registration)> posyandu)
    {
        var text = new StringBuilder("No. KK;NIK;Nama;Jenis kelamin;Tanggal lahir;Hubungan keluarga;Alamat;RT;RW;Posyandu\n");
        for (var c = 0; c < Children(measurements); c++)
        {
            var (kk, site) = (ImportBench.Kk(50_000 + c), posyandu[c % posyandu.Count].Registration);
            var (mother, child) = (Mother(c), Child(c));
            text.Append(CultureInfo.InvariantCulture, $"{kk};{mother.Nik};{mother.Name};P;{MotherBirth(c):dd/MM/yyyy};Kepala Keluarga;Jl. Balita {c};001;002;{site}\n");
            text.Append(CultureInfo.InvariantCulture, $"{kk};{child.Nik};{child.Name};{(child.Female ? "P" : "L")};{child.Birth:dd/MM/yyyy};Anak;Jl. Balita {c};001;002;{site}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The e-PPGBM sheet: per child a row a month (weighed on the 10th), weight and length near the WHO medians.</summary>
    public static byte[] Csv(int measurements, List<(string Village, string Registration)> posyandu)
    {
        var text = new StringBuilder(Headers).Append('\n');
        var row = 0;
        for (var c = 0; c < Children(measurements) && row < measurements; c++)
        {
            var (kk, site) = (ImportBench.Kk(50_000 + c), posyandu[c % posyandu.Count].Registration);
            var (mother, child) = (Mother(c), Child(c));
            for (var month = 1; month <= PerChild && row < measurements; month++, row++)
            {
                var weighed = new DateOnly(2026, month, 10);
                // Completed months, as the validators count them (a LiLA only from 6 months).
                var age = (weighed.Year - child.Birth.Year) * 12 + weighed.Month - child.Birth.Month - (weighed.Day < child.Birth.Day ? 1 : 0);
                var weight = age <= 12 ? 3.3 + 0.5 * age : 9.3 + 0.2 * (age - 12);
                var height = age <= 12 ? 50 + 2.1 * age : 75 + 0.75 * (age - 12);
                var position = age < 24 ? "terlentang" : "berdiri";
                var arm = age >= 6 ? (13 + 0.05 * age).ToString("F1", CultureInfo.InvariantCulture) : "";
                text.Append(CultureInfo.InvariantCulture,
                    $"{kk};{child.Nik};{child.Name};{child.Birth:yyyy-MM-dd};{(child.Female ? "P" : "L")};1;3.2;50;;;{mother.Nik};{mother.Name};Jl. Balita {c};001;002;{site};"
                    + $"{weighed:yyyy-MM};{weighed:yyyy-MM-dd};{weight:F1};{height:F1};{position};{34 + 0.3 * Math.Min(age, 24):F1};{arm}\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
