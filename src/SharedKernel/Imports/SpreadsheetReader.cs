using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Posyandu.SharedKernel.Errors;

namespace Posyandu.SharedKernel.Imports;

/// <summary>
/// Reads an uploaded file row by row, never whole: CSV with CsvHelper (comma, semicolon — what a spreadsheet saved as
/// CSV with Indonesian settings writes — or tab), XLSX with MiniExcel (the type's sheet by name, else the first; shared strings above a few MB are
/// cached on disk by MiniExcel, not in memory). Before an XLSX is opened, its zip directory is checked: parts that
/// unpack to more than <see cref="ImportOptions.MaxUncompressedBytes"/> in all, or at a ratio above
/// <see cref="ImportOptions.MaxCompressionRatio"/> (a spreadsheet bomb: huge shared strings, a million empty rows),
/// are refused; while reading, more rows than <see cref="ImportOptions.MaxRows"/> (empty rows count) or columns than
/// <see cref="ImportOptions.MaxColumns"/> stop it. Every refusal is a 400 naming the limit.
/// </summary>
internal sealed class SpreadsheetReader(ImportOptions options)
{
    /// <summary>A data row: its number as a spreadsheet shows it (header = 1) and its cells (trimmed, null when empty).</summary>
    public readonly record struct Row(int Number, string?[] Cells);

    public sealed record Summary(string Format, IReadOnlyList<string> Headers, int DataRows);

    /// <summary><c>xlsx</c> or <c>csv</c> from the first bytes (the name's extension is not trusted).</summary>
    public static string DetectFormat(string path)
    {
        Span<byte> head = stackalloc byte[8];
        int read;
        using (var file = File.OpenRead(path))
        {
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        if (read >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04)
        {
            return "xlsx";
        }

        if (read >= 4 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
        {
            throw Refused("Berkas .xls (Excel 97–2003) tidak didukung: simpan sebagai .xlsx atau .csv lalu unggah lagi.");
        }

        if (head[..read].Contains((byte)0))
        {
            throw Refused("Berkas bukan .xlsx atau .csv.");
        }

        return "csv";
    }

    /// <summary>Checks the whole file (headers, row count, limits) in one streamed pass.</summary>
    public Summary Inspect(string path, string format, string? sheet = null)
    {
        List<string>? headers = null;
        var rows = 0;
        foreach (var row in ReadAll(path, format, sheet))
        {
            if (headers is null)
            {
                headers = row.Cells.Select((c, i) => c ?? $"Kolom {i + 1}").ToList();
                if (headers.Distinct(StringComparer.OrdinalIgnoreCase).Count() != headers.Count)
                {
                    throw Refused("Baris judul memuat nama kolom yang sama dua kali: beri setiap kolom nama yang berbeda.");
                }

                continue;
            }

            rows++;
        }

        if (headers is null)
        {
            throw Refused("Berkas kosong: baris pertama harus berisi judul kolom.");
        }

        if (rows == 0)
        {
            throw Refused("Berkas hanya berisi baris judul, tanpa data.");
        }

        return new Summary(format, headers, rows);
    }

    /// <summary>The data rows (the header row skipped), empty rows left out.</summary>
    public IEnumerable<Row> ReadData(string path, string format, string? sheet = null) => ReadAll(path, format, sheet).Skip(1);

    /// <summary>Every non-empty row, the header first.</summary>
    private IEnumerable<Row> ReadAll(string path, string format, string? sheet)
    {
        var count = 0;
        foreach (var (number, cells) in format == "xlsx" ? ReadXlsx(path, sheet) : ReadCsv(path))
        {
            if (++count > options.MaxRows + 1 || number > options.MaxRows + 1)
            {
                throw Refused($"Berkas memuat lebih dari {options.MaxRows:N0} baris (baris kosong ikut dihitung): bagi menjadi beberapa berkas.".Replace(',', '.'));
            }

            if (cells.Length > options.MaxColumns)
            {
                throw Refused($"Berkas memuat lebih dari {options.MaxColumns} kolom.");
            }

            if (cells.Any(c => c is not null))
            {
                yield return new Row(number, cells);
            }
        }
    }

    private IEnumerable<(int Number, string?[] Cells)> ReadCsv(string path)
    {
        var csvOptions = new CsvReaderOptions
        {
            HasHeader = false,
            TrackLineNumbers = true,
            // A hostile file (an unclosed quote at its start) cannot make the reader grow its buffer without end.
            MaxRecordSize = 1024 * 1024,
            // Cells hold NIKs and names: exception messages must not carry them into logs.
            IncludeValuesInExceptions = false,
        };
        using var reader = CsvReader.FromFile(path, csvOptions);
        while (Read(reader))
        {
            if (reader.FieldCount > options.MaxColumns)
            {
                throw Refused($"Berkas memuat lebih dari {options.MaxColumns} kolom.");
            }

            var cells = new string?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Cell(reader.GetString(i));
            }

            yield return ((int)reader.LineNumber, cells);
        }
    }

    private static bool Read(CsvReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (Exception e) when (e is CsvFormatException or InvalidDataException or DecoderFallbackException or IOException)
        {
            throw Refused("Berkas CSV rusak atau terlalu panjang per baris: periksa tanda kutip dan pemisah kolom.");
        }
    }

    private IEnumerable<(int Number, string?[] Cells)> ReadXlsx(string path, string? sheet)
    {
        CheckArchive(path);
        var configuration = new OpenXmlConfiguration { FillMergedCells = false, EnableSharedStringCache = true };
        IEnumerable<dynamic> rows;
        try
        {
            // The sheet by name (ignoring case), else the first: a workbook saved from another tool keeps its data readable.
            var name = sheet is null ? null : MiniExcel.GetSheetNames(path).FirstOrDefault(n => string.Equals(n, sheet, StringComparison.OrdinalIgnoreCase));
            rows = MiniExcel.Query(path, useHeaderRow: false, sheetName: name, excelType: ExcelType.XLSX, configuration: configuration);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            throw Refused("Berkas .xlsx rusak atau tidak bisa dibaca.");
        }

        using var enumerator = rows.GetEnumerator();
        var number = 0;
        while (true)
        {
            IDictionary<string, object?> row;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }

                row = (IDictionary<string, object?>)enumerator.Current;
            }
            catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or FormatException)
            {
                throw Refused("Berkas .xlsx rusak atau tidak bisa dibaca.");
            }

            number++;
            if (row.Count > options.MaxColumns)
            {
                throw Refused($"Berkas memuat lebih dari {options.MaxColumns} kolom.");
            }

            yield return (number, row.Values.Select(CellOf).ToArray());
        }
    }

    /// <summary>The zip directory of an XLSX, before anything is unpacked.</summary>
    private void CheckArchive(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            long total = 0;
            var hasWorkbook = false;
            foreach (var entry in zip.Entries)
            {
                hasWorkbook |= entry.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase);
                total += entry.Length;
                if (entry.Length > 1024 * 1024 && entry.Length > (long)options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                {
                    throw Refused($"Berkas .xlsx ini memampat lebih dari {options.MaxCompressionRatio}× ({entry.FullName}): seperti bom spreadsheet (baris kosong atau teks raksasa), tidak dibaca.");
                }
            }

            if (total > options.MaxUncompressedBytes)
            {
                throw Refused($"Isi berkas .xlsx ini lebih dari {options.MaxUncompressedBytes / (1024 * 1024)} MB setelah dibuka: bagi menjadi beberapa berkas.");
            }

            if (!hasWorkbook)
            {
                throw Refused("Berkas bukan .xlsx (buku kerja Excel tidak ditemukan).");
            }
        }
        catch (InvalidDataException)
        {
            throw Refused("Berkas .xlsx rusak atau tidak bisa dibaca.");
        }
    }

    private string? Cell(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length > options.MaxCellLength ? trimmed[..(options.MaxCellLength + 1)] : trimmed;
    }

    /// <summary>A cell as text: numbers without exponent or separators (a NIK typed as a number), dates as TTTT-BB-HH.</summary>
    private string? CellOf(object? value) => value switch
    {
        null => null,
        string s => Cell(s),
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double d when Math.Abs(d) < 1e17 && d == Math.Floor(d) => d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "ya" : "tidak",
        IFormattable f => Cell(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Cell(value.ToString()),
    };

    internal static RequestValidationException Refused(string message) => RequestValidationException.For("file", message);
}
