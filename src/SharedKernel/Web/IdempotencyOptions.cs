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
}
