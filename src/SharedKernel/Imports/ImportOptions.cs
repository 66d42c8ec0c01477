namespace Posyandu.SharedKernel.Imports;

/// <summary>The <c>Imports</c> configuration section: where files go and the limits that keep a bad file harmless.</summary>
public sealed class ImportOptions
{
    public const string Section = "Imports";

    /// <summary>Folder of the uploaded files (relative to the content root); by default <c>imports</c> in the data folder.</summary>
    public string? Directory { get; set; }

    /// <summary>Largest upload (413 above it).</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Most rows a file may have, empty rows included (400 above it).</summary>
    public int MaxRows { get; set; } = 200_000;

    /// <summary>Most columns a row may have.</summary>
    public int MaxColumns { get; set; } = 100;

    /// <summary>Longest cell, in characters.</summary>
    public int MaxCellLength { get; set; } = 1_000;

    /// <summary>XLSX: the most the parts of the file may unpack to, in bytes (a spreadsheet bomb is refused before it is read).</summary>
    public long MaxUncompressedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>XLSX: the largest ratio of a part's unpacked to packed size (real workbooks stay well under 50).</summary>
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Rows validated or committed per batch (one module transaction per batch at commit).</summary>
    public int BatchSize { get; set; } = 250;

    /// <summary>A job left "committing" this long without progress belongs to a dead process: a commit may resume it.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long an uploaded file (personal data) outlives its use: after a commit that rejected rows (for the error
    /// file), or untouched before a commit (an abandoned job). A commit that rejected nothing deletes it at once.
    /// </summary>
    public TimeSpan FileRetention { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Cron of the recurring job <c>import-file-cleanup</c> that deletes files past <see cref="FileRetention"/>.</summary>
    public string FileCleanupCron { get; set; } = "41 * * * *";
}
