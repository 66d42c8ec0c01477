using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;

namespace Posyandu.SharedKernel.Imports;

/// <summary>
/// Where an import job is: uploaded → validating → validated → committing → committed (or failed, resumable); expired
/// when it was abandoned before its commit and its file deleted (<see cref="ImportFileCleanupJob"/>).
/// </summary>
public enum ImportJobStatus
{
    Uploaded,
    Validating,
    Validated,
    Committing,
    Committed,
    Failed,
    Expired,
}

/// <summary>
/// One uploaded file of one import type, kept in the platform database (<c>import_jobs</c>): the file itself lies in
/// the import folder (<see cref="ImportOptions.Directory"/>) under the job's id; the row is bound to the uploader's
/// region (a DPMD coordinator of the regency sees its kader's jobs) and, for a kader, Posyandu. It holds no personal
/// data: counts, the mapping, the file's headers and hash.
/// </summary>
public sealed class ImportJob : IRegionScoped
{
    public Guid Id { get; init; }

    public string Type { get; init; } = "";

    public string Module { get; init; } = "";

    public string FileName { get; init; } = "";

    /// <summary><c>csv</c> or <c>xlsx</c>.</summary>
    public string Format { get; init; } = "";

    /// <summary>SHA-256 (hex) of the file: with the row number, the key of a row's marker (idempotent per file and row).</summary>
    public string Sha256 { get; init; } = "";

    public long Size { get; init; }

    /// <summary>The uploader's region claim ("" for an administrator without one).</summary>
    public string RegionCode { get; init; } = "";

    /// <summary>The uploader's Posyandu (a kader).</summary>
    public Guid? PosyanduId { get; init; }

    public string UploadedBy { get; init; } = "";

    /// <summary>The uploader's role, region, Posyandu and sector claims (JSON): the background job acts with them.</summary>
    public string Claims { get; init; } = "";

    public DateTime UploadedAt { get; init; }

    public ImportJobStatus Status { get; set; }

    /// <summary>The file's header row (JSON array).</summary>
    public string Headers { get; init; } = "[]";

    /// <summary>Field → header (JSON object) used by the last dry run.</summary>
    public string? Mapping { get; set; }

    public string? Layout { get; set; }

    /// <summary>Data rows in the file (without the header and empty rows).</summary>
    public int TotalRows { get; init; }

    /// <summary>Rows done in the current phase (the progress bar).</summary>
    public int ProcessedRows { get; set; }

    public int ValidRows { get; set; }

    public int InvalidRows { get; set; }

    public int ImportedRows { get; set; }

    /// <summary>Rows the commit rejected although the dry run passed them (the data changed meanwhile).</summary>
    public int RejectedRows { get; set; }

    /// <summary>Why the job failed (no personal data); the commit can be started again and resumes.</summary>
    public string? Error { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? ValidatedAt { get; set; }

    public DateTime? CommittedAt { get; set; }
}

/// <summary>What happened to one row.</summary>
public enum ImportRowStatus
{
    /// <summary>The dry run found nothing wrong.</summary>
    Valid,

    /// <summary>Rejected (dry run or commit); in the error file.</summary>
    Invalid,

    /// <summary>Committed into the module.</summary>
    Imported,
}

/// <summary>
/// One row's outcome (<c>import_rows</c>): status, errors and warnings (field and Bahasa Indonesia message), never the
/// cells. Derived from the file by the job and written again by each dry run or commit, so not audited (the job is).
/// </summary>
public sealed class ImportRowResult : IReadModel
{
    public Guid JobId { get; init; }

    public int Row { get; init; }

    public ImportRowStatus Status { get; set; }

    /// <summary>JSON array of <see cref="ImportMessage"/>, or null.</summary>
    public string? Errors { get; set; }

    /// <summary>JSON array of <see cref="ImportMessage"/>, or null.</summary>
    public string? Warnings { get; set; }
}

/// <summary>A column mapping saved under a layout name for one import type (<c>import_mappings</c>), shared by everyone.</summary>
public sealed class ImportMapping
{
    public string Type { get; init; } = "";

    public string Layout { get; init; } = "";

    /// <summary>Field → header (JSON object).</summary>
    public string Columns { get; set; } = "{}";

    public string SavedBy { get; set; } = "";

    public DateTime SavedAt { get; set; }
}
