namespace Posyandu.SharedKernel.Operations;

/// <summary>The <c>Backup</c> configuration section (SQLite only: SQL Server is backed up by the database server).</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Where the scheduled job and the admin API write their sets (one sub-folder each); relative to the content root.</summary>
    public string Directory { get; set; } = "backups";

    /// <summary>Cron (UTC) of the scheduled backup; empty for none. The default is 02:00 WITA.</summary>
    public string Cron { get; set; } = "0 18 * * *";

    /// <summary>How many sets in <see cref="Directory"/> the scheduled job keeps (the newest); older ones are deleted.</summary>
    public int Retention { get; set; } = 7;

    /// <summary>How long the consistent cut may wait for a writer to finish before it backs off and tries again.</summary>
    public TimeSpan CutTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
