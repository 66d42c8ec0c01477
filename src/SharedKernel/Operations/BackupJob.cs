using Hangfire;

namespace Posyandu.SharedKernel.Operations;

/// <summary>The scheduled backup (<c>Backup:Cron</c>) and the one the admin API queues: a new set under <c>Backup:Directory</c>, then the retention.</summary>
public sealed class BackupJob(BackupService backups)
{
    [AutomaticRetry(Attempts = 0)] // a failed backup shows as a failed job; the next one is the retry
    public Task RunAsync(CancellationToken cancellationToken) => backups.BackupToScheduledFolderAsync(cancellationToken);
}
