using Microsoft.AspNetCore.Http;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.SharedKernel.Web;

/// <summary>
/// ETag / If-Match for <see cref="IVersioned"/> aggregates: the ETag is the quoted version (<c>"3"</c>); an update
/// that sends <c>If-Match</c> with an older version gets 412 instead of overwriting someone else's change.
/// </summary>
public static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>The version named by <c>If-Match</c>, or null when the header is absent or <c>*</c>.</summary>
    public static int? IfMatchVersion(this HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = request.Headers.IfMatch.ToString().Trim();
        if (value.Length == 0 || value == "*")
        {
            return null;
        }

        var unquoted = value.StartsWith("W/", StringComparison.Ordinal) ? value[2..] : value;
        unquoted = unquoted.Trim('"');
        return int.TryParse(unquoted, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? version
            : throw RequestValidationException.For("If-Match", "If-Match must be an ETag returned by this API, e.g. \"3\".");
    }

    public static void SetETag(this HttpResponse response, IVersioned entity)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(entity);
        response.Headers.ETag = For(entity.Version);
    }

    /// <summary>
    /// Checks the caller's expected version now (fast, clear 412) and also makes it the original value of the
    /// concurrency token, so a change committed by someone else between this read and our save is caught too.
    /// </summary>
    public static void ExpectVersion<T>(this ModuleDbContext db, T entity, int? expectedVersion)
        where T : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entity);
        if (expectedVersion is not { } expected)
        {
            return;
        }

        if (entity.Version != expected)
        {
            throw new PreconditionFailedException($"The record is at version {entity.Version}, not {expected}. Reload it and try again.");
        }

        db.Entry(entity).Property(e => e.Version).OriginalValue = expected;
    }
}
