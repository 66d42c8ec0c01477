using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Posyandu.Health.Features.Eppgbm;

/// <summary>
/// The under-five measurements of a region (a district ≈ a puskesmas area, a village, …) or one Posyandu for a month,
/// in the e-PPGBM layout (<see cref="EppgbmLayout"/>: Data Dasar + Pemantauan, one row per measurement), from Health's
/// own data — its visits, its replicas of residents, identities (NIK, KK, parents, address) and Posyandu — so the
/// puskesmas does not type them again. Scoped like any read (health staff in their region, a health kader their
/// Posyandu), and audited as a read of every child listed. The file re-imports as is (<see cref="EppgbmMeasurementImport"/>).
/// "Anak Ke" is the child's place among the mother's children Health knows; BB/PB lahir stay empty (no source yet).
/// </summary>
public sealed record ExportEppgbm(string? Region, string? Period, Guid? PosyanduId) : IQuery<ExportEppgbm.Result>
{
    public sealed record Result(string Region, string Period, IReadOnlyList<IReadOnlyList<string?>> Rows);

    internal sealed class Handler(HealthDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ExportEppgbm, Result>
    {
        public async Task<Result> Handle(ExportEppgbm request, CancellationToken cancellationToken)
        {
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var (from, to) = (new DateOnly(period.Year, period.Month, 1), new DateOnly(period.Year, period.Month, 1).AddMonths(1));
            var prefix = region.ToString();
            var visits = db.Visits.AsNoTracking().Where(v => v.MeasuredOn >= from && v.MeasuredOn < to && v.RegionCode.StartsWith(prefix));
            if (request.PosyanduId is { } posyandu)
            {
                visits = visits.Where(v => v.PosyanduId == posyandu);
            }

            var measured = await (from v in visits
                                  join c in db.Residents.AsNoTracking() on v.ResidentId equals c.ResidentId
                                  join i in db.ResidentIdentities.AsNoTracking() on v.ResidentId equals i.ResidentId into identities
                                  from i in identities.DefaultIfEmpty()
                                  orderby v.PosyanduId, c.Name, v.MeasuredOn
                                  select new { Visit = v, Child = c, Identity = i })
                .ToListAsync(cancellationToken);

            var parentIds = measured.SelectMany(m => new[] { m.Identity?.MotherResidentId, m.Identity?.FatherResidentId }).OfType<Guid>().Distinct().ToList();
            var parents = (await (from r in db.Residents.AsNoTracking()
                                  join i in db.ResidentIdentities.AsNoTracking() on r.ResidentId equals i.ResidentId into identities
                                  from i in identities.DefaultIfEmpty()
                                  where parentIds.Contains(r.ResidentId)
                                  select new { r.ResidentId, r.Name, Nik = i == null ? null : i.Nik }).ToListAsync(cancellationToken))
                .ToDictionary(p => p.ResidentId);
            var motherIds = measured.Select(m => m.Identity?.MotherResidentId).OfType<Guid>().Distinct().ToList();
            var siblings = (await (from i in db.ResidentIdentities.AsNoTracking()
                                   join r in db.Residents.AsNoTracking() on i.ResidentId equals r.ResidentId
                                   where i.MotherResidentId != null && motherIds.Contains(i.MotherResidentId.Value)
                                   select new { Mother = i.MotherResidentId!.Value, r.ResidentId, r.BirthDate }).ToListAsync(cancellationToken))
                .GroupBy(s => s.Mother)
                .ToDictionary(g => g.Key, g => g.OrderBy(s => s.BirthDate).ThenBy(s => s.ResidentId).Select(s => s.ResidentId).ToList());
            var posyanduIds = measured.Select(m => m.Visit.PosyanduId).Distinct().ToList();
            var names = await db.Posyandu.AsNoTracking().Where(p => posyanduIds.Contains(p.PosyanduId)).ToDictionaryAsync(p => p.PosyanduId, p => p.Name, cancellationToken);

            string? Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
            var rows = measured.Select(m =>
            {
                var (v, c, i) = (m.Visit, m.Child, m.Identity);
                var mother = i?.MotherResidentId is { } mo ? parents.GetValueOrDefault(mo) : null;
                var father = i?.FatherResidentId is { } fa ? parents.GetValueOrDefault(fa) : null;
                var order = i?.MotherResidentId is { } motherId && siblings.TryGetValue(motherId, out var children) ? children.IndexOf(c.ResidentId) + 1 : 0;
                return (IReadOnlyList<string?>)
                [
                    i?.NomorKk, i?.Nik, c.Name, c.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Sex == Sex.Female ? "P" : "L",
                    order > 0 ? order.ToString(CultureInfo.InvariantCulture) : null, null, null,
                    father?.Nik, father?.Name, mother?.Nik, mother?.Name, i?.Address, i?.Rt, i?.Rw, names.GetValueOrDefault(v.PosyanduId),
                    v.MeasuredOn.ToString("yyyy-MM", CultureInfo.InvariantCulture), v.MeasuredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Number(v.WeightKg), Number(v.LengthHeightCm), EppgbmLayout.PositionText(v.Position) is { Length: > 0 } p ? p : null,
                    Number(v.HeadCircumferenceCm), Number(v.ArmCircumferenceCm),
                ];
            }).ToList();

            // A read of every child listed (and so of their NIK and their parents'): one line naming them all.
            await db.RecordListReadAsync("EppgbmExport", measured.Select(m => m.Child.ResidentId), prefix, cancellationToken);
            return new Result(prefix, period.ToString(), rows);
        }
    }

    /// <summary>The file: XLSX (one sheet named e-PPGBM) or CSV (semicolons, UTF-8 with BOM, as the error file).</summary>
    internal static async Task<Stream> WriteAsync(Result result, string format, CancellationToken ct)
    {
        var headers = EppgbmLayout.Exported.Select(c => c.Label).ToList();
        var output = new MemoryStream();
        if (format == "xlsx")
        {
            var sheet = result.Rows.Select(r =>
            {
                var line = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < headers.Count; i++)
                {
                    line[headers[i]] = r[i];
                }

                return line;
            }).ToList();
            if (sheet.Count == 0)
            {
                sheet.Add(headers.ToDictionary(h => h, _ => (object?)null, StringComparer.Ordinal));
            }

            await output.SaveAsAsync(sheet, sheetName: EppgbmLayout.Sheet, excelType: ExcelType.XLSX, cancellationToken: ct);
        }
        else
        {
            await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
            await writer.WriteLineAsync(string.Join(';', headers.Select(Csv)));
            foreach (var row in result.Rows)
            {
                await writer.WriteLineAsync(string.Join(';', row.Select(Csv)));
            }
        }

        output.Position = 0;
        return output;
    }

    private static string Csv(string? cell) =>
        cell is null ? "" : cell.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}

internal static class ExportEppgbmEndpoint
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapExportEppgbm(this IEndpointRouteBuilder group) =>
        group.MapGet("/eppgbm/measurements", async (string? region, string? period, Guid? posyanduId, string? format, IMediator mediator, CancellationToken ct) =>
            {
                var kind = format?.ToLowerInvariant() switch
                {
                    null or "xlsx" => "xlsx",
                    "csv" => "csv",
                    _ => throw RequestValidationException.For("format", "format must be xlsx or csv."),
                };
                var result = await mediator.Send(new ExportEppgbm(region, period, posyanduId), ct);
                var content = await ExportEppgbm.WriteAsync(result, kind, ct);
                return TypedResults.File(content, kind == "xlsx" ? XlsxType : "text/csv", $"eppgbm-{result.Region}-{result.Period}.{kind}");
            })
            .WithName("ExportEppgbmMeasurements")
            .WithSummary("Under-five measurements of a region or a Posyandu for a month in the e-PPGBM layout (format=xlsx|csv), with the children's and parents' NIK: health staff and health kader, audited per child.")
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv", XlsxType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorReaders(Roles.Health);
}
