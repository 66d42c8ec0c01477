using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using Posyandu.Reporting.Features.Scorecard;

namespace Posyandu.Reporting.Features.Export;

/// <summary>One exported line: the same numbers as the API, with Indonesian column names.</summary>
public sealed record ExportRow(
    [property: ExcelColumnName("Periode")] string Period,
    [property: ExcelColumnName("Kode wilayah")] string RegionCode,
    [property: ExcelColumnName("Nama wilayah")] string RegionName,
    [property: ExcelColumnName("Sektor")] string Sector,
    [property: ExcelColumnName("Kode indikator")] string IndicatorId,
    [property: ExcelColumnName("Indikator")] string Indicator,
    [property: ExcelColumnName("Pembilang")] string Numerator,
    [property: ExcelColumnName("Penyebut")] string Denominator,
    [property: ExcelColumnName("Nilai")] string Value,
    [property: ExcelColumnName("Satuan")] string Unit)
{
    /// <summary>
    /// For publication, a count below <paramref name="threshold"/> (other than zero) is shown as "&lt; N" and the
    /// value computed from it is withheld, so that no small group of people can be singled out.
    /// </summary>
    public static ExportRow From(string period, string regionCode, string? regionName, string sector, IndicatorValue value, int? threshold)
    {
        ArgumentNullException.ThrowIfNull(value);
        string Cell(long? count) => count is not { } c ? ""
            : threshold is { } t && c > 0 && c < t ? $"< {t}"
            : c.ToString(CultureInfo.InvariantCulture);
        var suppressed = threshold is { } limit && (Small(value.Numerator, limit) || Small(value.Denominator, limit));
        var shown = suppressed || value.Value is null ? "" : value.Value.Value.ToString(CultureInfo.InvariantCulture);
        return new ExportRow(period, regionCode, regionName ?? "", sector, value.Id, value.Name, Cell(value.Numerator), Cell(value.Denominator), shown, value.Unit);
    }

    private static bool Small(long? count, int threshold) => count is > 0 && count < threshold;
}

internal static class ExportFile
{
    public const string CsvType = "text/csv";

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<(byte[] Content, string ContentType)> WriteAsync(IReadOnlyList<ExportRow> rows, string format, CancellationToken ct)
    {
        // MiniExcel writes both formats from the same rows and column names.
        using var stream = new MemoryStream();
        var xlsx = format == "xlsx";
        await stream.SaveAsAsync(rows, sheetName: "Data", excelType: xlsx ? ExcelType.XLSX : ExcelType.CSV, cancellationToken: ct);
        return (stream.ToArray(), xlsx ? XlsxType : $"{CsvType}; charset=utf-8");
    }
}
