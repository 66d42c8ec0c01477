using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Posyandu.SharedKernel.Persistence;

/// <summary>
/// Sets per-connection SQLite pragmas. WAL lets readers run while one writer commits; synchronous=NORMAL is durable
/// in WAL mode across application crashes; busy_timeout makes a second writer wait instead of failing at once;
/// temp_store=MEMORY keeps statement journals and sorts out of temporary files (a savepoint's sub-journal, an
/// import's batch rolled back to a row).
/// (WAL itself is persistent in the file and is set when the database is migrated.)
/// </summary>
internal sealed class SqlitePragmaInterceptor(int busyTimeoutMs) : DbConnectionInterceptor
{
    private readonly string _pragmas =
        $"PRAGMA busy_timeout={busyTimeoutMs}; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // the text is built from an int, not from input
        command.CommandText = _pragmas;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100
        command.CommandText = _pragmas;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
