using Microsoft.Extensions.DependencyInjection;
using Posyandu.Registry.Features.Households;
using Posyandu.Registry.Features.Residents;
using Posyandu.SharedKernel.Imports;
using NikNumber = Posyandu.SharedKernel.Domain.Nik;

namespace Posyandu.Registry.Features.Imports;

/// <summary>
/// Households (KK) and residents (NIK) from one sheet, a row per resident as the kader's register and the village's
/// population data (Prodeskel, OpenSID) hold them: the first row of a KK number registers the household at its
/// Posyandu (<see cref="RegisterHousehold"/>), every row registers its resident in it (<see cref="RegisterResident"/>)
/// — the registry's own commands and rules (a NIK agrees with the birth date and sex; only a baby under one year may
/// come without one, with the mother's NIK; one NIK, one resident; one KK, one household). A KK already registered
/// takes the file's residents (a warning says so); a NIK already registered, or twice in the file, is a duplicate.
/// </summary>
internal sealed class ResidentImport(RegistryDbContext db, PosyanduColumn posyandu) : ImportType
{
    private sealed record Plan(RegisterHousehold Household, RegisterResident Resident);

    /// <summary>The household id a resident of a household still to be created is validated with.</summary>
    private static readonly Guid NewHousehold = Guid.Parse("00000000-0000-0000-0000-00000000cafe");

    /// <summary>
    /// KK → household id of this batch (the type is resolved once per batch scope): the households registered before
    /// it (read once by <see cref="PlanAsync"/>) and those its earlier rows registered — one query per batch instead
    /// of one per row. An entry is added only after its row's commands all succeeded, so a row rolled back leaves none.
    /// </summary>
    private readonly Dictionary<string, Guid> _households = new(StringComparer.Ordinal);

    public override string Name => "registry-residents";

    public override string Module => RegistryModule.ModuleName;

    public override string Title => "Keluarga (KK) dan penduduk (NIK)";

    public override IReadOnlyList<string> Roles => [SharedKernel.Security.Roles.Dpmd, SharedKernel.Security.Roles.Kader];

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("nomorKk", "No. KK", Required: true, Aliases: ["no kk", "nomor kk", "nomor kartu keluarga", "no_kk", "kk"], Hint: "16 angka"),
        new("nik", "NIK", Aliases: ["nomor induk kependudukan", "no nik"], Hint: "16 angka; kosong hanya untuk bayi di bawah satu tahun (isi NIK ibu)"),
        new("nama", "Nama", Required: true, Aliases: ["nama lengkap", "nama penduduk"]),
        new("jenisKelamin", "Jenis kelamin", Required: true, Aliases: ["jk", "l/p", "sex", "kelamin"], Hint: "L atau P"),
        new("tanggalLahir", "Tanggal lahir", Required: true, Aliases: ["tgl lahir", "tanggallahir", "tgl_lahir"], Hint: "HH/BB/TTTT atau TTTT-BB-HH"),
        new("hubungan", "Hubungan keluarga", Required: true, Aliases: ["hubungan", "shdk", "status hubungan dalam keluarga", "kk_level"],
            Hint: string.Join(", ", Relations.All)),
        new("nikIbu", "NIK ibu", Aliases: ["nik ibu kandung"], Hint: "untuk bayi tanpa NIK"),
        new("alamat", "Alamat", Aliases: ["alamat rumah"]),
        new("rt", "RT"),
        new("rw", "RW"),
        PosyanduColumn.Column,
    ];

    /// <summary>OpenSID's resident import template (format impor Excel): its column names and codes (sex 1/2, kk_level 1–11).</summary>
    public override IReadOnlyList<ImportLayout> Layouts { get; } =
    [
        new("opensid", "OpenSID (format impor penduduk)", new Dictionary<string, string>
        {
            ["nomorKk"] = "no_kk", ["nik"] = "nik", ["nama"] = "nama", ["jenisKelamin"] = "sex", ["tanggalLahir"] = "tanggallahir",
            ["hubungan"] = "kk_level", ["alamat"] = "alamat", ["rt"] = "rt", ["rw"] = "rw",
        }),
    ];

    public override async Task PlanAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await posyandu.LoadAsync(batch.Rows, cancellationToken);
        var kks = batch.Rows.Select(r => r["nomorKk"]).OfType<string>().Distinct().ToList();
        var registered = await db.Households.IgnoreQueryFilters().AsNoTracking().Where(h => kks.Contains(h.NomorKk))
            .Select(h => new { h.NomorKk, h.Id }).ToDictionaryAsync(h => h.NomorKk, h => h.Id, cancellationToken);
        var visible = (await db.Households.AsNoTracking().Where(h => kks.Contains(h.NomorKk)).Select(h => h.NomorKk).ToListAsync(cancellationToken)).ToHashSet();
        _households.Clear();
        foreach (var (kk, id) in registered)
        {
            _households[kk] = id;
        }

        foreach (var row in batch.Rows)
        {
            row.Unique("nik", row["nik"]);
            var site = posyandu.Resolve(row);
            var birthDate = row.Date("tanggalLahir", "Tanggal lahir");
            var kk = row["nomorKk"];
            var householdId = NewHousehold;
            if (kk is not null && registered.TryGetValue(kk, out var existing))
            {
                if (!visible.Contains(kk))
                {
                    row.Error("nomorKk", "No. KK sudah terdaftar di luar wilayah Anda.");
                }
                else
                {
                    householdId = existing;
                    row.Warn("nomorKk", "No. KK sudah terdaftar: penduduk ini ditambahkan ke KK tersebut.");
                }
            }

            var household = new RegisterHousehold(kk, row["alamat"], row["rt"], row["rw"], site?.RegionCode ?? "", site?.Id ?? Guid.Empty);
            if (householdId == NewHousehold && site is not null)
            {
                row.Send(household, ("NomorKk", "nomorKk"), ("Address", "alamat"), ("Rt", "rt"), ("Rw", "rw"), ("RegionCode", PosyanduColumn.Field), ("PosyanduId", PosyanduColumn.Field));
            }

            var resident = new RegisterResident(row["nik"], row["nikIbu"], row["nama"], Sex(row["jenisKelamin"]), birthDate ?? default, householdId, Relation(row["hubungan"]));
            if (birthDate is not null)
            {
                row.Send(resident, ("Nik", "nik"), ("NikIbu", "nikIbu"), ("Name", "nama"), ("Sex", "jenisKelamin"), ("BirthDate", "tanggalLahir"), ("Relation", "hubungan"),
                    ("HouseholdId", "nomorKk"));
            }
            else if (row["nik"] is { } nik && !NikNumber.TryParse(nik, out _, out var error))
            {
                // Without a birth date the resident's validator cannot run; the NIK's own rules still can.
                row.Error("nik", ImportMessages.Translate(error!, "NIK"));
            }

            row.State = new Plan(household, resident);
        }
    }

    public override async Task<IReadOnlySet<string>> FindExistingAsync(string field, IReadOnlyCollection<string> values, CancellationToken cancellationToken) =>
        field == "nik"
            ? (await db.Residents.IgnoreQueryFilters().AsNoTracking().Where(r => r.Nik != null && values.Contains(r.Nik)).Select(r => r.Nik!).ToListAsync(cancellationToken)).ToHashSet()
            : new HashSet<string>();

    /// <summary>The household of the row's KK — registered earlier (by this file's earlier rows too: same transaction) or now.</summary>
    public override async Task ApplyAsync(ImportRow row, ImportSender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(sender);
        var plan = (Plan)row.State!;
        var kk = plan.Household.NomorKk!;
        if (!_households.TryGetValue(kk, out var householdId))
        {
            // Not planned in this scope (a caller that applies without planning): ask the database, as before.
            var batchDb = sender.Services.GetRequiredService<RegistryDbContext>();
            householdId = await batchDb.Households.AsNoTracking().Where(h => h.NomorKk == kk).Select(h => (Guid?)h.Id).FirstOrDefaultAsync(cancellationToken)
                          ?? (await sender.SendAsync(plan.Household, cancellationToken)).Id;
        }

        await sender.SendAsync(plan.Resident with { HouseholdId = householdId }, cancellationToken);
        _households[kk] = householdId; // after the row's last command: a failed row leaves no household behind in the map
    }

    private static string? Sex(string? text) =>
        text?.Trim().ToUpperInvariant() switch
        {
            null => null,
            "LK" or "LAKI" or "PRIA" => "male",
            "PR" or "W" or "WANITA" => "female",
            _ => text,
        };

    /// <summary>The registry's relation codes from what spreadsheets write: "Kepala Keluarga", "ANAK", OpenSID's kk_level 1–11.</summary>
    private static string? Relation(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var code = text.Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-');
        return code switch
        {
            "1" or "kk" or "kepala" => "kepala-keluarga",
            "2" => "suami",
            "3" => "istri",
            "4" => "anak",
            "5" => "menantu",
            "6" => "cucu",
            "7" or "orangtua" => "orang-tua",
            "8" => "mertua",
            "9" or "famili" => "famili-lain",
            "10" or "11" or "pembantu" => "lainnya",
            _ => code,
        };
    }
}
