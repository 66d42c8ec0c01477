using System.Data;
using System.Globalization;
using MiniExcelLibs;

namespace Posyandu.Health.Features.SipExports;

/// <summary>An XLSX file of the SIP registers (Sistem Informasi Posyandu), with the name it is downloaded under.</summary>
public sealed record SipFile(byte[] Content, string FileName);

/// <summary>
/// What the SIP exports share: the workbook (MiniExcel, as Reporting's exports; a <see cref="DataTable"/> per sheet so
/// an empty register still prints its headers), the month names of the printed forms, and which Posyandu a caller
/// may export.
/// </summary>
internal static class SipWorkbook
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The months as the SIP forms head their columns.</summary>
    public static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    /// <summary>Dates as the forms ask them written (<c>04-02-2011</c>); the import reads the same format back.</summary>
    public static string Day(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static byte[] Write(params (string Sheet, DataTable Table)[] sheets)
    {
        var book = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (sheet, table) in sheets)
        {
            book[sheet] = table;
        }

        using var stream = new MemoryStream();
        stream.SaveAs(book, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>A two-column sheet of notes (what the file is, which columns stay empty and why).</summary>
    public static DataTable Notes(IEnumerable<(string Key, string Value)> lines)
    {
        var table = new DataTable("Keterangan");
        table.Columns.Add("Keterangan", typeof(string));
        table.Columns.Add("Isi", typeof(string));
        foreach (var (key, value) in lines)
        {
            table.Rows.Add(key, value);
        }

        return table;
    }

    /// <summary>
    /// The village of a Posyandu the caller may export, or 404: from Health's copy of the Posyandu, or — for a Posyandu
    /// registered before Health kept that copy — the residents (or visits) Health holds for it. The check looks past the scope
    /// filter only to find the Posyandu's village, then the caller's scope decides (a kader: their own Posyandu; staff:
    /// their region), so a Posyandu outside it answers as one that does not exist.
    /// </summary>
    public static async Task<string> VillageOfAsync(HealthDbContext db, ICurrentUser user, Guid posyanduId, CancellationToken ct)
    {
        if (user.Scope.PosyanduId is { } own && own != posyanduId)
        {
            throw new NotFoundException("Posyandu");
        }

        var region = await db.Posyandu.IgnoreQueryFilters().AsNoTracking().Where(p => p.PosyanduId == posyanduId).Select(p => p.RegionCode).FirstOrDefaultAsync(ct)
                     ?? await db.Residents.IgnoreQueryFilters().AsNoTracking().Where(r => r.PosyanduId == posyanduId).Select(r => r.RegionCode).FirstOrDefaultAsync(ct)
                     ?? await db.Visits.IgnoreQueryFilters().AsNoTracking().Where(v => v.PosyanduId == posyanduId).Select(v => v.RegionCode).FirstOrDefaultAsync(ct);
        return region is not null && user.Scope.CanSeeRegion(region) ? region : throw new NotFoundException("Posyandu");
    }
}
