using System.Text.Json;

namespace Posyandu.SharedKernel.Imports;

/// <summary>An import type as the page offers it.</summary>
/// <param name="Sector">The kader sector that may use it (a kader serving another sector cannot upload it); null: any.</param>
/// <param name="Sheet">The XLSX sheet read (by name; the first sheet when the file has none of that name); null: the first.</param>
public sealed record ImportTypeDto(string Name, string Title, string Module, IReadOnlyList<ImportColumnDto> Columns, IReadOnlyList<ImportLayoutDto> Layouts,
    string? Sector = null, string? Sheet = null);

public sealed record ImportColumnDto(string Field, string Label, bool Required, IReadOnlyList<string> Aliases, string? Hint);

/// <summary>A layout: built in (<see cref="BuiltIn"/>) or a mapping someone saved under this name.</summary>
public sealed record ImportLayoutDto(string Name, string Title, bool BuiltIn, IReadOnlyDictionary<string, string> Columns);

/// <summary>An import job: the file, its mapping, where it is and its counts (no personal data).</summary>
public sealed record ImportJobDto(
    Guid Id, string Type, string FileName, string Format, ImportJobStatus Status,
    IReadOnlyList<string> Headers, IReadOnlyDictionary<string, string> Mapping, string? Layout,
    int TotalRows, int ProcessedRows, double Progress, int ValidRows, int InvalidRows, int ImportedRows, int RejectedRows,
    string? Error, DateTime UploadedAt, DateTime UpdatedAt, DateTime? ValidatedAt, DateTime? CommittedAt)
{
    internal static ImportJobDto From(ImportJob job) => new(
        job.Id, job.Type, job.FileName, job.Format, job.Status,
        JsonSerializer.Deserialize<List<string>>(job.Headers) ?? [],
        job.Mapping is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(job.Mapping) ?? [],
        job.Layout, job.TotalRows, job.ProcessedRows, job.TotalRows == 0 ? 0 : Math.Round(Math.Min(1.0, (double)job.ProcessedRows / job.TotalRows), 4),
        job.ValidRows, job.InvalidRows, job.ImportedRows, job.RejectedRows, job.Error, job.UploadedAt, job.UpdatedAt, job.ValidatedAt, job.CommittedAt);
}

/// <summary>One row's outcome.</summary>
public sealed record ImportRowDto(int Row, ImportRowStatus Status, IReadOnlyList<ImportMessage> Errors, IReadOnlyList<ImportMessage> Warnings);

public sealed record ImportRowPage(int Total, IReadOnlyList<ImportRowDto> Items);
