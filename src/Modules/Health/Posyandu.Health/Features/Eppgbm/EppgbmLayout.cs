using Posyandu.SharedKernel.Imports;

namespace Posyandu.Health.Features.Eppgbm;

/// <summary>
/// The e-PPGBM layout (Kemenkes' nutrition reporting): Data Dasar (the child, the parents, the address, the Posyandu)
/// and Pemantauan (the month's weighing and measuring) in one row per measurement. The import's columns and the
/// export's headers are this one list, so an export re-imports as is (the import's built-in template,
/// <c>posyandu-digital</c>, is the labels below). <see cref="ChildId"/> is the import's only extra column: the
/// resident id that settles an uncertain match (the review list names the candidates); the export leaves it out, since
/// ids differ between installations and e-PPGBM has none.
/// </summary>
public static class EppgbmLayout
{
    public const string Sheet = "e-PPGBM";

    public const string ChildId = "idAnak";
    public const string NomorKk = "noKk";
    public const string ChildNik = "nikAnak";
    public const string ChildName = "namaAnak";
    public const string BirthDate = "tanggalLahir";
    public const string Sex = "jenisKelamin";
    public const string BirthOrder = "anakKe";
    public const string BirthWeight = "bbLahir";
    public const string BirthLength = "pbLahir";
    public const string FatherNik = "nikAyah";
    public const string FatherName = "namaAyah";
    public const string MotherNik = "nikIbu";
    public const string MotherName = "namaIbu";
    public const string Address = "alamat";
    public const string Rt = "rt";
    public const string Rw = "rw";
    public const string Posyandu = "posyandu";
    public const string Month = "bulan";
    public const string MeasuredOn = "tanggalUkur";
    public const string Weight = "berat";
    public const string Height = "tinggi";
    public const string Position = "caraUkur";
    public const string Head = "lingkarKepala";
    public const string Arm = "lila";

    /// <summary>Data Dasar then Pemantauan, in e-PPGBM's order; the labels are the export's headers.</summary>
    public static IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new(NomorKk, "No KK", Aliases: ["nomor kk", "no kartu keluarga", "kk"], Hint: "16 angka"),
        new(ChildNik, "NIK Anak", Aliases: ["nik", "nik balita"], Hint: "16 angka; kosong bila belum punya"),
        new(ChildName, "Nama Anak", Required: true, Aliases: ["nama", "nama balita"]),
        new(BirthDate, "Tanggal Lahir", Required: true, Aliases: ["tgl lahir"], Hint: "HH/BB/TTTT atau TTTT-BB-HH"),
        new(Sex, "Jenis Kelamin", Aliases: ["jk", "l/p"], Hint: "L atau P"),
        new(BirthOrder, "Anak Ke", Aliases: ["anak ke-"]),
        new(BirthWeight, "BB Lahir (kg)", Aliases: ["bb lahir", "berat lahir"]),
        new(BirthLength, "PB Lahir (cm)", Aliases: ["pb lahir", "panjang lahir"]),
        new(FatherNik, "NIK Ayah"),
        new(FatherName, "Nama Ayah"),
        new(MotherNik, "NIK Ibu"),
        new(MotherName, "Nama Ibu", Aliases: ["nama ibu kandung"]),
        new(Address, "Alamat"),
        new(Rt, "RT"),
        new(Rw, "RW"),
        new(Posyandu, "Posyandu", Aliases: ["nama posyandu"]),
        new(Month, "Bulan", Aliases: ["bulan pengukuran", "bulan penimbangan"], Hint: "TTTT-BB"),
        new(MeasuredOn, "Tanggal Pengukuran", Required: true, Aliases: ["tgl timbang", "tgl ukur", "tanggal penimbangan", "tanggal ukur"], Hint: "HH/BB/TTTT atau TTTT-BB-HH"),
        new(Weight, "Berat (kg)", Aliases: ["bb", "berat badan", "bb (kg)"]),
        new(Height, "Tinggi (cm)", Aliases: ["tb", "pb", "tb/pb", "tinggi badan", "panjang badan"]),
        new(Position, "Cara Ukur", Aliases: ["posisi ukur"], Hint: "berdiri atau terlentang"),
        new(Head, "Lingkar Kepala (cm)", Aliases: ["lk", "lingkar kepala"]),
        new(Arm, "LiLA (cm)", Aliases: ["lila", "lingkar lengan atas"]),
        new(ChildId, "ID Anak", Aliases: ["id balita"], Hint: "hanya untuk kecocokan yang ditinjau: ID calon anak dari daftar tinjauan"),
    ];

    /// <summary>The export's headers: every column but <see cref="ChildId"/>.</summary>
    public static IReadOnlyList<ImportColumn> Exported { get; } = Columns.Where(c => c.Field != ChildId).ToList();

    public static string PositionText(string? position) => position switch
    {
        nameof(MeasurementPosition.Standing) => "berdiri",
        nameof(MeasurementPosition.Lying) => "terlentang",
        _ => "",
    };

    /// <summary>"berdiri" / "terlentang" (also "telentang", "berbaring", "tb", "pb"); null when empty or unknown (<paramref name="known"/> false).</summary>
    public static MeasurementPosition? ParsePosition(string? text, out bool known)
    {
        known = true;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "":
                return null;
            case "berdiri" or "tb" or "tinggi badan" or "standing":
                return MeasurementPosition.Standing;
            case "terlentang" or "telentang" or "berbaring" or "pb" or "panjang badan" or "lying":
                return MeasurementPosition.Lying;
            default:
                known = false;
                return null;
        }
    }
}
