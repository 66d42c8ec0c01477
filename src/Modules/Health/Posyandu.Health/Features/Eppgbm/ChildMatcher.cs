using Posyandu.SharedKernel.Imports;
using Posyandu.SharedKernel.Text;

namespace Posyandu.Health.Features.Eppgbm;

/// <summary>
/// Finds the registered child an imported row is about, in Health's own data (its replicas of residents and of their
/// identities) and within the uploader's scope (the DbContext's filters: a kader's Posyandu, an officer's region) —
/// the one place every Health import matches children (e-PPGBM measurements, immunisation history):
/// <list type="number">
/// <item>an <c>ID Anak</c> (the resident id, as the review list names it) decides;</item>
/// <item>else the child's NIK;</item>
/// <item>else — or when the NIK is not registered, among children without a NIK — the name, birth date and mother
/// (her NIK or her name) must all agree, on exactly one child.</item>
/// </list>
/// Anything less is <see cref="MatchKind.Uncertain"/> — several children agree, the name is similar but not equal, the
/// mother is missing or differs — and the row goes to the review list (not imported; the candidates' resident ids
/// in the message, to put in <c>ID Anak</c>); no candidate at all is <see cref="MatchKind.NotFound"/>.
/// Load a batch once (<see cref="LoadAsync"/>), then <see cref="Match(ImportRow)"/> each row.
/// </summary>
internal sealed class ChildMatcher(HealthDbContext db)
{
    private Dictionary<string, List<Candidate>> _byNik = new(StringComparer.Ordinal);
    private Dictionary<DateOnly, List<Candidate>> _byBirthDate = [];
    private Dictionary<Guid, Candidate> _byId = [];
    private Dictionary<Guid, (string? Nik, string Name)> _mothers = [];

    public enum MatchKind
    {
        Matched,
        Uncertain,
        NotFound,
    }

    /// <summary>The outcome: the child (when matched) and the candidates (when uncertain).</summary>
    public sealed record Outcome(MatchKind Kind, Guid? ResidentId, IReadOnlyList<Guid> Candidates, DateOnly? BirthDate);

    private sealed record Candidate(Guid Id, string Name, DateOnly BirthDate, string? Nik, Guid? MotherId, bool Alive);

    /// <summary>The children the batch's rows may name: by id, NIK and birth date, with their mothers.</summary>
    public async Task LoadAsync(IReadOnlyList<ImportRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ids = rows.Select(r => Guid.TryParse(r[EppgbmLayout.ChildId], out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var niks = rows.Select(r => r[EppgbmLayout.ChildNik]).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var dates = rows.Select(r => ImportValues.TryParseDate(r[EppgbmLayout.BirthDate], out var d) ? d : (DateOnly?)null).OfType<DateOnly>().Distinct().ToList();

        var candidates = await (from r in db.Residents.AsNoTracking()
                                join i in db.ResidentIdentities.AsNoTracking() on r.ResidentId equals i.ResidentId into identities
                                from i in identities.DefaultIfEmpty()
                                where ids.Contains(r.ResidentId) || dates.Contains(r.BirthDate) || (i != null && niks.Contains(i.Nik!))
                                select new Candidate(r.ResidentId, r.Name, r.BirthDate, i == null ? null : i.Nik, i == null ? null : i.MotherResidentId, r.Alive))
            .ToListAsync(ct);
        _byId = candidates.DistinctBy(c => c.Id).ToDictionary(c => c.Id);
        _byNik = candidates.Where(c => c.Nik is not null).GroupBy(c => c.Nik!).ToDictionary(g => g.Key, g => g.DistinctBy(c => c.Id).ToList(), StringComparer.Ordinal);
        _byBirthDate = candidates.GroupBy(c => c.BirthDate).ToDictionary(g => g.Key, g => g.DistinctBy(c => c.Id).ToList());

        // The mothers' NIK and name, within the scope too: a mother the uploader may not see cannot confirm a match.
        var motherIds = candidates.Select(c => c.MotherId).OfType<Guid>().Distinct().ToList();
        _mothers = (await (from r in db.Residents.AsNoTracking()
                           join i in db.ResidentIdentities.AsNoTracking() on r.ResidentId equals i.ResidentId into identities
                           from i in identities.DefaultIfEmpty()
                           where motherIds.Contains(r.ResidentId)
                           select new { r.ResidentId, Nik = i == null ? null : i.Nik, r.Name }).ToListAsync(ct))
            .ToDictionary(m => m.ResidentId, m => ((string?)m.Nik, m.Name));
    }

    /// <summary>The row's child from the columns of <see cref="EppgbmLayout"/> (ID Anak, NIK Anak, Nama Anak, Tanggal Lahir, NIK Ibu, Nama Ibu).</summary>
    public Outcome Match(ImportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row[EppgbmLayout.ChildId] is { } idText)
        {
            return Guid.TryParse(idText, out var id) && _byId.TryGetValue(id, out var chosen)
                ? new Outcome(MatchKind.Matched, chosen.Id, [], chosen.BirthDate)
                : new Outcome(MatchKind.NotFound, null, [], null);
        }

        var nik = row[EppgbmLayout.ChildNik];
        if (nik is not null && _byNik.TryGetValue(nik, out var byNik))
        {
            return byNik.Count == 1
                ? new Outcome(MatchKind.Matched, byNik[0].Id, [], byNik[0].BirthDate)
                : new Outcome(MatchKind.Uncertain, null, byNik.Select(c => c.Id).ToList(), null);
        }

        if (!ImportValues.TryParseDate(row[EppgbmLayout.BirthDate], out var birth) || !_byBirthDate.TryGetValue(birth, out var born))
        {
            return new Outcome(MatchKind.NotFound, null, [], null);
        }

        // A NIK the registry does not hold can only be a child registered without one (a newborn).
        var pool = nik is null ? born : born.Where(c => c.Nik is null).ToList();
        var name = TextSearch.Normalize(row[EppgbmLayout.ChildName]);
        var (motherNik, motherName) = (row[EppgbmLayout.MotherNik], TextSearch.Normalize(row[EppgbmLayout.MotherName]));
        var exact = pool.Where(c => TextSearch.Normalize(c.Name) == name).ToList();
        var confirmed = exact.Where(c => MotherAgrees(c, motherNik, motherName)).ToList();
        if (confirmed.Count == 1 && exact.Count == 1)
        {
            return new Outcome(MatchKind.Matched, confirmed[0].Id, [], confirmed[0].BirthDate);
        }

        var similar = exact.Count > 0 ? exact : pool.Where(c => Similar(TextSearch.Normalize(c.Name), name)).ToList();
        return similar.Count > 0
            ? new Outcome(MatchKind.Uncertain, null, similar.Select(c => c.Id).ToList(), null)
            : new Outcome(MatchKind.NotFound, null, [], null);
    }

    /// <summary>
    /// Puts the outcome on the row: an error for an unknown child, the review message (the candidates' ids) for an
    /// uncertain one. Returns the child's id when matched. Messages carry ids only, never a name or NIK.
    /// </summary>
    public Guid? Report(ImportRow row, Outcome match)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(match);
        switch (match.Kind)
        {
            case MatchKind.Matched:
                if (row[EppgbmLayout.ChildId] is null && row[EppgbmLayout.ChildNik] is { } nik && !_byNik.ContainsKey(nik))
                {
                    row.Warn(EppgbmLayout.ChildNik, "NIK anak belum tercatat di registri: anak dicocokkan dengan nama, tanggal lahir dan ibu.");
                }

                return match.ResidentId;
            case MatchKind.Uncertain:
                row.Error(EppgbmLayout.ChildId,
                    $"Tinjau: kecocokan anak tidak pasti (nama mirip, ibu berbeda atau beberapa anak cocok). Calon: {string.Join(", ", match.Candidates)}. " +
                    "Isi kolom ID Anak dengan ID anak yang benar lalu unggah lagi.");
                return null;
            default:
                row.Error(row[EppgbmLayout.ChildId] is not null ? EppgbmLayout.ChildId : row[EppgbmLayout.ChildNik] is not null ? EppgbmLayout.ChildNik : EppgbmLayout.ChildName,
                    row[EppgbmLayout.ChildId] is not null
                        ? "ID Anak tidak dikenal atau di luar wilayah Anda."
                        : "Anak tidak ditemukan di wilayah Anda (NIK, atau nama + tanggal lahir + ibu): daftarkan dulu di registri.");
                return null;
        }
    }

    /// <summary>Whether the child is alive in Health's copy (a death recorded refuses new measurements).</summary>
    public bool IsAlive(Guid residentId) => !_byId.TryGetValue(residentId, out var c) || c.Alive;

    private bool MotherAgrees(Candidate child, string? motherNik, string motherName)
    {
        if (child.MotherId is not { } id || !_mothers.TryGetValue(id, out var mother))
        {
            return false;
        }

        return motherNik is not null && mother.Nik is not null
            ? motherNik == mother.Nik
            : motherName.Length > 0 && TextSearch.Normalize(mother.Name) == motherName;
    }

    /// <summary>Names a typo apart (edit distance ≤ 2), or one the other's first words (a nickname left out).</summary>
    private static bool Similar(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (a.StartsWith(b + " ", StringComparison.Ordinal) || b.StartsWith(a + " ", StringComparison.Ordinal))
        {
            return true;
        }

        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return false;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length] <= 2;
    }
}
