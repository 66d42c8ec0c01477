namespace Posyandu.SharedKernel.Platform;

/// <summary>
/// A POST made with an <c>Idempotency-Key</c>: while <see cref="Completed"/> is false the request is in flight;
/// afterwards the stored response is replayed to retries with the same key and body. Only successful responses
/// are kept (a failed request changed nothing, so the client may simply retry); records expire after a day.
/// </summary>
public sealed class IdempotencyRecord
{
    public string Caller { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary>SHA-256 (hex) of method, path and body: a reused key with another body is refused.</summary>
    public string RequestHash { get; set; } = "";

    public string Path { get; set; } = "";

    public bool Completed { get; set; }

    public int StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public byte[]? Body { get; set; }

    public DateTime CreatedAt { get; set; }
}
