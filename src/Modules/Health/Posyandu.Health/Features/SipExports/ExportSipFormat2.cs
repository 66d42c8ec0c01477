using System.Data;
using System.Globalization;
using Posyandu.Health.Growth;

namespace Posyandu.Health.Features.SipExports;

/// <summary>
/// SIP Format 2, <i>Register bayi dan balita dalam wilayah kerja Posyandu</i>, for one Posyandu and year, as the
/// kader's printed register has it (Lampiran III, format SIP manual): a row per child who is 0–59 months old at some
/// time in the year and lives at the Posyandu by Health's copy of the registry — name, sex, birth date, birth weight,
/// the parents (Health's identity replica), the month's weighing January to December with its N/T mark, the services of the year (vitamin A),
/// the immunisation dates, ASI eksklusif, the date of death and notes. From Health's own records only.
/// <para>Scoped like any read: Dinas Kesehatan in its region, the Posyandu's own health kader; DPMD gets the rows
/// without names (UU 27/2022 art. 16: the coordinator counts, it does not visit). Audited as one list read naming
/// every child in the file.</para>
/// <para>Columns of the printed form that Health does not record stay in the file, empty, so the printout keeps its
/// shape: <c>Kelompok Dasawisma</c> (not in the registry), <c>Sirup besi</c> and <c>Oralit</c> (not recorded at the
/// Posyandu visit); the reasons are on the sheet <c>Keterangan</c>.</para>
/// </summary>
public sealed record ExportSipFormat2(Guid PosyanduId, int? Year) : IQuery<SipFile>
{
    public const string AuditEntity = "SipFormat2";

    /// <summary>Short antigen names as the form heads its immunisation columns (the schedule's own name otherwise).</summary>
    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.Ordinal)
    {
        ["hb0"] = "HB-0", ["bcg"] = "BCG", ["opv"] = "Polio", ["dpt-hb-hib"] = "DPT-HB-Hib", ["ipv"] = "IPV",
        ["pcv"] = "PCV", ["rv"] = "Rotavirus", ["mr"] = "Campak-Rubela",
    };

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI"];

    internal sealed class Handler(HealthDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ExportSipFormat2, SipFile>
    {
        public async Task<SipFile> Handle(ExportSipFormat2 request, CancellationToken cancellationToken)
        {
            var year = request.Year ?? clock.Today().Year;
            if (year is < 2000 or > 2199)
            {
                throw RequestValidationException.For("year", "year is 2000–2199.");
            }

            var village = await SipWorkbook.VillageOfAsync(db, user, request.PosyanduId, cancellationToken);
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var bornAfter = first.AddMonths(-60); // 60 months on 1 January: no longer a balita in the year

            var children = await db.Residents.AsNoTracking()
                .Where(r => r.PosyanduId == request.PosyanduId && r.BirthDate > bornAfter && r.BirthDate <= last)
                .ToListAsync(cancellationToken);
            var ids = children.Select(c => c.ResidentId).ToList();
            var visits = (await db.Visits.AsNoTracking()
                    .Where(v => ids.Contains(v.ResidentId) && v.MeasuredOn <= last)
                    .ToListAsync(cancellationToken))
                .ToLookup(v => v.ResidentId);
            var doses = (await db.Immunisations.AsNoTracking().Where(d => ids.Contains(d.ResidentId)).ToListAsync(cancellationToken))
                .ToLookup(d => d.ResidentId);

            // A child the registry marked dead stays in the register of a year it was served in (the form records
            // deaths); Health's copy has no date of death, so one who was not seen that year is left out.
            var listed = children
                .Where(c => c.Alive || visits[c.ResidentId].Any(v => v.MeasuredOn >= first) || doses[c.ResidentId].Any(d => d.GivenOn >= first && d.GivenOn <= last))
                .OrderBy(c => c.BirthDate).ThenBy(c => c.ResidentId)
                .ToList();
            var names = ShowsNames(user);

            // The parents, from Health's identity replica (the registry's family rule: NIK ibu, else the household's
            // head and spouse), named from Health's copy of residents — for the callers who see names only.
            var parents = new Dictionary<Guid, (string? Father, string? Mother)>();
            if (names)
            {
                var family = await db.ResidentIdentities.AsNoTracking().Where(i => ids.Contains(i.ResidentId))
                    .Select(i => new { i.ResidentId, i.FatherResidentId, i.MotherResidentId }).ToListAsync(cancellationToken);
                var parentIds = family.SelectMany(f => new[] { f.FatherResidentId, f.MotherResidentId }).OfType<Guid>().Distinct().ToList();
                var parentNames = await db.Residents.AsNoTracking().Where(r => parentIds.Contains(r.ResidentId))
                    .ToDictionaryAsync(r => r.ResidentId, r => r.Name, cancellationToken);
                string? NameOf(Guid? id) => id is { } known ? parentNames.GetValueOrDefault(known) : null;
                parents = family.ToDictionary(f => f.ResidentId, f => (NameOf(f.FatherResidentId), NameOf(f.MotherResidentId)));
            }

            var posyanduName = await db.Posyandu.IgnoreQueryFilters().AsNoTracking().Where(p => p.PosyanduId == request.PosyanduId)
                .Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
            var schedule = ImmunisationSchedule.National;

            var table = Columns(schedule);
            var number = 0;
            foreach (var child in listed)
            {
                var row = table.NewRow();
                Set(row, "No", ++number);
                Set(row, "Nama bayi/balita", names ? child.Name : null);
                Set(row, "Jenis kelamin (L/P)", child.Sex == Sex.Female ? "P" : "L");
                Set(row, "Tanggal lahir", SipWorkbook.Day(child.BirthDate));
                if (parents.TryGetValue(child.ResidentId, out var parent))
                {
                    Set(row, "Nama ayah", parent.Father);
                    Set(row, "Nama ibu", parent.Mother);
                }

                var seen = visits[child.ResidentId].OrderBy(v => v.MeasuredOn).ThenBy(v => v.Id).ToList();
                // The birth weight is known only when the child was weighed on the day of birth.
                if (seen.FirstOrDefault(v => v.AgeDays == 0 && v.WeightKg is not null) is { } atBirth)
                {
                    Set(row, "BB lahir (kg)", atBirth.WeightKg!.Value);
                }

                var inYear = seen.Where(v => v.MeasuredOn >= first).ToList();
                var notes = new List<string>();
                for (var month = 1; month <= 12; month++)
                {
                    // The month's weighing is its last visit with a weight, as SKDN counts the month (ChildMonths).
                    if (inYear.LastOrDefault(v => v.MeasuredOn.Month == month && v.WeightKg is not null) is { } weighed)
                    {
                        Set(row, $"{SipWorkbook.Months[month - 1]} BB (kg)", weighed.WeightKg!.Value);
                        Set(row, $"{SipWorkbook.Months[month - 1]} N/T", weighed.Trend?.ToString());
                        if (weighed.TwoT) notes.Add($"2T {SipWorkbook.Months[month - 1]}");
                        if (weighed.BelowRedLine) notes.Add($"BGM {SipWorkbook.Months[month - 1]}");
                    }
                }

                var vitaminA = inYear.Where(v => v.VitaminAIu is not null).Select(v => SipWorkbook.Months[v.MeasuredOn.Month - 1]).Distinct().ToList();
                Set(row, "Vitamin A (bulan)", vitaminA.Count > 0 ? string.Join(", ", vitaminA) : null);
                foreach (var dose in doses[child.ResidentId])
                {
                    var column = DoseColumn(schedule, dose.Antigen, dose.DoseNumber);
                    if (table.Columns.Contains(column))
                    {
                        Set(row, column, SipWorkbook.Day(dose.GivenOn));
                    }
                }

                // ASI eksklusif is asked at visits under 6 months: "Ya" while every answer was yes.
                var breastfeeding = seen.Where(v => v.ExclusiveBreastfeeding is not null).Select(v => v.ExclusiveBreastfeeding!.Value).ToList();
                Set(row, "ASI eksklusif", breastfeeding.Count == 0 ? null : breastfeeding.All(b => b) ? "Ya" : "Tidak");
                if (!child.Alive)
                {
                    notes.Insert(0, "Meninggal (tanggal tidak tercatat di Kesehatan)");
                }

                Set(row, "Catatan", notes.Count > 0 ? string.Join("; ", notes) : null);
                table.Rows.Add(row);
            }

            await db.RecordListReadAsync(AuditEntity, listed.Select(c => c.ResidentId), village, cancellationToken);
            var content = SipWorkbook.Write(($"Format 2 {year}", table), ("Keterangan", SipWorkbook.Notes(Notes(request.PosyanduId, posyanduName, village, year, names))));
            return new SipFile(content, $"sip-format-2-{request.PosyanduId}-{year}.xlsx");
        }
    }

    private static void Set(DataRow row, string column, object? value) => row[column] = value ?? DBNull.Value;

    /// <summary>Names only for those who serve the children: health staff, the Posyandu's health kader, admin.</summary>
    private static bool ShowsNames(ICurrentUser user) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Health) || user.IsInRole(Roles.Kader);

    private static string DoseColumn(ImmunisationSchedule schedule, string antigen, int dose)
    {
        var name = ShortNames.GetValueOrDefault(antigen) ?? schedule.AntigenNames.GetValueOrDefault(antigen) ?? antigen;
        return schedule.DoseCount(antigen) > 1 ? $"Imunisasi {name} {(dose <= Roman.Length ? Roman[dose - 1] : dose.ToString(CultureInfo.InvariantCulture))}" : $"Imunisasi {name}";
    }

    /// <summary>The columns in the printed form's order (Lampiran III, Format 2), with the current national schedule's doses.</summary>
    private static DataTable Columns(ImmunisationSchedule schedule)
    {
        var table = new DataTable("Format2");
        void Text(string name) => table.Columns.Add(name, typeof(string));
        table.Columns.Add("No", typeof(int));
        Text("Nama bayi/balita");
        Text("Jenis kelamin (L/P)");
        Text("Tanggal lahir");
        table.Columns.Add("BB lahir (kg)", typeof(double));
        Text("Nama ayah");
        Text("Nama ibu");
        Text("Kelompok Dasawisma");
        foreach (var month in SipWorkbook.Months)
        {
            table.Columns.Add($"{month} BB (kg)", typeof(double));
            Text($"{month} N/T");
        }

        Text("Sirup besi (bulan)");
        Text("Vitamin A (bulan)");
        Text("Oralit");
        foreach (var dose in schedule.Doses)
        {
            Text(DoseColumn(schedule, dose.Antigen, dose.Dose));
        }

        Text("ASI eksklusif");
        Text("Tanggal meninggal");
        Text("Catatan");
        return table;
    }

    private static IEnumerable<(string, string)> Notes(Guid posyanduId, string? posyanduName, string village, int year, bool names)
    {
        yield return ("Format", "SIP Format 2 — Register bayi dan balita dalam wilayah kerja Posyandu");
        yield return ("Nama Posyandu", posyanduName ?? "");
        yield return ("Posyandu (id)", posyanduId.ToString());
        yield return ("Kode wilayah (desa/kelurahan)", village);
        yield return ("Tahun", year.ToString(CultureInfo.InvariantCulture));
        yield return ("Anak yang dicatat", "umur 0–59 bulan pada suatu waktu dalam tahun ini, tinggal di wilayah Posyandu menurut data Kesehatan");
        yield return ("Penimbangan per bulan", "berat badan penimbangan terakhir bulan itu; N = naik, T = tidak naik, B = baru pertama ditimbang, O = bulan lalu tidak ditimbang");
        if (!names)
        {
            yield return ("Nama", "tidak ditampilkan untuk peran ini (UU 27/2022: DPMD menghitung, tidak melayani anak)");
        }

        yield return ("BB lahir (kg)", "terisi bila anak ditimbang pada hari lahirnya; berat lahir tidak dicatat tersendiri di Kesehatan");
        yield return ("Nama ayah, Nama ibu", "dari data keluarga registri (NIK ibu bayi, atau kepala keluarga dan istri/suami); kosong bila registri tidak menunjuk satu orang tua");
        yield return ("Kelompok Dasawisma", "kosong: tidak tercatat di registri");
        yield return ("Sirup besi, Oralit", "kosong: tidak dicatat pada kunjungan Posyandu");
        yield return ("Tanggal meninggal", "kosong: Kesehatan hanya tahu bahwa anak meninggal (lihat Catatan), bukan tanggalnya");
        yield return ("Imunisasi", "tanggal pemberian menurut jadwal imunisasi nasional (DPT-HB-Hib menggantikan kolom DPT dan Hepatitis formulir lama)");
    }
}

internal static class ExportSipFormat2Endpoint
{
    public static void MapExportSipFormat2(this IEndpointRouteBuilder group) =>
        group.MapGet("/posyandu/{posyanduId:guid}/sip/format-2", async (Guid posyanduId, int? year, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new ExportSipFormat2(posyanduId, year), ct);
                return TypedResults.File(file.Content, SipWorkbook.XlsxType, file.FileName);
            })
            .WithName("ExportSipFormat2")
            .WithSummary("SIP Format 2 (register bayi dan balita) of a Posyandu for a year as XLSX: a row per child 0–59 months, monthly weights with N/T, immunisation dates (names for health staff and the Posyandu's kader, none for DPMD; audited).")
            .Produces<Stream>(StatusCodes.Status200OK, SipWorkbook.XlsxType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorReaders(Roles.Health, Roles.Dpmd);
}
