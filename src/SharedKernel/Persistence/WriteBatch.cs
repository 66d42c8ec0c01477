using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Posyandu.SharedKernel.Persistence;

/// <summary>
/// Several saves of one module's DbContext committed as one transaction (<see cref="ModuleDbContext.BeginWriteBatchAsync"/>):
/// each SaveChanges inside writes its rows (and outbox events) at once, so later reads in the batch see them, but the
/// commit — the costly part of a small SQLite write — happens once for the lot. The database file's write gate
/// (<see cref="SqliteWriteGate"/>) is held for the whole batch, since SQLite keeps its write lock until the commit.
/// Disposing without <see cref="CommitAsync"/> rolls everything back.
/// </summary>
public sealed class WriteBatch : IAsyncDisposable
{
    private readonly ModuleDbContext _db;
    private readonly IDisposable? _gate;
    private readonly IDbContextTransaction _transaction;
    private bool _done;

    private WriteBatch(ModuleDbContext db, IDisposable? gate, IDbContextTransaction transaction) =>
        (_db, _gate, _transaction) = (db, gate, transaction);

    internal static async Task<WriteBatch> BeginAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        var gate = await SqliteWriteGate.EnterAsync(db, cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            db.InWriteBatch = true;
            return new WriteBatch(db, gate, transaction);
        }
        catch
        {
            gate?.Dispose();
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        try
        {
            await _transaction.DisposeAsync().ConfigureAwait(false); // rolls back unless committed
        }
        finally
        {
            _db.InWriteBatch = false;
            _gate?.Dispose();
        }
    }
}
