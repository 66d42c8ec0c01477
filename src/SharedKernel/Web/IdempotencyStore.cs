using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Platform;

namespace Posyandu.SharedKernel.Web;

/// <summary>
/// The stored side of <see cref="IdempotencyMiddleware"/>: a response body is kept only encrypted (ASP.NET Core Data
/// Protection: a replay needs the body, and a resident's registration answers with their name and NIK), keys expire
/// after <see cref="IdempotencyOptions.Retention"/>, and an erased person's responses are forgotten.
/// </summary>
public sealed class IdempotencyStore(
    PlatformDbContext db, IDataProtectionProvider protection, IOptions<IdempotencyOptions> options, TimeProvider time, IServiceProvider services)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Posyandu.Idempotency.ResponseBody.v1");

    /// <summary>What a replay answers when a stored body can no longer be read (its key ring is gone) or was forgotten.</summary>
    internal const string AppliedTitle = "Already applied.";

    public DateTime ExpiredBefore => time.GetUtcNow().UtcDateTime - options.Value.Retention;

    public byte[] Protect(byte[] body) => _protector.Protect(body);

    /// <summary>The stored body in the clear, or null when it cannot be decrypted (another key ring).</summary>
    public byte[]? Unprotect(byte[] stored)
    {
        try
        {
            return _protector.Unprotect(stored);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>
    /// Deletes every key older than the retention (one left in progress too: a retry after that long is a new
    /// request) and the modules' <see cref="IdempotencyMarker"/> rows of that age, which prove an effect only while
    /// its key lives; returns how many keys.
    /// </summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var before = ExpiredBefore;
        foreach (var database in services.GetServices<ModuleDatabase>())
        {
            await database.Resolve(services).InboxMessages.Where(i => i.Handler == IdempotencyMarker.Handler && i.ProcessedAt < before)
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return await db.IdempotencyRecords.Where(r => r.CreatedAt < before).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Erasure (UU 27/2022 art. 43): every remembered response that mentions one of <paramref name="needles"/> (a
    /// person's id, NIK, name) is replaced by the "already applied" problem, so a retry neither sees the person nor
    /// repeats the request. Bounded by the retention: only a day of keys is kept.
    /// </summary>
    public async Task<int> ForgetAsync(IReadOnlyCollection<string> needles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(needles);
        var matching = new List<(string Caller, string Key)>();
        await foreach (var record in db.IdempotencyRecords.AsNoTracking().Where(r => r.Completed && r.Body != null)
            .Select(r => new { r.Caller, r.Key, r.Body }).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var body = Unprotect(record.Body!) is { } clear ? Encoding.UTF8.GetString(clear) : null;
            if (body is null || needles.Any(n => n.Length > 0 && body.Contains(n, StringComparison.OrdinalIgnoreCase)))
            {
                matching.Add((record.Caller, record.Key));
            }
        }

        var forgotten = Protect(AppliedProblem(
            "The first request with this Idempotency-Key took effect; the person it concerned has since been erased. Do not repeat it."));
        foreach (var (caller, key) in matching)
        {
            await db.IdempotencyRecords.Where(r => r.Caller == caller && r.Key == key).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.StatusCode, 409).SetProperty(r => r.ContentType, "application/problem+json")
                .SetProperty(r => r.Location, (string?)null).SetProperty(r => r.ETag, (string?)null)
                .SetProperty(r => r.Body, forgotten), cancellationToken).ConfigureAwait(false);
        }

        return matching.Count;
    }

    internal static byte[] AppliedProblem(string detail) => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(
        new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 409, Title = AppliedTitle, Detail = detail });
}

/// <summary>The recurring clean-up of expired idempotency keys (<see cref="IdempotencyOptions.CleanupCron"/>).</summary>
public sealed class IdempotencyCleanupJob(IdempotencyStore store)
{
    public const string Id = "idempotency-cleanup";

    [Hangfire.AutomaticRetry(Attempts = 0)] // the next run is the retry
    public Task<int> RunAsync(CancellationToken cancellationToken) => store.DeleteExpiredAsync(cancellationToken);
}
