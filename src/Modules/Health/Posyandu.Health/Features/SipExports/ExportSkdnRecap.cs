using System.Data;
using System.Globalization;
using System.Text.RegularExpressions;
using Posyandu.Health.Features.GrowthReports;

namespace Posyandu.Health.Features.SipExports;

/// <summary>
/// The SKDN recap of the SIP (rekapitulasi SKDN) as XLSX, for a Posyandu or a region and a month or a year: S, K, D,
/// N with T, O, B, 2T and BGM, and D/S, N/D, K/S. The figures are Health's SKDN report (<see cref="GetSkdn"/>), sent
/// through the mediator — the same rule, the same small-cell suppression, the same scope — so the file and the JSON
/// report never disagree. A month gives a row per Posyandu of the region and the total (or the one Posyandu); a year
/// gives a row per month up to the current one, of the region's total or of the one Posyandu.
/// </summary>
public sealed partial record ExportSkdnRecap(string? Region, Guid? PosyanduId, string? Period) : IQuery<SipFile>
{
    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearOnly();

    internal sealed class Handler(HealthDbContext db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<ExportSkdnRecap, SipFile>
    {
        public async Task<SipFile> Handle(ExportSkdnRecap request, CancellationToken cancellationToken)
        {
            var region = request.Region;
            if (request.PosyanduId is { } posyandu)
            {
                var village = await SipWorkbook.VillageOfAsync(db, user, posyandu, cancellationToken);
                if (region is not null && region != village)
                {
                    throw RequestValidationException.For("region", "region is the Posyandu's village or left out.");
                }

                region = village;
            }

            var today = global::Posyandu.SharedKernel.Domain.Period.Of(clock.Today());
            var table = Columns();
            string label;
            if (request.Period is { } text && YearOnly().IsMatch(text))
            {
                var year = int.Parse(text, CultureInfo.InvariantCulture);
                if (year < RegionMonth.FirstMonth.Year || year > RegionMonth.LastMonth.Year)
                {
                    throw RequestValidationException.For("period", $"Reports cover {RegionMonth.FirstMonth} to {RegionMonth.LastMonth}.");
                }

                label = text;
                for (var month = 1; month <= 12 && (year < today.Year || (year == today.Year && month <= today.Month)); month++)
                {
                    var period = new global::Posyandu.SharedKernel.Domain.Period(year, month);
                    var skdn = await mediator.Send(new GetSkdn(region, period.ToString(), ReportLevel.Posyandu), cancellationToken);
                    var row = request.PosyanduId is { } id ? skdn.Rows.FirstOrDefault(r => r.Key == id.ToString()) ?? Empty(id.ToString()) : skdn.Total;
                    Add(table, SipWorkbook.Months[month - 1], skdn.Region, row);
                    region = skdn.Region;
                }
            }
            else
            {
                var skdn = await mediator.Send(new GetSkdn(region, request.Period, ReportLevel.Posyandu), cancellationToken);
                label = skdn.Period;
                var month = SipWorkbook.Months[int.Parse(skdn.Period[5..], CultureInfo.InvariantCulture) - 1];
                if (request.PosyanduId is { } id)
                {
                    Add(table, month, id.ToString(), skdn.Rows.FirstOrDefault(r => r.Key == id.ToString()) ?? Empty(id.ToString()));
                }
                else
                {
                    foreach (var row in skdn.Rows)
                    {
                        Add(table, month, row.Key, row);
                    }

                    Add(table, month, $"Jumlah {skdn.Region}", skdn.Total);
                }

                region = skdn.Region;
            }

            var scope = request.PosyanduId?.ToString() ?? region ?? "";
            var content = SipWorkbook.Write(($"SKDN {label}", table), ("Keterangan", SipWorkbook.Notes(Notes(scope, label))));
            return new SipFile(content, $"sip-skdn-{scope}-{label}.xlsx");
        }

        /// <summary>A Posyandu with no under-five that month: every count zero (zero singles out no one).</summary>
        private static GetSkdn.Row Empty(string key) => new(key, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null);
    }

    private static DataTable Columns()
    {
        var table = new DataTable("Skdn");
        table.Columns.Add("Bulan", typeof(string));
        table.Columns.Add("Posyandu / wilayah", typeof(string));
        foreach (var count in new[] { "S", "K", "D", "N", "T", "O", "B", "2T", "BGM" })
        {
            table.Columns.Add(count, typeof(int));
        }

        foreach (var ratio in new[] { "D/S (%)", "N/D (%)", "K/S (%)" })
        {
            table.Columns.Add(ratio, typeof(decimal));
        }

        return table;
    }

    private static void Add(DataTable table, string month, string key, GetSkdn.Row row)
    {
        object Cell(object? value) => value ?? DBNull.Value;
        table.Rows.Add(month, key, Cell(row.S), Cell(row.K), Cell(row.D), Cell(row.N), Cell(row.T), Cell(row.O), Cell(row.B), Cell(row.TwoT), Cell(row.Bgm),
            Cell(row.DPerS), Cell(row.NPerD), Cell(row.KPerS));
    }

    private static IEnumerable<(string, string)> Notes(string scope, string period)
    {
        yield return ("Format", "Rekapitulasi SKDN (Sistem Informasi Posyandu)");
        yield return ("Posyandu / wilayah", scope);
        yield return ("Periode", period);
        yield return ("S", "balita (0–59 bulan) di wilayah");
        yield return ("K", "balita yang memiliki KMS/Buku KIA (pernah ditimbang)");
        yield return ("D", "balita ditimbang bulan ini");
        yield return ("N", "balita yang berat badannya naik (T tidak naik, O tidak ditimbang bulan lalu, B baru)");
        yield return ("2T, BGM", "tidak naik dua kali berturut-turut; di bawah garis merah");
        yield return ("Sel kosong", "jumlah 1–4 disembunyikan untuk peran ini (perlindungan sel kecil), sama seperti laporan SKDN");
        yield return ("Sumber", "laporan SKDN Dinas Kesehatan (GET /api/health/reports/skdn), angka yang sama");
    }
}

internal static class ExportSkdnRecapEndpoint
{
    public static void MapExportSkdnRecap(this IEndpointRouteBuilder group) =>
        group.MapGet("/reports/skdn/xlsx", async (string? region, Guid? posyanduId, string? period, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new ExportSkdnRecap(region, posyanduId, period), ct);
                return TypedResults.File(file.Content, SipWorkbook.XlsxType, file.FileName);
            })
            .WithName("ExportSkdnRecap")
            .WithSummary("The SIP SKDN recap as XLSX for a Posyandu (posyanduId) or a region, and a month (period=YYYY-MM) or a year (period=YYYY): the SKDN report's figures.")
            .Produces<Stream>(StatusCodes.Status200OK, SipWorkbook.XlsxType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Roles.Health, Roles.Dpmd, Roles.Kader);
}
