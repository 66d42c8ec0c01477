using Posyandu.SharedKernel.Imports;

namespace Posyandu.Registry.Features.Imports;

/// <summary>
/// The "Posyandu" cell of an imported row: its registration number (PP.KK.CC.DDDD.NNN) or its name, among the
/// Posyandu the uploader may see; empty for a kader means the kader's own Posyandu. Resolved once per batch.
/// </summary>
internal sealed class PosyanduColumn(RegistryDbContext db)
{
    public const string Field = "posyandu";

    public static ImportColumn Column { get; } = new(Field, "Posyandu", Aliases: ["nama posyandu", "nomor registrasi posyandu", "no registrasi posyandu", "kode posyandu"],
        Hint: "nomor registrasi (PP.KK.CC.DDDD.NNN) atau nama Posyandu; kosong untuk kader: Posyandu kader itu sendiri");

    private Dictionary<string, List<PosyanduSite>> _byKey = new(StringComparer.OrdinalIgnoreCase);

    public async Task LoadAsync(IEnumerable<ImportRow> rows, CancellationToken ct)
    {
        var keys = rows.Select(r => r[Field]).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var lowered = keys.Select(k => k.ToLowerInvariant()).ToList();
        var ownId = db.Scope.PosyanduId;
        // ToLower is translated to SQL (lower / LOWER), not run with the process's culture.
#pragma warning disable CA1304, CA1311
        var sites = await db.Posyandu.AsNoTracking()
            .Where(p => keys.Contains(p.RegistrationNumber) || lowered.Contains(p.Name.ToLower()) || (ownId != null && p.Id == ownId))
            .ToListAsync(ct);
#pragma warning restore CA1304, CA1311
        _byKey = new(StringComparer.OrdinalIgnoreCase);
        foreach (var site in sites)
        {
            foreach (var key in new[] { site.RegistrationNumber, site.Name, site.Id.ToString() }.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!_byKey.TryGetValue(key, out var list))
                {
                    _byKey[key] = list = [];
                }

                list.Add(site);
            }
        }
    }

    /// <summary>The row's Posyandu, or null with the error added.</summary>
    public PosyanduSite? Resolve(ImportRow row)
    {
        var own = db.Scope.PosyanduId;
        var key = row[Field] ?? own?.ToString();
        if (key is null)
        {
            row.Error(Field, "Posyandu wajib diisi (nomor registrasi atau nama).");
            return null;
        }

        if (!_byKey.TryGetValue(key, out var sites) || sites.Count == 0)
        {
            row.Error(Field, "Posyandu tidak dikenal atau di luar wilayah Anda.");
            return null;
        }

        if (sites.Count > 1)
        {
            row.Error(Field, "Beberapa Posyandu bernama sama: tulis nomor registrasinya (PP.KK.CC.DDDD.NNN).");
            return null;
        }

        var site = sites[0];
        if (own is not null && site.Id != own)
        {
            row.Error(Field, "Kader hanya mengimpor data Posyandu-nya sendiri.");
            return null;
        }

        if (!site.Active)
        {
            row.Error(Field, "Posyandu ini sudah tidak aktif.");
            return null;
        }

        return site;
    }
}
