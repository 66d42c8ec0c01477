using System.Globalization;
using Posyandu.Health.Features.ChildVisits;
using Posyandu.Health.Growth;
using Posyandu.SharedKernel.Imports;

namespace Posyandu.Health.Features.Eppgbm;

/// <summary>
/// Under-five measurements in the e-PPGBM layout (<see cref="EppgbmLayout"/>, sheet "e-PPGBM" or the first): one row
/// per measurement becomes Health's own <see cref="RecordChildVisit"/> — its validator and the WHO z-scores apply as
/// for the API. The child is found by <see cref="ChildMatcher"/> (NIK; else name + birth date + mother) in the
/// uploader's scope; an uncertain match is not imported and goes to the review list (the row's error on ID Anak names
/// the candidates' resident ids: fill ID Anak and upload the error file again). A measurement the child already has on
/// that day (in Health or earlier in the file) is a duplicate, so an e-PPGBM file imported twice adds nothing.
/// The Data Dasar columns other than the matching ones (KK, father, address, birth weight, …) are e-PPGBM's and not
/// imported: the registry owns them.
/// </summary>
internal sealed class EppgbmMeasurementImport(HealthDbContext db, ChildMatcher matcher) : ImportType
{
    public const string TypeName = "health-eppgbm";

    /// <summary>The unique key of a measurement: the child and the day (duplicates within the file and against Health).</summary>
    private const string Visit = EppgbmLayout.MeasuredOn;

    public override string Name => TypeName;

    public override string Module => HealthModule.ModuleName;

    public override string Title => "Pengukuran balita (format e-PPGBM)";

    public override IReadOnlyList<string> Roles => [SharedKernel.Security.Roles.Health, SharedKernel.Security.Roles.Kader];

    public override string? Sector => SharedKernel.Security.Roles.Health;

    public override string? Sheet => EppgbmLayout.Sheet;

    public override IReadOnlyList<ImportColumn> Columns => EppgbmLayout.Columns;

    public override async Task PlanAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await matcher.LoadAsync(batch.Rows, cancellationToken);
        foreach (var row in batch.Rows)
        {
            var measuredOn = row.Date(EppgbmLayout.MeasuredOn, "Tanggal pengukuran");
            var birth = row.Date(EppgbmLayout.BirthDate, "Tanggal lahir");
            var weight = row.Measurement(EppgbmLayout.Weight, "Berat");
            var height = row.Measurement(EppgbmLayout.Height, "Tinggi");
            var head = row.Measurement(EppgbmLayout.Head, "Lingkar kepala");
            var arm = row.Measurement(EppgbmLayout.Arm, "LiLA");
            var position = EppgbmLayout.ParsePosition(row[EppgbmLayout.Position], out var known);
            if (!known)
            {
                row.Error(EppgbmLayout.Position, "Cara ukur ditulis berdiri atau terlentang.");
            }

            if (row[EppgbmLayout.Month] is { } month && measuredOn is { } day && !SameMonth(month, day))
            {
                row.Error(EppgbmLayout.Month, "Bulan tidak sama dengan bulan tanggal pengukuran (tulis TTTT-BB).");
            }

            if (birth is null && row[EppgbmLayout.ChildId] is null)
            {
                continue; // the error is there already (required or not a date); no match without a birth date
            }

            var match = matcher.Match(row);
            if (matcher.Report(row, match) is not { } child || measuredOn is not { } on)
            {
                continue;
            }

            var born = match.BirthDate!.Value;
            var ageDays = on.DayNumber - born.DayNumber;
            if (ageDays < 0 || ageDays / GrowthStandards.DaysPerMonth >= GrowthStandards.AgeLimitMonths)
            {
                row.Error(EppgbmLayout.MeasuredOn, "Pada tanggal pengukuran anak tidak berumur 0–59 bulan.");
                continue;
            }

            if (!matcher.IsAlive(child))
            {
                row.Error(EppgbmLayout.ChildName, "Kematian anak ini sudah tercatat.");
                continue;
            }

            if (arm is not null && PosyanduDayServices.CheckArmCircumference(ageDays) is not null)
            {
                row.Error(EppgbmLayout.Arm, "LiLA diukur mulai umur 6 bulan.");
            }

            row.Unique(Visit, Key(child, on));
            row.Send(new RecordChildVisit(child, new RecordChildVisit.Body(on, weight, height, position, Oedema: false, head, arm)),
                ("measuredOn", EppgbmLayout.MeasuredOn), ("weightKg", EppgbmLayout.Weight), ("lengthHeightCm", EppgbmLayout.Height),
                ("headCircumferenceCm", EppgbmLayout.Head), ("armCircumferenceCm", EppgbmLayout.Arm));
        }
    }

    /// <summary>The measurements Health already holds for these children on these days (a second import adds nothing).</summary>
    public override async Task<IReadOnlySet<string>> FindExistingAsync(string field, IReadOnlyCollection<string> values, CancellationToken cancellationToken)
    {
        if (field != Visit || values.Count == 0)
        {
            return new HashSet<string>();
        }

        var children = values.Select(v => Guid.Parse(v.AsSpan(0, 36))).Distinct().ToList();
        var visits = await db.Visits.IgnoreQueryFilters().AsNoTracking().Where(v => children.Contains(v.ResidentId))
            .Select(v => new { v.ResidentId, v.MeasuredOn }).ToListAsync(cancellationToken);
        return visits.Select(v => Key(v.ResidentId, v.MeasuredOn)).Where(values.Contains).ToHashSet(StringComparer.Ordinal);
    }

    private static string Key(Guid child, DateOnly on) => $"{child}|{on:yyyy-MM-dd}";

    /// <summary>"2026-11", "11/2026", "11-2026" or "2026/11" is the month of <paramref name="day"/>; another text is not checked.</summary>
    private static bool SameMonth(string text, DateOnly day)
    {
        string[] formats = ["yyyy-MM", "yyyy-M", "MM/yyyy", "M/yyyy", "MM-yyyy", "M-yyyy", "yyyy/MM"];
        return !DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
               || (month.Year == day.Year && month.Month == day.Month);
    }
}
