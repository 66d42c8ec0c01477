using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Posyandu.SharedKernel.Platform;

namespace Posyandu.SharedKernel.Imports;

/// <summary>
/// Deletes uploaded files once nobody needs them (UU 27/2022 art. 16: personal data kept no longer than its purpose;
/// a kader's register is full of NIKs and names). The purpose of a file is the dry run, the commit and the error file:
/// <list type="bullet">
/// <item>a commit that rejected nothing needs no error file: the runner deletes the file as it finishes
/// (<see cref="ImportJobRunner"/>);</item>
/// <item>a commit with rejected rows keeps it <see cref="ImportOptions.FileRetention"/> after the commit, for the error
/// file; then this job deletes it (the error file answers 409 from then on);</item>
/// <item>a job abandoned before its commit (uploaded, dry-run, or failed and never resumed) — untouched for
/// <see cref="ImportOptions.FileRetention"/> — loses its file and becomes <see cref="ImportJobStatus.Expired"/>;</item>
/// <item>anything else in the folder older than that (an upload cut off half-way, an error file a crash left) goes too.</item>
/// </list>
/// The job rows stay (counts, headers, messages: no personal data). Runs as the Hangfire recurring job
/// <see cref="Id"/> (<see cref="ImportOptions.FileCleanupCron"/>, hourly).
/// </summary>
public sealed partial class ImportFileCleanupJob(
    PlatformDbContext db, ImportFiles files, IOptions<ImportOptions> options, TimeProvider time, ILogger<ImportFileCleanupJob> logger)
{
    public const string Id = "import-file-cleanup";

    /// <summary>What a job that lost its file says on the page.</summary>
    internal static string ExpiredMessage(TimeSpan retention) =>
        $"Berkas dihapus karena tidak diimpor dalam {Days(retention)} (data pribadi tidak disimpan lebih lama dari perlu): unggah lagi untuk mengimpor.";

    internal static string Days(TimeSpan span) => span.TotalDays >= 1 ? $"{span.TotalDays:0.#} hari" : $"{span.TotalHours:0.#} jam";

    [AutomaticRetry(Attempts = 0)] // the next run is the retry
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(files.Root))
        {
            return 0;
        }

        var retention = options.Value.FileRetention;
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now - retention;
        // The folder, not the table, is what is bounded: each run looks only at files still there.
        var present = Directory.EnumerateFiles(files.Root)
            .Select(path => (Path: path, Id: Guid.TryParseExact(Path.GetFileName(path), "N", out var id) ? id : (Guid?)null))
            .ToList();
        var ids = present.Where(f => f.Id is not null).Select(f => f.Id!.Value).ToList();
        var jobs = new Dictionary<Guid, (ImportJobStatus Status, DateTime UpdatedAt, DateTime? CommittedAt)>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var job in await db.ImportJobs.IgnoreQueryFilters().AsNoTracking().Where(j => chunk.Contains(j.Id))
                         .Select(j => new { j.Id, j.Status, j.UpdatedAt, j.CommittedAt }).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                jobs[job.Id] = (job.Status, job.UpdatedAt, job.CommittedAt);
            }
        }

        var (deleted, expired) = (0, new List<Guid>());
        foreach (var (path, id) in present)
        {
            bool due;
            if (id is { } jobId && jobs.TryGetValue(jobId, out var job))
            {
                due = job.Status == ImportJobStatus.Committed
                    ? (job.CommittedAt ?? job.UpdatedAt) < cutoff
                    // Abandoned: a running dry run or commit moves UpdatedAt every batch, so only a dead or forgotten one is this old.
                    : job.UpdatedAt < cutoff;
                if (due && job.Status != ImportJobStatus.Committed && job.Status != ImportJobStatus.Expired)
                {
                    expired.Add(jobId);
                }
            }
            else
            {
                // No job (an upload that failed half-way, an error file left by a crash): by the file's own age.
                due = File.GetLastWriteTimeUtc(path) < DateTime.UtcNow - retention;
            }

            if (due && TryDelete(path))
            {
                deleted++;
            }
        }

        foreach (var chunk in expired.Chunk(500))
        {
            var message = ExpiredMessage(retention);
            await db.ImportJobs.IgnoreQueryFilters().Where(j => chunk.Contains(j.Id) && j.Status != ImportJobStatus.Committed)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ImportJobStatus.Expired).SetProperty(j => j.Error, message)
                    .SetProperty(j => j.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
        }

        if (deleted > 0)
        {
            LogDeleted(logger, deleted, expired.Count);
        }

        return deleted;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false; // open right now (an error file being downloaded): the next run
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Files} uploaded import file(s) past their retention; {Expired} abandoned job(s) expired.")]
    private static partial void LogDeleted(ILogger logger, int files, int expired);
}
