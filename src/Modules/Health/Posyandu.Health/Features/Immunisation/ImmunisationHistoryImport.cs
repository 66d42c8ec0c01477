using Posyandu.Health.Features.Eppgbm;
using Posyandu.SharedKernel.Imports;

namespace Posyandu.Health.Features.Immunisation;

/// <summary>
/// Immunisation history (issue 23): one row per dose a child was given — copied from the Buku KIA's immunisation page
/// or an ASIK / puskesmas register — becomes Health's own <see cref="RecordImmunisation"/>, so its validator, its rules,
/// the <see cref="ImmunisationRecorded"/> event and the report's counts are those of a dose recorded live. The child
/// is found by <see cref="ChildMatcher"/> with the e-PPGBM layout's identity columns (ID Anak; NIK Anak; else name,
/// birth date and mother), uncertain matches going to the review list; the vaccine is read by <see cref="VaccineNames"/>.
/// <para>The dry run applies the command's own record rules (<see cref="DoseRefusal"/>: not before birth, not already
/// recorded, valid by the national schedule of Permenkes 12/2017) to each row against the child's doses in Health and
/// those of the file's earlier rows, so a dose the commit would refuse is named on its column beforehand; the same dose
/// twice in the file is a duplicate of the first row. A file imported twice therefore adds nothing.</para>
/// <para>Rows are applied in file order, as the schedule needs: a dose after the previous dose of its antigen (Polio 1
/// before Polio 2). A previous dose in an earlier batch of a long file is not visible to the dry run (nothing is
/// written before the commit), so there the rule waits for the commit, where earlier batches are already recorded.</para>
/// </summary>
internal sealed class ImmunisationHistoryImport(HealthDbContext db, ChildMatcher matcher) : ImportType
{
    public const string TypeName = "health-immunisation";

    private const string Vaccine = "vaksin";
    private const string Dose = "dosis";
    private const string GivenOn = "tanggalImunisasi";
    private const string Place = "tempat";
    private const string BatchNumber = "noBatch";

    /// <summary>The row's dose, once its cells are read and its child found.</summary>
    private sealed record Planned(
        ImportRow Row, Guid Child, DateOnly BirthDate, string Antigen, int Dose, string DoseField, DateOnly GivenOn, ImmunisationPlace Place, string? PlaceName);

    public override string Name => TypeName;

    public override string Module => HealthModule.ModuleName;

    public override string Title => "Riwayat imunisasi";

    /// <summary>As <see cref="RecordImmunisation"/>'s endpoint (the health sector's writers): Dinas Kesehatan and the kader.</summary>
    public override IReadOnlyList<string> Roles => [SharedKernel.Security.Roles.Health, SharedKernel.Security.Roles.Kader];

    public override string? Sector => SharedKernel.Security.Roles.Health;

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        Identity(EppgbmLayout.ChildNik),
        Identity(EppgbmLayout.ChildName),
        Identity(EppgbmLayout.BirthDate),
        Identity(EppgbmLayout.MotherNik),
        Identity(EppgbmLayout.MotherName),
        new(Vaccine, "Vaksin", Required: true, Aliases: ["jenis imunisasi", "imunisasi", "jenis vaksin", "nama vaksin", "antigen"], Hint: VaccineNames.Hint),
        new(Dose, "Dosis", Aliases: ["dosis ke", "dosis ke-"], Hint: "1, 2, 3, 4 atau lanjutan; kosong bila sudah tertulis di kolom Vaksin (Polio 2)"),
        new(GivenOn, "Tanggal Imunisasi", Required: true, Aliases: ["tanggal pemberian", "tgl imunisasi", "tanggal diberikan", "tanggal vaksin", "tgl pemberian"],
            Hint: "HH/BB/TTTT atau TTTT-BB-HH"),
        new(Place, "Tempat", Required: true, Aliases: ["tempat imunisasi", "tempat pelayanan", "fasilitas kesehatan", "faskes"],
            Hint: "posyandu, puskesmas, atau nama tempat lain (bidan, klinik, rumah sakit)"),
        new(BatchNumber, "No. Batch", Aliases: ["nomor batch", "batch", "no lot", "nomor lot", "no batch vaksin"], Hint: "kosong bila tidak tercatat di Buku KIA"),
        Identity(EppgbmLayout.ChildId),
    ];

    public override async Task PlanAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await matcher.LoadAsync(batch.Rows, cancellationToken);
        var planned = batch.Rows.Select(Read).OfType<Planned>().ToList();
        var children = planned.Select(p => p.Child).Distinct().ToList();
        var history = (await db.Immunisations.AsNoTracking().Where(d => children.Contains(d.ResidentId))
                .Select(d => new { d.ResidentId, Dose = new RecordedDose(d.Id, d.Antigen, d.DoseNumber, d.GivenOn) }).ToListAsync(cancellationToken))
            .GroupBy(d => d.ResidentId).ToDictionary(g => g.Key, g => g.Select(d => d.Dose).ToList());
        var inFile = new HashSet<string>(StringComparer.Ordinal);
        var laterBatch = !batch.Committing && batch.Rows.Count > 0 && batch.Rows[0].Number > 2;
        foreach (var dose in planned)
        {
            var row = dose.Row;
            var key = $"{dose.Child:N}|{dose.Antigen}|{dose.Dose}";
            row.Unique(Vaccine, key);
            if (!history.TryGetValue(dose.Child, out var doses))
            {
                history[dose.Child] = doses = [];
            }

            // Checked only for a dose of the schedule (else the validator says so) and once per dose in the file.
            if (ImmunisationSchedule.National.Find(dose.Antigen, dose.Dose) is not null && inFile.Add(key))
            {
                var previousMissing = dose.Dose > 1 && !doses.Any(d => d.Antigen == dose.Antigen && d.DoseNumber == dose.Dose - 1);
                if (!(previousMissing && laterBatch) && DoseRefusal.Of(dose.BirthDate, doses, dose.Antigen, dose.Dose, dose.GivenOn) is { } refusal)
                {
                    var field = refusal switch
                    {
                        RequestValidationException => GivenOn,
                        ConflictException => Vaccine,
                        _ => previousMissing ? Vaccine : GivenOn,
                    };
                    row.Error(field, ImportMessages.Translate(refusal.Errors.Values.FirstOrDefault()?.FirstOrDefault() ?? refusal.Message, Label(field)));
                }

                if (row.IsValid)
                {
                    doses.Add(new RecordedDose(Guid.Empty, dose.Antigen, dose.Dose, dose.GivenOn));
                }
            }

            row.Send(new RecordImmunisation(dose.Child, dose.Antigen, dose.Dose, dose.GivenOn, row[BatchNumber], dose.Place, dose.PlaceName),
                ("Antigen", Vaccine), ("DoseNumber", dose.DoseField), ("GivenOn", GivenOn), ("Place", Place), ("PlaceName", Place), ("BatchNumber", BatchNumber));
        }
    }

    /// <summary>The row's cells and child, or null (with the row's errors) when a dose cannot be planned from it.</summary>
    private Planned? Read(ImportRow row)
    {
        var givenOn = row.Date(GivenOn, "Tanggal imunisasi");
        var birth = row.Date(EppgbmLayout.BirthDate, "Tanggal lahir");
        var (antigen, dose, doseField) = ReadVaccine(row);
        var place = ReadPlace(row[Place]);
        if (birth is null && row[EppgbmLayout.ChildId] is null)
        {
            return null; // the error is there already (required or not a date); no match without a birth date
        }

        var match = matcher.Match(row);
        return matcher.Report(row, match) is { } child && antigen is not null && dose is { } number && givenOn is { } on && place is { } where
            ? new Planned(row, child, match.BirthDate!.Value, antigen, number, doseField, on, where.Place, where.Name)
            : null;
    }

    /// <summary>The antigen and dose from the Vaksin cell and the Dosis cell, or errors on them.</summary>
    private static (string? Antigen, int? Dose, string DoseField) ReadVaccine(ImportRow row)
    {
        if (row[Vaccine] is not { } text)
        {
            return (null, null, Vaccine);
        }

        var cell = VaccineNames.Parse(text);
        switch (cell.Kind)
        {
            case VaccineKind.NotScheduled:
                row.Error(Vaccine, "Vaksin ini tidak ada dalam jadwal imunisasi rutin bayi dan baduta yang dicatat di sini (JE: program daerah; DT, Td, HPV: imunisasi anak sekolah/BIAS).");
                return (null, null, Vaccine);
            case VaccineKind.Unknown:
                row.Error(Vaccine, $"Vaksin tidak dikenal; tulis salah satu: {VaccineNames.Hint}.");
                return (null, null, Vaccine);
        }

        var column = row[Dose] is { } doseText ? VaccineNames.ParseDose(doseText, cell.Antigen) : null;
        if (row[Dose] is not null && column is null)
        {
            row.Error(Dose, "Dosis ditulis dengan angka (1, 2, 3, 4) atau lanjutan.");
            return (cell.Antigen, null, Dose);
        }

        if (column is { } fromColumn && cell.Dose is { } fromName && fromColumn != fromName)
        {
            row.Error(Dose, "Dosis tidak sama dengan dosis yang tertulis di kolom Vaksin.");
            return (cell.Antigen, null, Dose);
        }

        if ((column ?? cell.Dose) is not { } dose)
        {
            row.Error(Vaccine, "Vaksin ini punya beberapa dosis: tulis dosisnya (misalnya Polio 2 atau DPT-HB-Hib lanjutan) atau isi kolom Dosis.");
            return (cell.Antigen, null, Vaccine);
        }

        return (cell.Antigen, dose, column is null ? Vaccine : Dose);
    }

    /// <summary>
    /// The Tempat cell by its first word: Posyandu; Puskesmas, PKM or Pustu (the puskesmas and its auxiliary posts);
    /// anything else is a place of its own name (a midwife, a clinic, a hospital). The text is kept as the place's name
    /// unless it is the bare word. Null when empty (the column is required: its error is there already).
    /// </summary>
    private static (ImmunisationPlace Place, string? Name)? ReadPlace(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var words = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = words[0].ToLowerInvariant();
        var place = first switch
        {
            "posyandu" => ImmunisationPlace.Posyandu,
            "puskesmas" or "pkm" or "pustu" => ImmunisationPlace.Puskesmas,
            _ => ImmunisationPlace.Other,
        };
        var bare = words.Length == 1 && (place != ImmunisationPlace.Other || first is "lainnya" or "lain");
        return (place, bare ? null : text);
    }

    private string Label(string field) => Columns.First(c => c.Field == field).Label;

    /// <summary>The e-PPGBM layout's column of a matching field: the same headers as the measurements import, one definition.</summary>
    private static ImportColumn Identity(string field) => EppgbmLayout.Columns.Single(c => c.Field == field);
}
