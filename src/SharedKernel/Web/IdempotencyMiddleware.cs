using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Platform;
using Posyandu.SharedKernel.Security;

namespace Posyandu.SharedKernel.Web;

/// <summary>
/// <c>Idempotency-Key</c> for POST under <c>/api</c>: a retry with the same key and the same body gets the first
/// response replayed (header <c>Idempotency-Replayed: true</c>) and creates nothing; the same key with another body
/// is refused with 422; a retry while the first is still running gets 409. Keys are per caller and kept
/// <see cref="IdempotencyOptions.Retention"/> (a day); the stored body is encrypted (<see cref="IdempotencyStore"/>).
/// A key left in progress by a process that died is taken over after <see cref="IdempotencyOptions.InProgressTimeout"/>,
/// and the effect still happens once (see <see cref="IdempotencyMarker"/>).
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string HeaderName = "Idempotency-Key";
    private const int MaxKeyLength = 200;

    /// <summary>Bodies larger than this are not buffered for hashing (uploads stream; they are not idempotent by key).</summary>
    private const long MaxBufferedBody = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = context.Request.Headers[HeaderName].ToString();
        if (!HttpMethods.IsPost(context.Request.Method) || key.Length == 0
            || !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || context.Request.ContentLength > MaxBufferedBody)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (key.Length > MaxKeyLength)
        {
            await WriteProblemAsync(context, 400, $"{HeaderName} must be at most {MaxKeyLength} characters.").ConfigureAwait(false);
            return;
        }

        // Resolved only for keyed POSTs: every other request passes through without touching the platform database.
        var db = context.RequestServices.GetRequiredService<PlatformDbContext>();
        var store = context.RequestServices.GetRequiredService<IdempotencyStore>();
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        var hash = await HashRequestAsync(context.Request).ConfigureAwait(false);
        var caller = context.RequestServices.GetRequiredService<ICurrentUser>().Id;
        var existing = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Caller == caller && r.Key == key, context.RequestAborted).ConfigureAwait(false);
        var now = time.GetUtcNow().UtcDateTime;
        if (existing is { Completed: true } && existing.CreatedAt < store.ExpiredBefore)
        {
            // Expired on read (the clean-up job may not have run yet): the key is new again.
            await ExpireAsync(context, db, existing).ConfigureAwait(false);
            existing = null;
        }

        IdempotencyRecord record;
        if (existing is null)
        {
            record = new IdempotencyRecord
            {
                Caller = caller, Key = key, RequestHash = hash, Path = context.Request.Path.Value ?? "", CreatedAt = now,
            };
            db.IdempotencyRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(context.RequestAborted).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // A concurrent request with the same key claimed it between our read and our insert.
                await WriteProblemAsync(context, 409, StillRunning).ConfigureAwait(false);
                return;
            }
        }
        else if (existing.RequestHash != hash || existing.Completed || now - existing.CreatedAt < InProgressTimeout(context))
        {
            await AnswerRetryAsync(context, store, existing, hash).ConfigureAwait(false);
            return;
        }
        else if (await TakeOverAsync(context, db, store, existing, now).ConfigureAwait(false) is { } taken)
        {
            record = taken;
        }
        else
        {
            return;
        }

        context.RequestServices.GetRequiredService<IdempotencyMarker>().Begin(caller, key);
        await RunAndRememberAsync(context, db, store, record).ConfigureAwait(false);
    }

    private static TimeSpan InProgressTimeout(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<IdempotencyOptions>>().Value.InProgressTimeout;

    /// <summary>
    /// A key left in progress by a request whose process died. If the module's database holds the request's
    /// <see cref="IdempotencyMarker"/>, the effect was committed and only the response was lost: the key is completed
    /// with a 409 that says so (the client must not repeat the request). Otherwise nothing was committed: this request
    /// claims the key (one claimant wins: the claim is conditional on the old start time) and runs.
    /// </summary>
    /// <returns>The claimed record, or null when an answer has been written.</returns>
    private static async Task<IdempotencyRecord?> TakeOverAsync(HttpContext context, PlatformDbContext db, IdempotencyStore store, IdempotencyRecord stale, DateTime now)
    {
        var marker = IdempotencyMarker.For(stale.Caller, stale.Key);
        if (await EffectCommittedAsync(context, marker).ConfigureAwait(false))
        {
            var claimed = await db.IdempotencyRecords
                .Where(r => r.Caller == stale.Caller && r.Key == stale.Key && !r.Completed)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Completed, true).SetProperty(r => r.StatusCode, 409)
                    .SetProperty(r => r.ContentType, "application/problem+json")
                    .SetProperty(r => r.Body, store.Protect(AppliedProblemBody)), context.RequestAborted).ConfigureAwait(false);
            _ = claimed; // completed by us or by a concurrent retry: the answer is the same
            await WriteProblemAsync(context, 409, AlreadyApplied, AppliedTitle).ConfigureAwait(false);
            return null;
        }

        var rows = await db.IdempotencyRecords
            .Where(r => r.Caller == stale.Caller && r.Key == stale.Key && !r.Completed && r.CreatedAt == stale.CreatedAt)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.CreatedAt, now), context.RequestAborted).ConfigureAwait(false);
        if (rows != 1)
        {
            await WriteProblemAsync(context, 409, StillRunning).ConfigureAwait(false);
            return null;
        }

        return await db.IdempotencyRecords.SingleAsync(r => r.Caller == stale.Caller && r.Key == stale.Key, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Looks for the marker in the database of the module the path belongs to (<c>/api/{module}/…</c>).</summary>
    private static async Task<bool> EffectCommittedAsync(HttpContext context, Guid marker) =>
        ModuleDatabaseOf(context) is { } database && await database.InboxMessages.AsNoTracking()
            .AnyAsync(i => i.MessageId == marker && i.Handler == IdempotencyMarker.Handler, context.RequestAborted).ConfigureAwait(false);

    private static ModuleDbContext? ModuleDatabaseOf(HttpContext context)
    {
        var segments = (context.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var module = segments.Length > 1 ? segments[1] : "";
        return context.RequestServices.GetServices<ModuleDatabase>().FirstOrDefault(d => d.Module == module)?.Resolve(context.RequestServices);
    }

    /// <summary>
    /// A completed key older than the retention is forgotten on use, with its marker: the marker proves an effect only
    /// while its key lives, and would otherwise refuse the new run as a duplicate.
    /// </summary>
    private static async Task ExpireAsync(HttpContext context, PlatformDbContext db, IdempotencyRecord expired)
    {
        await db.IdempotencyRecords.Where(r => r.Caller == expired.Caller && r.Key == expired.Key && r.Completed && r.CreatedAt == expired.CreatedAt)
            .ExecuteDeleteAsync(context.RequestAborted).ConfigureAwait(false);
        var marker = IdempotencyMarker.For(expired.Caller, expired.Key);
        if (ModuleDatabaseOf(context) is { } database)
        {
            await database.InboxMessages.Where(i => i.MessageId == marker && i.Handler == IdempotencyMarker.Handler)
                .ExecuteDeleteAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }

    private const string StillRunning = "A request with this Idempotency-Key is still being processed.";
    private const string AppliedTitle = IdempotencyStore.AppliedTitle;
    private const string AlreadyApplied =
        "The first request with this Idempotency-Key took effect, but its response was lost when the server stopped. Do not repeat it: look the record up instead.";

    private static readonly byte[] AppliedProblemBody = IdempotencyStore.AppliedProblem(AlreadyApplied);

    private async Task RunAndRememberAsync(HttpContext context, PlatformDbContext db, IdempotencyStore store, IdempotencyRecord record)
    {
        var originalBody = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var succeeded = false;
        try
        {
            await next(context).ConfigureAwait(false);
            succeeded = context.Response.StatusCode is >= 200 and < 300;
        }
        finally
        {
            context.Response.Body = originalBody;
            if (succeeded)
            {
                record.Completed = true;
                record.StatusCode = context.Response.StatusCode;
                record.ContentType = context.Response.ContentType;
                record.Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null;
                record.ETag = context.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null;
                record.Body = store.Protect(buffer.ToArray());
            }
            else
            {
                // Nothing was created: forget the key so the client can correct the request and retry with it.
                db.IdempotencyRecords.Remove(record);
            }

            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
            buffer.Position = 0;
            await buffer.CopyToAsync(originalBody, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task AnswerRetryAsync(HttpContext context, IdempotencyStore store, IdempotencyRecord existing, string hash)
    {
        if (existing.RequestHash != hash)
        {
            await WriteProblemAsync(context, 422, $"This {HeaderName} was already used with a different request body.").ConfigureAwait(false);
        }
        else if (!existing.Completed)
        {
            await WriteProblemAsync(context, 409, StillRunning).ConfigureAwait(false);
        }
        else if ((existing.Body is null ? Array.Empty<byte>() : store.Unprotect(existing.Body)) is not { } body)
        {
            // Stored under a key ring this instance does not hold: the request took effect, its response is unreadable.
            await WriteProblemAsync(context, 409, AlreadyApplied, AppliedTitle).ConfigureAwait(false);
        }
        else
        {
            context.Response.StatusCode = existing.StatusCode;
            context.Response.ContentType = existing.ContentType;
            if (existing.Location is not null)
            {
                context.Response.Headers.Location = existing.Location;
            }

            if (existing.ETag is not null)
            {
                context.Response.Headers.ETag = existing.ETag;
            }

            context.Response.Headers["Idempotency-Replayed"] = "true";
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static Task WriteProblemAsync(HttpContext context, int status, string detail, string? title = null)
    {
        var problemDetails = context.RequestServices.GetService(typeof(IProblemDetailsService)) as IProblemDetailsService;
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title ?? (status == 422 ? "Idempotency-Key reused." : "Conflict with the current state."), Detail = detail };
        return problemDetails is null
            ? context.Response.WriteAsJsonAsync(problem)
            : problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }
}
