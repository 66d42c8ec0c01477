using System.Globalization;
using System.Text;

namespace Posyandu.Bench;

/// <summary>
/// The <c>--measurements M</c> mode of <see cref="ImportBench"/>: M under-five measurements in the e-PPGBM layout
/// (Data Dasar + Pemantauan: one row per child and month), <see cref="PerChild"/> months for each of M / PerChild
/// children. The children are registered first through the residents' import (a household of mother and child, the
/// child with a NIK), so Health's replica knows them when the measurements come (matched by NIK anak).
/// </summary>
internal static class Measurements
{
    /// <summary>The import type of helper <c>eppgbm</c> (Health module).</summary>
    public const string Type = "health-eppgbm-measurements";

    /// <summary>Months measured per child (January to October).</summary>
    public const int PerChild = 10;

    /// <summary>The e-PPGBM headers (Data Dasar, then Pemantauan) as the import type's built-in layout names them.</summary>
    private const string Headers =
        "No. KK;NIK anak;Nama anak;Tanggal lahir;JK;Anak ke-;BB lahir;PB lahir;NIK ibu;Nama ibu;NIK ayah;Nama ayah;Alamat;Posyandu;Bulan;Tanggal timbang;BB;TB;LK;LiLA";

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

    private static (string Nik, string Name) Mother(int c) => (ImportBench.Nik(new DateOnly(1990, 1, 1).AddDays(c % 3000), true, 7000 + c / 3000), $"Ibu {c}");

    /// <summary>The residents' import of the children and their mothers (registry-residents' own template).</summary>
    public static byte[] ChildrenCsv(int measurements, List<(string Village, string Registration)> posyandu)
    {
        var text = new StringBuilder("No. KK;NIK;Nama;Jenis kelamin;Tanggal lahir;Hubungan keluarga;Alamat;RT;RW;Posyandu\n");
        for (var c = 0; c < Children(measurements); c++)
        {
            var (kk, site) = (ImportBench.Kk(50_000 + c), posyandu[c % posyandu.Count].Registration);
            var mother = Mother(c);
            var child = Child(c);
            text.Append(CultureInfo.InvariantCulture, $"{kk};{mother.Nik};{mother.Name};P;{new DateOnly(1990, 1, 1).AddDays(c % 3000):dd/MM/yyyy};Kepala Keluarga;Jl. Balita {c};001;002;{site}\n");
            text.Append(CultureInfo.InvariantCulture, $"{kk};{child.Nik};{child.Name};{(child.Female ? "P" : "L")};{child.Birth:dd/MM/yyyy};Anak;Jl. Balita {c};001;002;{site}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The e-PPGBM sheet: per child, a row a month (weighing on the 10th), weight and height growing plausibly.</summary>
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
                var ageMonths = (weighed.Year - child.Birth.Year) * 12 + weighed.Month - child.Birth.Month;
                var weight = 3.2 + 0.25 * ageMonths;
                var height = 50 + 0.9 * ageMonths;
                text.Append(CultureInfo.InvariantCulture,
                    $"{kk};{child.Nik};{child.Name};{child.Birth:dd/MM/yyyy};{(child.Female ? "P" : "L")};1;3,2;50;{mother.Nik};{mother.Name};;;Jl. Balita {c};{site};{month};{weighed:dd/MM/yyyy};{weight:F1};{height:F1};{34 + 0.3 * ageMonths:F1};{13 + 0.05 * ageMonths:F1}\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
