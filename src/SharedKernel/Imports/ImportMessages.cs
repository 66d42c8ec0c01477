using System.Text.RegularExpressions;
using FluentValidation.Results;

namespace Posyandu.SharedKernel.Imports;

/// <summary>
/// The modules' validators and handlers speak English to API clients; a kader reading the dry run reads Bahasa
/// Indonesia. FluentValidation's built-in rules are translated by their error code (with the column's label), the
/// modules' own messages by the patterns below (the registry's rules: NIK, KK, dates, RT/RW, relation, sex; Health's
/// immunisation rules), and a message without a translation is shown as it is after the label, so nothing is lost.
/// </summary>
public static partial class ImportMessages
{
    private static readonly (Regex Pattern, string Indonesian)[] Patterns =
    [
        (new("is required\\.?$"), "wajib diisi."),
        (new("must be exactly 16 digits"), "harus tepat 16 angka (0–9 saja, tanpa spasi atau tanda baca)."),
        (new("must start with a province code"), "harus diawali kode provinsi (11–99)."),
        (new("digits 1–6 must be a district code"), "digit 1–6 harus kode kecamatan (bagian kabupaten dan kecamatan tidak boleh 00)."),
        (new("serial \\(last 4 digits\\) cannot be 0000"), "nomor urut (4 digit terakhir) tidak boleh 0000."),
        (new("digits 7–8 must be the day of birth"), "digit 7–8 harus tanggal lahir: 01–31, atau 41–71 untuk perempuan."),
        (new("digits 9–10 must be the month of birth"), "digit 9–10 harus bulan lahir: 01–12."),
        (new("digits 7–12 are not a real date of birth"), "digit 7–12 bukan tanggal lahir yang ada (HHBBTT)."),
        (new("does not match the birth date and sex"), "tidak cocok dengan tanggal lahir dan jenis kelamin (digit 7–12 = HHBBTT, tanggal ditambah 40 untuk perempuan)."),
        (new("cannot be in the future"), "tidak boleh di masa depan."),
        (new("is before 1900|after 1900"), "tidak boleh sebelum tahun 1900."),
        (new("^sex is male or female"), "harus laki-laki (L) atau perempuan (P)."),
        (new("^relation is one of: (.*)\\.$"), "harus salah satu dari: $1."),
        (new("RT/RW is 1 to 3 digits"), "RT/RW berupa 1 sampai 3 angka (misalnya 003)."),
        (new("is not a village code"), "bukan kode desa/kelurahan Kemendagri (PP.KK.CC.DDDD, misalnya 64.02.01.2001)."),
        (new("only a newborn under one year may be registered with the mother's NIK"), "wajib diisi; hanya bayi di bawah satu tahun yang boleh didaftarkan dengan NIK ibu."),
        (new("Only a newborn under one year may be registered without a NIK"), "hanya bayi di bawah satu tahun yang boleh didaftarkan tanpa NIK."),
        (new("must be a woman's NIK"), "harus NIK seorang perempuan."),
        (new("^phone is 6 to 20 digits"), "berupa 6 sampai 20 angka, boleh dengan +, spasi atau tanda hubung."),
        (new("A kader serves at least one sector"), "kader melayani paling sedikit satu bidang."),
        (new("^sectors are among: (.*)\\.$"), "bidang harus di antara: $1."),
        (new("^A household \\(KK\\) with this number is already registered"), "KK sudah terdaftar di registri."),
        (new("^A resident with this number is already registered"), "NIK sudah terdaftar di registri."),
        (new("^A kader with this number is already registered"), "NIK kader sudah terdaftar di registri."),
        // Health's immunisation rules (RecordImmunisation, DoseRefusal, ImmunisationStatus.WhyInvalid: Permenkes 12/2017).
        // The dates of the English messages are left out: they are, or follow from, the child's birth date and record.
        (new("^(\\S+) dose (\\d+) is already recorded for this child"), "Vaksin $1 dosis $2 sudah tercatat untuk anak ini."),
        (new("is before the child's birth date"), "tidak boleh sebelum tanggal lahir anak."),
        (new("^(.+): dose (\\d+) of this antigen is not recorded"),
            "$1: dosis $2 vaksin ini belum tercatat. Catat dulu dosis itu (dari Buku KIA bila diberikan di tempat lain), di baris yang lebih awal."),
        (new("^(.+) is given up to age (.+) \\([0-9-]+\\); on [0-9-]+ it is no longer this dose"), "$1 hanya diberikan sampai umur $2: sesudahnya tidak lagi dihitung sebagai dosis ini."),
        (new("^(.+) is valid from age (.+) \\([0-9-]+\\); given on [0-9-]+ it is too early"), "$1 sah mulai umur $2: dosis yang diberikan lebih awal terlalu dini dan tidak dihitung."),
        (new("^(.+) must be at least (.+) after dose (\\d+) \\([0-9-]+\\), i\\.e\\. from [0-9-]+; given on [0-9-]+ it does not count"),
            "$1 paling cepat $2 setelah dosis $3: dosis yang diberikan lebih cepat tidak dihitung."),
        (new("^(\\S+) has doses 1–(\\d+) in the national schedule"), "Vaksin $1 dalam jadwal nasional hanya dosis 1–$2."),
        (new("^Name the place when it is 'other'"), "Tulis nama tempatnya bila bukan Posyandu atau puskesmas."),
        (new("is already registered"), "sudah terdaftar."),
        (new("^Posyandu was not found"), "Posyandu tidak dikenal atau di luar wilayah Anda."),
        (new("^Household was not found"), "KK tidak dikenal atau di luar wilayah Anda."),
        (new("serves households of its own village"), "Posyandu hanya melayani keluarga di desanya sendiri."),
        (new("outside your scope"), "di luar wilayah Anda."),
    ];

    /// <summary>One validator failure as the dry run shows it: the column's label, then the rule in Bahasa Indonesia.</summary>
    public static string Translate(ValidationFailure failure, string label)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var values = failure.FormattedMessagePlaceholderValues ?? new Dictionary<string, object>();
        return failure.ErrorCode switch
        {
            "NotEmptyValidator" or "NotNullValidator" => $"{label} wajib diisi.",
            "MaximumLengthValidator" or "LengthValidator" when values.TryGetValue("MaxLength", out var max) => $"{label} paling banyak {max} karakter.",
            "MinimumLengthValidator" when values.TryGetValue("MinLength", out var min) => $"{label} paling sedikit {min} karakter.",
            "InclusiveBetweenValidator" when values.TryGetValue("From", out var from) && values.TryGetValue("To", out var to) => $"{label} harus antara {from} dan {to}.",
            "GreaterThanOrEqualValidator" when values.TryGetValue("ComparisonValue", out var low) => $"{label} paling kecil {low}.",
            "LessThanOrEqualValidator" when values.TryGetValue("ComparisonValue", out var high) => $"{label} paling besar {high}.",
            "GreaterThanValidator" when values.TryGetValue("ComparisonValue", out var above) => $"{label} harus lebih dari {above}.",
            "LessThanValidator" when values.TryGetValue("ComparisonValue", out var below) => $"{label} harus kurang dari {below}.",
            "EnumValidator" => $"{label} tidak dikenal.",
            _ => Translate(failure.ErrorMessage, label),
        };
    }

    /// <summary>A module's English message (a validator's own, or a handler's 404/409/422) in Bahasa Indonesia.</summary>
    public static string Translate(string message, string label)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var (pattern, indonesian) in Patterns)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                var text = match.Result(indonesian);
                return char.IsUpper(text[0]) ? text : $"{label} {text}";
            }
        }

        return $"{label}: {message}";
    }
}
