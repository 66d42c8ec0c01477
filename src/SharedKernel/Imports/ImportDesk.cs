using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hangfire;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Platform;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.ServiceRequests;

namespace Posyandu.SharedKernel.Imports;

/// <summary>What the import endpoints do: upload, mapping, starting the dry run and the commit, results, the error file.</summary>
public sealed class ImportDesk(
    PlatformDbContext db,
    ImportTypeCatalog catalog,
    ImportFiles files,
    IOptions<ImportOptions> options,
    ICurrentUser user,
    IHttpContextAccessor accessor,
    IBackgroundJobClient jobs,
    TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The types the caller may import, with their layouts (built in and saved).</summary>
    public async Task<List<ImportTypeDto>> TypesAsync(CancellationToken ct)
    {
        var saved = await db.ImportMappings.AsNoTracking().ToListAsync(ct);
        return catalog.Types.Values.Where(MayUse).OrderBy(t => t.Title, StringComparer.Ordinal)
            .Select(t => new ImportTypeDto(t.Name, t.Title, t.Module,
                t.Columns.Select(c => new ImportColumnDto(c.Field, c.Label, c.Required, c.Aliases ?? [], c.Hint)).ToList(),
                LayoutsOf(t, saved), t.Sector, t.Sheet))
            .ToList();
    }

    public async Task<ImportJobDto> UploadAsync(string typeName, string? fileName, Stream body, CancellationToken ct)
    {
        var type = TypeOrThrow(typeName);
        var id = Guid.CreateVersion7();
        Directory.CreateDirectory(files.Root);
        var path = files.PathOf(id);
        try
        {
            var (sha256, size) = await SaveAsync(body, path, ct);
            var format = SpreadsheetReader.DetectFormat(path);
            var summary = new SpreadsheetReader(options.Value).Inspect(path, format, type.Sheet);
            var saved = await db.ImportMappings.AsNoTracking().Where(m => m.Type == type.Name).ToListAsync(ct);
            var (layout, mapping) = Suggest(type, summary.Headers, LayoutsOf(type, saved));
            var job = new ImportJob
            {
                Id = id, Type = type.Name, Module = type.Module, FileName = SafeName(fileName, format), Format = format, Sha256 = sha256, Size = size,
                RegionCode = user.Scope.RegionPrefix ?? "", PosyanduId = user.Scope.PosyanduId, UploadedBy = user.Id,
                Claims = ImportIdentity.Capture(accessor.HttpContext!.User, user), UploadedAt = Now, UpdatedAt = Now, Status = ImportJobStatus.Uploaded,
                Headers = JsonSerializer.Serialize(summary.Headers), Mapping = JsonSerializer.Serialize(mapping), Layout = layout, TotalRows = summary.DataRows,
            };
            db.ImportJobs.Add(job);
            await db.SaveChangesAsync(ct);
            return ImportJobDto.From(job);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public async Task<List<ImportJobDto>> ListAsync(CancellationToken ct) =>
        (await Visible().OrderByDescending(j => j.UploadedAt).Take(50).ToListAsync(ct))
        .Where(j => catalog.Find(j.Type) is { } t && MayUse(t)).Select(ImportJobDto.From).ToList();

    public async Task<ImportJobDto> GetAsync(Guid id, CancellationToken ct) => ImportJobDto.From(await FindAsync(id, ct));

    /// <summary>The mapping: explicit columns, else a layout's, else the one suggested at upload. Starts the dry run.</summary>
    public async Task<ImportJobDto> DryRunAsync(Guid id, DryRunBody body, CancellationToken ct)
    {
        // The body is checked before the look-up, so a bad body is a 400 whichever job it names.
        foreach (var (field, value) in new[] { ("layout", body.Layout), ("saveAs", body.SaveAs) })
        {
            if (value?.Length > MaxLayoutName)
            {
                throw RequestValidationException.For(field, $"Nama tata letak paling panjang {MaxLayoutName} karakter.");
            }
        }

        var job = await FindAsync(id, ct);
        var type = catalog.Find(job.Type)!;
        FileOrThrow(job);
        if (job.Status is ImportJobStatus.Validating or ImportJobStatus.Committing or ImportJobStatus.Committed || job.ImportedRows > 0)
        {
            throw new ConflictException(job.ImportedRows > 0 || job.Status == ImportJobStatus.Committed
                ? "Berkas ini sudah (sebagian) diimpor: unggah berkas baru untuk uji coba lagi."
                : "Berkas ini sedang diproses: tunggu sampai selesai.");
        }

        var headers = JsonSerializer.Deserialize<List<string>>(job.Headers) ?? [];
        var saved = await db.ImportMappings.AsNoTracking().Where(m => m.Type == type.Name).ToListAsync(ct);
        var layouts = LayoutsOf(type, saved);
        Dictionary<string, string> mapping;
        if (body.Columns is { } columns)
        {
            mapping = CheckColumns(type, headers, columns);
        }
        else if (body.Layout is { } name)
        {
            var layout = layouts.FirstOrDefault(l => l.Name == name)
                         ?? throw RequestValidationException.For("layout", $"Tata letak '{Shorten(name)}' tidak dikenal.");
            mapping = layout.Columns.Where(c => headers.Contains(c.Value, StringComparer.Ordinal)).ToDictionary(c => c.Key, c => c.Value);
        }
        else
        {
            mapping = job.Mapping is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(job.Mapping) ?? [];
        }

        var missing = type.Columns.Where(c => c.Required && !mapping.ContainsKey(c.Field)).Select(c => c.Label).ToList();
        if (missing.Count > 0)
        {
            throw RequestValidationException.For("columns", $"Kolom wajib belum dipetakan: {string.Join(", ", missing)}.");
        }

        if (body.SaveAs is { } saveAs)
        {
            await SaveMappingAsync(type, saveAs.Trim(), mapping, ct);
        }

        job.Mapping = JsonSerializer.Serialize(mapping);
        job.Layout = body.SaveAs?.Trim() ?? body.Layout ?? job.Layout;
        (job.Status, job.ProcessedRows, job.ValidRows, job.InvalidRows, job.RejectedRows, job.Error, job.UpdatedAt) =
            (ImportJobStatus.Validating, 0, 0, 0, 0, null, Now);
        await db.SaveChangesAsync(ct);
        jobs.Enqueue<ImportJobRunner>(r => r.ValidateAsync(id, CancellationToken.None));
        return ImportJobDto.From(job);
    }

    /// <summary>Starts — or resumes, after a crash or a failed batch — the commit of a validated file.</summary>
    public async Task<ImportJobDto> CommitAsync(Guid id, CancellationToken ct)
    {
        var job = await FindAsync(id, ct);
        var stale = job.Status == ImportJobStatus.Committing && job.UpdatedAt < Now - options.Value.StaleAfter;
        var resumable = job.Status == ImportJobStatus.Validated || (job.Status == ImportJobStatus.Failed && job.ValidatedAt is not null) || stale;
        if (!resumable)
        {
            throw new ConflictException(job.Status switch
            {
                ImportJobStatus.Committed => "Berkas ini sudah selesai diimpor.",
                ImportJobStatus.Expired => job.Error ?? "Berkas ini sudah dihapus: unggah lagi.",
                ImportJobStatus.Committing or ImportJobStatus.Validating => "Berkas ini sedang diproses: tunggu sampai selesai.",
                _ => "Jalankan uji coba berkas ini dulu.",
            });
        }

        // One claimant: the status moves only from the state this request saw.
        var seen = (job.Status, job.UpdatedAt);
        var claimed = await db.ImportJobs.Where(j => j.Id == id && j.Status == seen.Status && j.UpdatedAt == seen.UpdatedAt)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportJobStatus.Committing).SetProperty(j => j.Error, (string?)null)
                .SetProperty(j => j.ProcessedRows, 0).SetProperty(j => j.UpdatedAt, Now), ct);
        if (claimed == 0)
        {
            throw new ConflictException("Berkas ini sedang diproses: tunggu sampai selesai.");
        }

        jobs.Enqueue<ImportJobRunner>(r => r.CommitAsync(id, CancellationToken.None));
        await db.Entry(job).ReloadAsync(ct);
        return ImportJobDto.From(job);
    }

    public async Task<ImportRowPage> RowsAsync(Guid id, string? status, int skip, int take, CancellationToken ct)
    {
        var job = await FindAsync(id, ct);
        var rows = db.ImportRows.AsNoTracking().Where(r => r.JobId == job.Id);
        if (status is not null)
        {
            if (status.Any(char.IsDigit) || !Enum.TryParse<ImportRowStatus>(status, ignoreCase: true, out var parsed))
            {
                throw RequestValidationException.For("status", "status is valid, invalid or imported.");
            }

            rows = rows.Where(r => r.Status == parsed);
        }

        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(r => r.Row).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
        return new ImportRowPage(total, items.Select(r => new ImportRowDto(r.Row, r.Status, Messages(r.Errors), Messages(r.Warnings))).ToList());
    }

    /// <summary>
    /// The rejected rows as they were uploaded, with a column <c>Kesalahan</c>, in the file's format: the kader fixes
    /// them and uploads the file again. It holds personal data: the read is audited.
    /// </summary>
    public async Task<(Stream Content, string ContentType, string FileName)> ErrorFileAsync(Guid id, CancellationToken ct)
    {
        var job = await FindAsync(id, ct);
        FileOrThrow(job);
        var errors = (await db.ImportRows.AsNoTracking().Where(r => r.JobId == id && r.Status == ImportRowStatus.Invalid)
                .Select(r => new { r.Row, r.Errors }).ToListAsync(ct))
            .ToDictionary(r => r.Row, r => string.Join("; ", Messages(r.Errors).Select(m => m.Message)));
        await db.RecordReadAsync("ImportErrorFile", id.ToString(), job.RegionCode, ct);
        var headers = JsonSerializer.Deserialize<List<string>>(job.Headers) ?? [];
        var reader = new SpreadsheetReader(options.Value);
        var rows = reader.ReadData(files.PathOf(id), job.Format, catalog.Find(job.Type)?.Sheet).Where(r => errors.ContainsKey(r.Number));
        var temp = Path.Combine(files.Root, $"{id:N}-errors-{Guid.NewGuid():N}");
        await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
        {
            if (job.Format == "xlsx")
            {
                var sheet = rows.Select(r =>
                {
                    var line = new Dictionary<string, object?>(StringComparer.Ordinal);
                    for (var i = 0; i < headers.Count; i++)
                    {
                        line[headers[i]] = i < r.Cells.Length ? r.Cells[i] : null;
                    }

                    line["Kesalahan"] = errors[r.Number];
                    return line;
                });
                await output.SaveAsAsync(sheet, excelType: ExcelType.XLSX, cancellationToken: ct);
            }
            else
            {
                await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                await writer.WriteLineAsync(string.Join(';', headers.Append("Kesalahan").Select(Csv)));
                foreach (var row in rows)
                {
                    var cells = Enumerable.Range(0, headers.Count).Select(i => i < row.Cells.Length ? row.Cells[i] : null);
                    await writer.WriteLineAsync(string.Join(';', cells.Append(errors[row.Number]).Select(Csv)));
                }
            }
        }

        var name = Path.GetFileNameWithoutExtension(job.FileName) + "-kesalahan." + job.Format;
        var contentType = job.Format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
        return (new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.DeleteOnClose), contentType, name);
    }

    /// <summary>
    /// The uploaded file is deleted once nobody needs it (<see cref="ImportFileCleanupJob"/>): at once after a commit
    /// that rejected nothing, after <see cref="ImportOptions.FileRetention"/> otherwise. Then there is nothing to read.
    /// </summary>
    private void FileOrThrow(ImportJob job)
    {
        if (!File.Exists(files.PathOf(job.Id)))
        {
            throw new ConflictException(job.Status switch
            {
                ImportJobStatus.Expired => job.Error ?? "Berkas ini sudah dihapus: unggah lagi.",
                ImportJobStatus.Committed when job.InvalidRows == 0 && job.RejectedRows == 0 =>
                    "Tidak ada baris yang ditolak, jadi tidak ada berkas kesalahan; berkas unggahan sudah dihapus setelah impor.",
                _ => $"Berkas unggahan sudah dihapus (disimpan {ImportFileCleanupJob.Days(options.Value.FileRetention)} setelah impor, karena berisi data pribadi): berkas kesalahan tidak tersedia lagi.",
            });
        }
    }

    /// <summary>Jobs the caller may see: their region's (the query filter), a kader's own Posyandu's.</summary>
    private IQueryable<ImportJob> Visible()
    {
        var jobs = db.ImportJobs.AsQueryable();
        return user.Scope.PosyanduId is { } posyandu ? jobs.Where(j => j.PosyanduId == posyandu) : jobs;
    }

    private async Task<ImportJob> FindAsync(Guid id, CancellationToken ct)
    {
        var job = await Visible().SingleOrDefaultAsync(j => j.Id == id, ct);
        if (job is null || catalog.Find(job.Type) is not { } type)
        {
            throw new NotFoundException("Import job");
        }

        return MayUse(type) ? job : throw new ForbiddenException($"Only {string.Join(", ", type.Roles)} may import {type.Name}.");
    }

    private ImportTypeInfo TypeOrThrow(string name)
    {
        var type = catalog.Find(name) ?? throw new NotFoundException("Import type");
        return MayUse(type) ? type : throw new ForbiddenException($"Only {string.Join(", ", type.Roles)} may import {type.Name}.");
    }

    /// <summary>
    /// The type's roles (admin always); a type of one sector (<see cref="ImportType.Sector"/>) only for a kader who
    /// serves it (their <c>sector</c> claims), as the sector's own write endpoints (<c>RequireSectorWriters</c>).
    /// </summary>
    private bool MayUse(ImportTypeInfo type) =>
        (user.IsInRole(Roles.Admin) || type.Roles.Any(user.IsInRole))
        && (type.Sector is not { } sector || EndpointAuthorization.PassesSectorRule(
            sector, type.Roles.Append(Roles.Admin), user.IsInRole, (kind, value) => accessor.HttpContext?.User.HasClaim(kind, value) == true));

    private async Task<(string Sha256, long Size)> SaveAsync(Stream body, string path, CancellationToken ct)
    {
        var limit = options.Value.MaxUploadBytes;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        long size = 0;
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, buffer.Length, useAsync: true);
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            size += read;
            if (size > limit)
            {
                throw new PayloadTooLargeException($"Berkas lebih besar dari {limit / (1024 * 1024)} MB: bagi menjadi beberapa berkas.");
            }

            sha.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        if (size == 0)
        {
            throw SpreadsheetReader.Refused("Berkas kosong.");
        }

        return (Convert.ToHexStringLower(sha.GetHashAndReset()), size);
    }

    private static List<ImportLayoutDto> LayoutsOf(ImportTypeInfo type, IEnumerable<ImportMapping> saved) =>
    [
        new("posyandu-digital", "Templat Posyandu Digital", true, type.Columns.ToDictionary(c => c.Field, c => c.Label)),
        .. type.Layouts.Select(l => new ImportLayoutDto(l.Name, l.Title, true, l.Columns)),
        .. saved.Where(m => m.Type == type.Name).OrderBy(m => m.Layout, StringComparer.Ordinal)
            .Select(m => new ImportLayoutDto(m.Layout, m.Layout, false, JsonSerializer.Deserialize<Dictionary<string, string>>(m.Columns) ?? [])),
    ];

    /// <summary>The layout matching most headers (saved ones first on a tie), then each unmapped field by label or alias.</summary>
    private static (string? Layout, Dictionary<string, string> Mapping) Suggest(ImportTypeInfo type, IReadOnlyList<string> headers, List<ImportLayoutDto> layouts)
    {
        var present = headers.ToHashSet(StringComparer.Ordinal);
        var best = layouts.Select(l => (Layout: l, Matches: l.Columns.Count(c => present.Contains(c.Value))))
            .OrderByDescending(l => l.Matches).ThenBy(l => l.Layout.BuiltIn).FirstOrDefault();
        var mapping = best.Matches > 0
            ? best.Layout.Columns.Where(c => present.Contains(c.Value)).ToDictionary(c => c.Key, c => c.Value)
            : [];
        var byNormal = headers.GroupBy(ImportValues.NormalizeHeader).ToDictionary(g => g.Key, g => g.First());
        foreach (var column in type.Columns.Where(c => !mapping.ContainsKey(c.Field)))
        {
            var names = new[] { column.Field, column.Label }.Concat(column.Aliases ?? []).Select(ImportValues.NormalizeHeader);
            if (names.Select(n => byNormal.GetValueOrDefault(n)).FirstOrDefault(h => h is not null && !mapping.ContainsValue(h)) is { } header)
            {
                mapping[column.Field] = header;
            }
        }

        return (best.Matches > 0 ? best.Layout.Name : null, mapping);
    }

    private static Dictionary<string, string> CheckColumns(ImportTypeInfo type, List<string> headers, IReadOnlyDictionary<string, string?> columns)
    {
        var errors = new Dictionary<string, string[]>();
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, header) in columns)
        {
            if (header is null or "")
            {
                continue;
            }

            if (type.Columns.All(c => c.Field != field))
            {
                errors[$"columns.{Shorten(field)}"] = ["Kolom ini tidak dikenal untuk jenis impor ini."];
            }
            else if (!headers.Contains(header, StringComparer.Ordinal))
            {
                errors[$"columns.{field}"] = ["Judul kolom ini tidak ada di berkas."];
            }
            else
            {
                mapping[field] = header;
            }
        }

        return errors.Count > 0 ? throw new RequestValidationException(errors) : mapping;
    }

    private async Task SaveMappingAsync(ImportTypeInfo type, string name, Dictionary<string, string> mapping, CancellationToken ct)
    {
        if (name.Length is 0 or > 100)
        {
            throw RequestValidationException.For("saveAs", "Nama tata letak 1 sampai 100 karakter.");
        }

        if (name == "posyandu-digital" || type.Layouts.Any(l => l.Name == name))
        {
            throw new ConflictException("Tata letak bawaan tidak bisa ditimpa: pakai nama lain.");
        }

        var saved = await db.ImportMappings.SingleOrDefaultAsync(m => m.Type == type.Name && m.Layout == name, ct);
        if (saved is null)
        {
            db.ImportMappings.Add(saved = new ImportMapping { Type = type.Name, Layout = name });
        }

        (saved.Columns, saved.SavedBy, saved.SavedAt) = (JsonSerializer.Serialize(mapping), user.Id, Now);
    }

    private static List<ImportMessage> Messages(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<ImportMessage>>(json, Json) ?? [];

    private static string SafeName(string? fileName, string format)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        return name.Length is 0 or > 200 ? $"impor.{format}" : name;
    }

    private static string Shorten(string text) => text.Length > 50 ? text[..50] : text;

    private static string Csv(string? cell) =>
        cell is null ? "" : cell.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;

    /// <summary>The body of a dry run: a mapping (field → header), or a layout's name; optionally saved under a name.</summary>
    /// <summary>A layout's name (the column <c>Layout</c> holds 100 characters).</summary>
    private const int MaxLayoutName = 100;

    public sealed record DryRunBody(string? Layout, IReadOnlyDictionary<string, string?>? Columns, string? SaveAs);
}
