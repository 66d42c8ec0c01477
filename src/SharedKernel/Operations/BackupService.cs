using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.ServiceRequests;

namespace Posyandu.SharedKernel.Operations;

/// <summary>
/// Online backup of the embedded platform: every module's SQLite file, by SQLite's backup API, plus the attachment
/// store, into one folder with a <see cref="BackupManifest"/>.
/// <para>
/// The files are separate databases, so a file-by-file copy would catch each at a different moment, and a consumer
/// copied after its producer could hold effects of events that its restored producer never published. The backup
/// therefore takes a <b>consistent cut</b>: for a moment it holds every file's write gate (this process's writers) and
/// SQLite write lock (<c>BEGIN IMMEDIATE</c>: writers in other processes), opens a read transaction on each file —
/// WAL pins each one's snapshot at that instant — and lets the writers go. The copies are then made from those
/// snapshots while writes go on. Writers wait only for the cut (milliseconds), never for the copy.
/// </para>
/// </summary>
public sealed partial class BackupService(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleDatabase> databases,
    IConfiguration configuration,
    IHostEnvironment environment,
    IOptions<BackupOptions> options,
    TimeProvider time,
    ILogger<BackupService> logger)
{
    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The folder of the content-addressed attachment store, as <see cref="AttachmentStore"/> resolves it.</summary>
    public string AttachmentsRoot => Path.GetFullPath(Path.Combine(environment.ContentRootPath,
        (configuration.GetSection(ServiceRequestOptions.Section).Get<ServiceRequestOptions>() ?? new ServiceRequestOptions()).AttachmentsDirectory));

    /// <summary>Where the scheduled job and the admin API put their sets.</summary>
    public string BackupsRoot => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Directory));

    public bool IsSupported => configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider is null or DatabaseProvider.Sqlite;

    /// <summary>Backs up into <paramref name="folder"/>, which must be new or empty.</summary>
    public async Task<BackupManifest> BackupAsync(string folder, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        folder = Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new InvalidOperationException($"The backup folder {folder} is not empty: give a new one.");
        }

        Directory.CreateDirectory(folder);
        var files = await ModuleFilesAsync(cancellationToken).ConfigureAwait(false);
        var (snapshots, cutMilliseconds) = await CutAsync(files, cancellationToken).ConfigureAwait(false);
        var createdAt = time.GetUtcNow().UtcDateTime;
        var entries = new List<BackupModuleFile>();
        try
        {
            foreach (var (module, snapshot) in snapshots)
            {
                var name = $"{module}.db";
                var target = Path.Combine(folder, name);
                var schema = SchemaVersion(snapshot);
                var lastSequence = Convert.ToInt64(Scalar(snapshot, "SELECT COALESCE(MAX(Sequence), 0) FROM outbox_messages") ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
                using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
                {
                    destination.Open();
                    snapshot.BackupDatabase(destination);
                    // One self-contained file: no -wal beside it.
                    Execute(destination, "PRAGMA journal_mode=DELETE;");
                }

                entries.Add(new BackupModuleFile(module, name, schema, lastSequence, new FileInfo(target).Length, await Sha256Async(target, cancellationToken).ConfigureAwait(false)));
            }
        }
        finally
        {
            foreach (var snapshot in snapshots.Values)
            {
                snapshot.Dispose(); // ends the read transaction: WAL may checkpoint past it again
            }
        }

        // Content-addressed files are written before the rows that name them and never change: those the snapshots
        // name are all there (a few newer ones do no harm).
        var attachments = CopyAttachments(AttachmentsRoot, Path.Combine(folder, "attachments"));
        var manifest = new BackupManifest(BackupManifest.CurrentFormat, createdAt, entries, attachments);
        await File.WriteAllTextAsync(Path.Combine(folder, BackupManifest.FileName), JsonSerializer.Serialize(manifest, ManifestJson), cancellationToken).ConfigureAwait(false);
        LogBackedUp(logger, folder, entries.Count, entries.Sum(e => e.Bytes) + attachments.Bytes, started.ElapsedMilliseconds, cutMilliseconds);
        return manifest;
    }

    /// <summary>A scheduled or API backup into a new time-stamped folder under <see cref="BackupOptions.Directory"/>, then the retention.</summary>
    public async Task<string> BackupToScheduledFolderAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(BackupsRoot, time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss-fff", System.Globalization.CultureInfo.InvariantCulture));
        await BackupAsync(folder, cancellationToken).ConfigureAwait(false);
        var keep = Math.Max(1, options.Value.Retention);
        foreach (var old in Directory.EnumerateDirectories(BackupsRoot)
                     .Where(d => File.Exists(Path.Combine(d, BackupManifest.FileName)))
                     .OrderByDescending(d => Path.GetFileName(d), StringComparer.Ordinal).Skip(keep))
        {
            Directory.Delete(old, recursive: true);
            LogRetentionDeleted(logger, old);
        }

        return folder;
    }

    /// <summary>
    /// Checks the set in <paramref name="folder"/> against its manifest and this host, then copies it into the
    /// configured data folder and attachment store, which must hold no module database yet. Run it before the modules
    /// are initialised (start-up then migrates an older schema up); then <see cref="Messaging.InboxReconciler"/>.
    /// </summary>
    /// <exception cref="BackupRejectedException">The set is mismatched, incomplete or corrupt, or the target is not empty. Nothing was copied.</exception>
    public async Task<BackupManifest> RestoreFilesAsync(string folder, CancellationToken cancellationToken)
    {
        folder = Path.GetFullPath(folder);
        var manifest = await ReadManifestAsync(folder, cancellationToken).ConfigureAwait(false);
        var targets = await ModuleFilesAsync(cancellationToken, mustExist: false).ConfigureAwait(false);
        var known = await KnownMigrationsAsync().ConfigureAwait(false);

        var inSet = manifest.Modules.Select(m => m.Module).ToHashSet(StringComparer.Ordinal);
        var missing = targets.Keys.Where(m => !inSet.Contains(m)).ToList();
        var extra = inSet.Where(m => !targets.ContainsKey(m)).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            throw new BackupRejectedException(
                "The backup set does not match this host's modules" +
                (missing.Count > 0 ? $"; missing from the set: {string.Join(", ", missing)}" : "") +
                (extra.Count > 0 ? $"; in the set but not in this host: {string.Join(", ", extra)}" : "") + ".");
        }

        foreach (var entry in manifest.Modules)
        {
            var path = Path.Combine(folder, entry.File);
            if (!File.Exists(path))
            {
                throw new BackupRejectedException($"The backup set is incomplete: {entry.File} ({entry.Module}) is missing.");
            }

            var actual = await Sha256Async(path, cancellationToken).ConfigureAwait(false);
            if (new FileInfo(path).Length != entry.Bytes || !string.Equals(actual, entry.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new BackupRejectedException($"The backup set is corrupt: {entry.File} ({entry.Module}) does not match its checksum in the manifest.");
            }

            var migrations = known[entry.Module];
            if (entry.SchemaVersion is null ? migrations.Count > 0 : !migrations.Contains(entry.SchemaVersion))
            {
                throw new BackupRejectedException(
                    $"The backup of {entry.Module} has schema version {entry.SchemaVersion ?? "(none)"}, which this build does not know " +
                    $"(its last migration is {(migrations.Count > 0 ? migrations[^1] : "(none)")}): restore it with the build that made it, or a later one.");
            }

        }

        if (targets.Values.FirstOrDefault(t => File.Exists(t) && new FileInfo(t).Length > 0) is { } occupied)
        {
            throw new BackupRejectedException($"The data folder already holds {occupied}: restore into an empty data folder (move the current files away first).");
        }

        var attachments = Path.Combine(folder, manifest.Attachments.Folder);
        VerifyAttachments(attachments, manifest.Attachments);

        foreach (var entry in manifest.Modules)
        {
            var target = targets[entry.Module];
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            foreach (var stale in new[] { target + "-wal", target + "-shm" }.Where(File.Exists))
            {
                File.Delete(stale);
            }

            File.Copy(Path.Combine(folder, entry.File), target, overwrite: true);
        }

        CopyAttachments(attachments, AttachmentsRoot);
        LogRestored(logger, folder, manifest.Modules.Count, manifest.CreatedAt);
        return manifest;
    }

    /// <summary>Reads the manifest of a set; a missing or unreadable one is a rejection.</summary>
    public static async Task<BackupManifest> ReadManifestAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, BackupManifest.FileName);
        if (!File.Exists(path))
        {
            throw new BackupRejectedException($"{folder} is not a backup set: it has no {BackupManifest.FileName}.");
        }

        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), ManifestJson);
            return manifest is { Format: BackupManifest.CurrentFormat, Modules: not null, Attachments: not null }
                ? manifest
                : throw new BackupRejectedException($"The manifest of {folder} is of an unknown format.");
        }
        catch (JsonException ex)
        {
            throw new BackupRejectedException($"The manifest of {folder} is unreadable ({ex.Message}).", ex);
        }
    }

    /// <summary>Module → its SQLite file, from the module's own DbContext (the host's configuration).</summary>
    private async Task<Dictionary<string, string>> ModuleFilesAsync(CancellationToken cancellationToken, bool mustExist = true)
    {
        if (!IsSupported)
        {
            throw new NotSupportedException("Backups of SQL Server are taken by the database server (see README, Operating).");
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var scope = scopes.CreateAsyncScope();
        foreach (var database in databases)
        {
            var connectionString = database.Resolve(scope.ServiceProvider).Database.GetConnectionString()!;
            var path = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
            if (mustExist && !File.Exists(path))
            {
                throw new InvalidOperationException($"The database of module '{database.Module}' does not exist at {path}.");
            }

            files[database.Module] = path;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return files;
    }

    private async Task<Dictionary<string, IReadOnlyList<string>>> KnownMigrationsAsync()
    {
        var known = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        await using var scope = scopes.CreateAsyncScope();
        foreach (var database in databases)
        {
            known[database.Module] = database.Resolve(scope.ServiceProvider).Database.GetMigrations().ToList();
        }

        return known;
    }

    /// <summary>
    /// The consistent cut: every file's in-process write gate and SQLite write lock at once, a read transaction opened
    /// on each, then everything released. A gate or lock not had within <see cref="BackupOptions.CutTimeout"/> releases
    /// all and tries again (a writer holding one file while waiting for another cannot deadlock with the cut).
    /// </summary>
    /// <returns>The pinned snapshots, and how long the writers were held (the last attempt's).</returns>
    private async Task<(Dictionary<string, SqliteConnection> Snapshots, double HeldMilliseconds)> CutAsync(Dictionary<string, string> files, CancellationToken cancellationToken)
    {
        var gateKeys = await GateKeysAsync().ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var holding = Stopwatch.StartNew();
            var held = new List<IDisposable>();
            var locks = new List<SqliteConnection>();
            var snapshots = new Dictionary<string, SqliteConnection>(StringComparer.Ordinal);
            var cut = false;
            try
            {
                foreach (var module in files.Keys.Order(StringComparer.Ordinal))
                {
                    var gate = await SqliteWriteGate.TryEnterAsync(gateKeys[module], options.Value.CutTimeout, cancellationToken).ConfigureAwait(false);
                    if (gate is null)
                    {
                        break;
                    }

                    held.Add(gate);
                    var writer = Open(files[module], (int)options.Value.CutTimeout.TotalMilliseconds);
                    locks.Add(writer);
                    Execute(writer, "BEGIN IMMEDIATE;");
                }

                if (held.Count == files.Count)
                {
                    foreach (var (module, path) in files)
                    {
                        var reader = Open(path, (int)options.Value.CutTimeout.TotalMilliseconds);
                        snapshots[module] = reader;
                        Execute(reader, "BEGIN;");
                        Scalar(reader, "SELECT COUNT(*) FROM sqlite_master"); // the first read pins the snapshot
                    }

                    cut = true;
                    return (snapshots, holding.Elapsed.TotalMilliseconds);
                }
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6 && attempt < 5) // SQLITE_BUSY / SQLITE_LOCKED
            {
                LogCutRetry(logger, ex, attempt);
            }
            finally
            {
                foreach (var writer in locks)
                {
                    writer.Dispose(); // rolls the empty write transaction back
                }

                held.ForEach(g => g.Dispose());
                if (!cut)
                {
                    foreach (var reader in snapshots.Values)
                    {
                        reader.Dispose();
                    }
                }
            }

            if (attempt >= 5)
            {
                throw new TimeoutException($"The backup could not hold every database's writers for a moment in {attempt} attempts.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The connection strings by which the modules' DbContexts know their write gates.</summary>
    private async Task<Dictionary<string, string>> GateKeysAsync()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var scope = scopes.CreateAsyncScope();
        foreach (var database in databases)
        {
            keys[database.Module] = database.Resolve(scope.ServiceProvider).Database.GetConnectionString()!;
        }

        return keys;
    }

    private static SqliteConnection Open(string path, int busyTimeoutMs)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString());
        connection.Open();
        Execute(connection, $"PRAGMA busy_timeout={busyTimeoutMs};");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static string? SchemaVersion(SqliteConnection connection) =>
        Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__ef_migrations_history'") is 0L
            ? null
            : Scalar(connection, "SELECT MigrationId FROM __ef_migrations_history ORDER BY MigrationId DESC LIMIT 1") as string;

    private static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Copies the store's files (not its <c>tmp</c> folder of uploads in progress), keeping the layout.</summary>
    private static BackupAttachments CopyAttachments(string from, string to)
    {
        var files = 0;
        var bytes = 0L;
        Directory.CreateDirectory(to);
        if (Directory.Exists(from))
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(from, file);
                if (relative.StartsWith("tmp" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    continue;
                }

                var target = Path.Combine(to, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (!File.Exists(target))
                {
                    File.Copy(file, target);
                }

                files++;
                bytes += new FileInfo(file).Length;
            }
        }

        return new BackupAttachments(Path.GetFileName(to), files, bytes);
    }

    /// <summary>Every attachment is there and is what its name (its SHA-256) says.</summary>
    private static void VerifyAttachments(string folder, BackupAttachments expected)
    {
        var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList() : [];
        if (files.Count != expected.Files || files.Sum(f => new FileInfo(f).Length) != expected.Bytes)
        {
            throw new BackupRejectedException($"The backup set's attachments do not match the manifest ({files.Count} files instead of {expected.Files}).");
        }

        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            using var stream = File.OpenRead(file);
            if (name.Length == 64 && !string.Equals(Convert.ToHexStringLower(SHA256.HashData(stream)), name, StringComparison.OrdinalIgnoreCase))
            {
                throw new BackupRejectedException($"The backup set is corrupt: the attachment {name} does not match its checksum.");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup of {Modules} module databases and the attachments written to {Folder}: {Bytes} bytes in {Milliseconds} ms (writers held for the cut: {CutMilliseconds:0.0} ms)")]
    private static partial void LogBackedUp(ILogger logger, string folder, int modules, long bytes, long milliseconds, double cutMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup retention deleted {Folder}")]
    private static partial void LogRetentionDeleted(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The backup's consistent cut found a database busy (attempt {Attempt}); it tries again")]
    private static partial void LogCutRetry(ILogger logger, Exception exception, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Restored {Modules} module databases from {Folder} (the cut of {CreatedAt:o})")]
    private static partial void LogRestored(ILogger logger, string folder, int modules, DateTime createdAt);
}
