using Posyandu.Registry.Features.Kader;
using Posyandu.SharedKernel.Imports;

namespace Posyandu.Registry.Features.Imports;

/// <summary>
/// The kader register (buku register kader) of a Posyandu or a village: a row per kader, registered with the registry's
/// own <see cref="RegisterKader"/> (one NIK, one kader; at least one SPM sector). DPMD only, as registering kader is.
/// </summary>
internal sealed class KaderImport(RegistryDbContext db, PosyanduColumn posyandu) : ImportType
{
    /// <summary>The sectors as a register writes them (bidang, Permendagri 13/2024) → the API's sector names.</summary>
    private static readonly Dictionary<string, string> SectorNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kesehatan"] = SharedKernel.Security.Roles.Health,
        ["pendidikan"] = SharedKernel.Security.Roles.Education,
        ["sosial"] = SharedKernel.Security.Roles.Social,
        ["perumahan"] = SharedKernel.Security.Roles.Housing,
        ["perumahan rakyat"] = SharedKernel.Security.Roles.Housing,
        ["pekerjaan umum"] = SharedKernel.Security.Roles.PublicWorks,
        ["pu"] = SharedKernel.Security.Roles.PublicWorks,
        ["pendidikan masyarakat"] = SharedKernel.Security.Roles.GeneralEducation,
        ["pemerintahan umum"] = SharedKernel.Security.Roles.GeneralEducation,
        ["semua"] = "*",
    };

    public override string Name => "registry-kader";

    public override string Module => RegistryModule.ModuleName;

    public override string Title => "Register kader";

    public override IReadOnlyList<string> Roles => [SharedKernel.Security.Roles.Dpmd];

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("nik", "NIK", Required: true, Aliases: ["nik kader", "nomor induk kependudukan"], Hint: "16 angka"),
        new("nama", "Nama", Required: true, Aliases: ["nama kader", "nama lengkap"]),
        new("telepon", "Telepon", Aliases: ["no hp", "nomor hp", "hp", "no telepon", "telp"]),
        new("bidang", "Bidang", Required: true, Aliases: ["sektor", "bidang layanan"],
            Hint: "kesehatan, pendidikan, sosial, perumahan, pekerjaan umum, pendidikan masyarakat (dipisah koma) atau semua"),
        PosyanduColumn.Column with { Hint = "nomor registrasi (PP.KK.CC.DDDD.NNN) atau nama Posyandu" },
    ];

    public override async Task PlanAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await posyandu.LoadAsync(batch.Rows, cancellationToken);
        foreach (var row in batch.Rows)
        {
            row.Unique("nik", row["nik"]);
            var site = posyandu.Resolve(row);
            if (site is not null)
            {
                row.Send(new RegisterKader(row["nik"], row["nama"], row["telepon"], site.Id, Sectors(row["bidang"])),
                    ("Nik", "nik"), ("Name", "nama"), ("Phone", "telepon"), ("Sectors", "bidang"), ("PosyanduId", PosyanduColumn.Field));
            }
        }
    }

    public override async Task<IReadOnlySet<string>> FindExistingAsync(string field, IReadOnlyCollection<string> values, CancellationToken cancellationToken) =>
        field == "nik"
            ? (await db.Kader.IgnoreQueryFilters().AsNoTracking().Where(k => values.Contains(k.Nik)).Select(k => k.Nik).ToListAsync(cancellationToken)).ToHashSet()
            : new HashSet<string>();

    private static List<string> Sectors(string? text) =>
        (text ?? "").Split([',', ';', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .SelectMany(s => SectorNames.TryGetValue(s, out var name) ? name == "*" ? RegistryRules.Sectors : [name] : [s.ToLowerInvariant()])
        .Distinct().ToList();
}
