namespace Posyandu.SharedKernel.Web;

/// <summary>The <c>Idempotency</c> configuration section.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>
    /// A key still "in progress" after this long belongs to a request whose process is gone (no request runs this
    /// long: Kestrel and the clients time out first); a retry with it may then take over.
    /// </summary>
    public TimeSpan InProgressTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a completed key is remembered (UU 27/2022 art. 43: kept no longer than its purpose needs — a client
    /// retrying a lost response). An older key counts as new on its next use, and the clean-up job deletes it.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Cron of the recurring clean-up that deletes expired keys (Hangfire job <c>idempotency-cleanup</c>).</summary>
    public string CleanupCron { get; set; } = "17 * * * *";
}
