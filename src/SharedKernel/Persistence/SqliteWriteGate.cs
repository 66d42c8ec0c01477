using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Posyandu.SharedKernel.Persistence;

/// <summary>
/// SQLite has one writer per database file. Left to itself, a second writer gets SQLITE_BUSY and its busy handler
/// sleeps and retries with growing back-off (up to 100 ms a try), so under concurrent requests most of the time goes
/// to sleeping, not writing. Queuing writers in-process instead — one async gate per database file — lets each
/// commit start the moment the previous one ends. SQL Server needs no gate and gets none.
/// </summary>
internal static class SqliteWriteGate
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static async Task<IDisposable?> EnterAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (Gate(db) is not { } gate)
        {
            return null;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(gate);
    }

    public static IDisposable? Enter(DbContext db)
    {
        if (Gate(db) is not { } gate)
        {
            return null;
        }

        gate.Wait();
        return new Release(gate);
    }

    /// <summary>
    /// The gate of one database file by its connection string (as the module's DbContext has it), waiting at most
    /// <paramref name="timeout"/>: null when it was not free in time. The backup's consistent cut holds every gate for
    /// a moment, and backs off rather than wait on a gate forever.
    /// </summary>
    public static async Task<IDisposable?> TryEnterAsync(string connectionString, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var gate = Gates.GetOrAdd(connectionString, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(timeout, cancellationToken).ConfigureAwait(false) ? new Release(gate) : null;
    }

    private static SemaphoreSlim? Gate(DbContext db) =>
        db.Database.ProviderName == SqliteProvider
            ? Gates.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1))
            : null;

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
