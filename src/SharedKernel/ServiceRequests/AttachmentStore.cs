using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Posyandu.SharedKernel.Errors;

namespace Posyandu.SharedKernel.ServiceRequests;

/// <summary>
/// Documents on the local file system, named by their SHA-256 (<c>ab/abcdef…</c>): the same scan uploaded twice is
/// stored once, and a stored file can never be altered under its name. Uploads are streamed to a temporary file
/// in small chunks while hashed, counted and sniffed — never held whole in memory.
/// </summary>
public sealed class AttachmentStore
{
    private static readonly Dictionary<string, byte[]> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        ["application/pdf"] = "%PDF-"u8.ToArray(),
    };

    private readonly string _root;
    private readonly long _maxBytes;

    public AttachmentStore(IOptions<ServiceRequestOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.AttachmentsDirectory));
        _maxBytes = options.Value.MaxAttachmentBytes;
    }

    public static IReadOnlyCollection<string> ContentTypes => Signatures.Keys;

    /// <summary>Streams <paramref name="content"/> into the store; returns its SHA-256 (hex) and size.</summary>
    public async Task<(string Sha256, long Size)> SaveAsync(Stream content, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!Signatures.TryGetValue(contentType, out var signature))
        {
            throw new UnsupportedMediaException($"Only {string.Join(", ", Signatures.Keys)} documents are accepted.");
        }

        Directory.CreateDirectory(Path.Combine(_root, "tmp"));
        var temp = Path.Combine(_root, "tmp", Guid.NewGuid().ToString("N"));
        try
        {
            var (hash, size) = await CopyAsync(content, temp, signature, contentType, cancellationToken).ConfigureAwait(false);
            var final = PathOf(hash);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (File.Exists(final))
            {
                File.Delete(temp); // already stored: content-addressed
            }
            else
            {
                File.Move(temp, final);
            }

            return (hash, size);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    public Stream Open(string sha256) => File.OpenRead(PathOf(sha256));

    private string PathOf(string sha256) => Path.Combine(_root, sha256[..2], sha256);

    private async Task<(string Hash, long Size)> CopyAsync(Stream content, string path, byte[] signature, string contentType, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        long size = 0;
        var head = new byte[signature.Length];
        var headLength = 0;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                size += read;
                if (size > _maxBytes)
                {
                    throw new PayloadTooLargeException($"A document may be at most {_maxBytes / (1024 * 1024)} MB.");
                }

                if (headLength < head.Length)
                {
                    var take = Math.Min(read, head.Length - headLength);
                    Array.Copy(buffer, 0, head, headLength, take);
                    headLength += take;
                }

                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }

        if (size == 0)
        {
            throw RequestValidationException.For("body", "The document is empty.");
        }

        if (headLength < head.Length || !head.AsSpan().SequenceEqual(signature))
        {
            throw new UnsupportedMediaException($"The content is not a {contentType} file.");
        }

        return (Convert.ToHexStringLower(sha.GetHashAndReset()), size);
    }
}

/// <summary>413: the upload is larger than the store accepts.</summary>
public sealed class PayloadTooLargeException(string message) : AppException(message)
{
    public override int StatusCode => 413;
}

/// <summary>415: the upload is not one of the accepted document types (or not what it claims to be).</summary>
public sealed class UnsupportedMediaException(string message) : AppException(message)
{
    public override int StatusCode => 415;
}
