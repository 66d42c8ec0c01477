using Posyandu.SharedKernel.Imports;

namespace Posyandu.Housing.Features.Assessments;

/// <summary>
/// Bulk import of RTLH surveys (issue 23): a row per household's survey, in the criteria of the RTLH database of
/// the Direktorat Rumah Swadaya (BSPS verification: pondasi, kolom dan balok, konstruksi atap, penutup atap,
/// dinding, lantai, luas lantai per jiwa, jendela/lubang cahaya, ventilasi, sumber air minum, kamar mandi dan
/// jamban), each becoming Housing's own <see cref="AssessHouse"/> — its validator, the <see cref="RtlhCriteria"/>
/// verdict, the <see cref="HouseAssessed"/> event and the scorecard contribution, as an assessment through the API.
/// <para>Households are matched by the <b>household id</b> of the platform's own records (the id column of Housing's
/// worklist and record, the registry's households): Housing's copy of households carries no KK number, and a module
/// never asks another for one (modules talk only through events), so a KK column would need the registry's events
/// to carry the KK number into every sector's replica — personal data five modules do not otherwise need.</para>
/// <para>A household already assessed on the survey's date is refused as a duplicate (the same survey imported from
/// another file); the same household twice on one date within the file likewise.</para>
/// </summary>
internal sealed class RtlhSurveyImport(HousingDbContext db, TimeProvider time) : ImportType
{
    private const string Household = "idKeluarga";

    private static readonly Dictionary<string, StructureCondition> Conditions = Codes(
        (StructureCondition.Good, ["baik", "layak", "tidak rusak"]),
        (StructureCondition.MinorDamage, ["rusak ringan", "ringan", "menuju layak"]),
        (StructureCondition.ModerateDamage, ["rusak sedang", "sedang", "agak layak"]),
        (StructureCondition.SevereDamage, ["rusak berat", "berat", "kurang layak", "tidak layak"]));

    private static readonly Dictionary<string, RoofMaterial> Roofs = Codes(
        (RoofMaterial.Concrete, ["beton", "dak"]),
        (RoofMaterial.ClayTile, ["genteng", "genteng tanah liat", "genteng beton", "genteng metal"]),
        (RoofMaterial.Metal, ["seng", "metal", "spandek"]),
        (RoofMaterial.Asbestos, ["asbes"]),
        (RoofMaterial.Wood, ["kayu", "sirap", "kayu/sirap"]),
        (RoofMaterial.Thatch, ["ijuk", "rumbia", "daun", "ijuk/rumbia", "jerami"]));

    private static readonly Dictionary<string, WallMaterial> Walls = Codes(
        (WallMaterial.Masonry, ["tembok", "batu bata", "bata", "batako", "beton", "plesteran"]),
        (WallMaterial.Wood, ["kayu", "papan", "kayu/papan"]),
        (WallMaterial.Bamboo, ["bambu", "anyaman bambu"]),
        (WallMaterial.Thatch, ["rumbia", "daun", "lainnya"]));

    private static readonly Dictionary<string, FloorMaterial> Floors = Codes(
        (FloorMaterial.Tiled, ["keramik", "ubin", "tegel", "teraso", "marmer", "granit", "keramik/ubin"]),
        (FloorMaterial.Cement, ["semen", "plesteran", "bata merah", "semen/bata merah"]),
        (FloorMaterial.Wood, ["kayu", "papan", "kayu/papan", "panggung"]),
        (FloorMaterial.Bamboo, ["bambu"]),
        (FloorMaterial.Earth, ["tanah"]));

    private static readonly Dictionary<string, WaterAccess> Waters = Codes(
        (WaterAccess.Own, ["sendiri", "milik sendiri", "ledeng", "pdam", "sumur terlindung"]),
        (WaterAccess.Shared, ["bersama", "umum", "hidran umum", "kran umum"]),
        (WaterAccess.None, ["tidak ada", "tidak layak", "sungai", "sumur tak terlindung", "mata air tak terlindung"]));

    private static readonly Dictionary<string, LatrineAccess> Latrines = Codes(
        (LatrineAccess.Own, ["sendiri", "milik sendiri", "ada"]),
        (LatrineAccess.Shared, ["bersama", "umum", "mck umum", "tetangga"]),
        (LatrineAccess.None, ["tidak ada", "tidak punya", "sungai", "cemplung"]));

    private static readonly Dictionary<string, bool> YesNo = Codes(
        (true, ["ya", "ada", "layak", "cukup", "memenuhi", "1", "true"]),
        (false, ["tidak", "tidak ada", "tidak layak", "kurang", "tidak memenuhi", "0", "false"]));

    public override string Name => "housing-rtlh";

    public override string Module => HousingModule.ModuleName;

    public override string Title => "Survei rumah tidak layak huni (RTLH)";

    /// <summary>As <see cref="AssessHouse"/>'s endpoint: Dinas Perumahan and the kader (admin always).</summary>
    public override IReadOnlyList<string> Roles => [SharedKernel.Security.Roles.Housing, SharedKernel.Security.Roles.Kader];

    // A kader assesses houses only when assigned to the housing field (Permendagri 13/2024: each SPM field its own
    // cadres), the same rule the assessment endpoints apply.
    public override string? Sector => SharedKernel.Security.Roles.Housing;

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new(Household, "ID keluarga", Required: true, Aliases: ["id rumah tangga", "householdid", "id kk", "id keluarga posyandu digital"],
            Hint: "id keluarga dari Posyandu Digital (daftar kerja RTLH atau data keluarga)"),
        new("tanggal", "Tanggal survei", Required: true, Aliases: ["tanggal pendataan", "tanggal verifikasi", "tanggal"], Hint: "HH/BB/TTTT atau TTTT-BB-HH"),
        new("pondasi", "Pondasi", Required: true, Aliases: ["kondisi pondasi", "struktur pondasi"], Hint: "baik, rusak ringan, rusak sedang, rusak berat"),
        new("kolomBalok", "Kolom dan balok", Required: true, Aliases: ["kolom & balok", "kondisi kolom dan balok", "struktur penyangga"], Hint: "baik, rusak ringan, rusak sedang, rusak berat"),
        new("rangkaAtap", "Konstruksi atap", Required: true, Aliases: ["rangka atap", "kondisi rangka atap", "struktur rangka atap"], Hint: "baik, rusak ringan, rusak sedang, rusak berat"),
        new("penutupAtap", "Penutup atap", Required: true, Aliases: ["material atap", "jenis atap", "atap", "jenis penutup atap"], Hint: "beton, genteng, seng, asbes, kayu/sirap, ijuk/rumbia"),
        new("dinding", "Dinding", Required: true, Aliases: ["material dinding", "jenis dinding"], Hint: "tembok, kayu/papan, bambu, rumbia"),
        new("lantai", "Lantai", Required: true, Aliases: ["material lantai", "jenis lantai", "kondisi lantai"], Hint: "keramik/ubin, semen, kayu/papan, bambu, tanah"),
        new("luasLantai", "Luas lantai (m²)", Required: true, Aliases: ["luas lantai", "luas lantai bangunan", "luas rumah", "luas bangunan"], Hint: "m², paling banyak dua desimal"),
        new("penghuni", "Jumlah penghuni", Aliases: ["penghuni", "jumlah jiwa", "jumlah anggota keluarga"], Hint: "kosong: dihitung dari penduduk keluarga di registri"),
        new("pencahayaan", "Jendela/lubang cahaya", Required: true, Aliases: ["pencahayaan", "pencahayaan alami", "jendela", "lubang cahaya"], Hint: "ya atau tidak (cukup cahaya alami)"),
        new("ventilasi", "Ventilasi", Required: true, Aliases: ["penghawaan", "ventilasi udara"], Hint: "ya atau tidak"),
        new("airMinum", "Sumber air minum", Required: true, Aliases: ["air minum", "akses air minum", "sumber air"], Hint: "sendiri, bersama, tidak ada (tidak layak)"),
        new("jamban", "Kamar mandi dan jamban", Required: true, Aliases: ["kepemilikan kamar mandi dan jamban", "jamban", "fasilitas bab", "kepemilikan jamban"], Hint: "sendiri, bersama, tidak ada"),
        new("catatan", "Catatan", Aliases: ["keterangan"]),
    ];

    public override async Task PlanAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var today = time.Today();
        var ids = batch.Rows.Select(r => Guid.TryParse(r[Household], out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        // Scoped: the batch acts as its uploader, so a household outside their village or Posyandu is not found.
        var visible = (await db.Households.AsNoTracking().Where(h => ids.Contains(h.HouseholdId)).Select(h => h.HouseholdId).ToListAsync(cancellationToken)).ToHashSet();
        var assessed = (await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.HouseholdId)).Select(a => new { a.HouseholdId, a.AssessedOn }).ToListAsync(cancellationToken))
            .Select(a => (a.HouseholdId, a.AssessedOn)).ToHashSet();

        foreach (var row in batch.Rows)
        {
            var day = row.Date("tanggal", "Tanggal survei");
            Guid household = Guid.Empty;
            if (row[Household] is { } text && !Guid.TryParse(text, out household))
            {
                row.Error(Household, "ID keluarga bukan id Posyandu Digital (salin dari daftar kerja RTLH atau data keluarga).");
            }
            else if (household != Guid.Empty && !visible.Contains(household))
            {
                row.Error(Household, "Keluarga tidak dikenal atau di luar wilayah Anda.");
            }
            else if (household != Guid.Empty && day is { } on)
            {
                row.Unique(Household, $"{household:N}:{on:yyyyMMdd}");
                if (assessed.Contains((household, on)))
                {
                    row.Error("tanggal", "Rumah keluarga ini sudah dinilai pada tanggal itu.");
                }
            }

            var command = new AssessHouse
            {
                HouseholdId = household, Today = today, AssessedOn = day ?? default,
                Foundation = Code(row, "pondasi", "Pondasi", Conditions), ColumnsAndBeams = Code(row, "kolomBalok", "Kolom dan balok", Conditions),
                RoofStructure = Code(row, "rangkaAtap", "Konstruksi atap", Conditions), RoofMaterial = Code(row, "penutupAtap", "Penutup atap", Roofs),
                WallMaterial = Code(row, "dinding", "Dinding", Walls), FloorMaterial = Code(row, "lantai", "Lantai", Floors),
                FloorAreaM2 = row.Measurement("luasLantai", "Luas lantai") is { } area ? (decimal)area : null,
                Occupants = row.WholeNumber("penghuni", "Jumlah penghuni"),
                AdequateNaturalLighting = Code(row, "pencahayaan", "Jendela/lubang cahaya", YesNo), AdequateVentilation = Code(row, "ventilasi", "Ventilasi", YesNo),
                Water = Code(row, "airMinum", "Sumber air minum", Waters), Latrine = Code(row, "jamban", "Kamar mandi dan jamban", Latrines),
                Note = row["catatan"],
            };
            // Only a row whose cells all read is sent to the validator: an empty or unknown code is already reported
            // in Bahasa Indonesia, and AssessHouse's validator would repeat it in the API's English.
            if (!row.IsValid)
            {
                continue;
            }

            row.Send(command,
                ("AssessedOn", "tanggal"), ("Foundation", "pondasi"), ("ColumnsAndBeams", "kolomBalok"), ("RoofStructure", "rangkaAtap"),
                ("RoofMaterial", "penutupAtap"), ("WallMaterial", "dinding"), ("FloorMaterial", "lantai"), ("FloorAreaM2", "luasLantai"),
                ("Occupants", "penghuni"), ("AdequateNaturalLighting", "pencahayaan"), ("AdequateVentilation", "ventilasi"),
                ("Water", "airMinum"), ("Latrine", "jamban"), ("Note", "catatan"), ("HouseholdId", Household));
        }
    }

    /// <summary>A cell as one of the codes a survey writes (ignoring case and spaces), or an error naming them.</summary>
    private T? Code<T>(ImportRow row, string field, string label, Dictionary<string, T> codes)
        where T : struct
    {
        if (row[field] is not { } text)
        {
            return null;
        }

        if (codes.TryGetValue(ImportValues.NormalizeHeader(text), out var value))
        {
            return value;
        }

        row.Error(field, $"{label} tidak dikenal; isi salah satu: {Columns.First(c => c.Field == field).Hint}.");
        return null;
    }

    private static Dictionary<string, T> Codes<T>(params (T Value, string[] Words)[] codes)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (value, words) in codes)
        {
            foreach (var word in words)
            {
                map[ImportValues.NormalizeHeader(word)] = value;
            }
        }

        return map;
    }
}
