using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.SharedKernel.Operations;

/// <summary>
/// Named exclusive locks held by every host instance on the same databases (issue 22 item 6: what must run once —
/// an outbox's dispatch, the SLA sweep, a read-model rebuild, the start-up migration — runs once however many
/// instances there are). On SQLite, an OS file lock in the data folder (<see cref="FileDistributedLocks"/>); on SQL
/// Server, Hangfire's distributed lock in its SQL storage (<c>sp_getapplock</c>, <see cref="HangfireDistributedLocks"/>).
/// </summary>
public interface IDistributedLocks
{
    /// <summary>Takes the lock <paramref name="name"/>, waiting at most <paramref name="wait"/> (zero: only if free now).</summary>
    /// <returns>The held lock (dispose to release), or null when another holder kept it for the whole wait.</returns>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan wait, CancellationToken cancellationToken);
}

public static class DistributedLocksExtensions
{
    /// <summary>Takes the lock or throws <see cref="TimeoutException"/> (a job that must not run without it fails, and its sweep retries).</summary>
    public static async Task<IAsyncDisposable> AcquireAsync(this IDistributedLocks locks, string name, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(locks);
        return await locks.TryAcquireAsync(name, wait, cancellationToken).ConfigureAwait(false)
               ?? throw new TimeoutException($"The lock '{name}' was held elsewhere for {wait.TotalSeconds:F0} s.");
    }

    /// <summary>
    /// Registers the provider's locks: file locks in <c>{Database:DataDirectory}/locks</c> on SQLite, Hangfire's
    /// storage locks on SQL Server (the storage is registered by the host's jobs set-up).
    /// </summary>
    public static IServiceCollection AddDistributedLocks(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            services.AddSingleton<IDistributedLocks>(sp => new HangfireDistributedLocks(sp.GetRequiredService<JobStorage>()));
        }
        else
        {
            services.AddSingleton<IDistributedLocks>(sp =>
            {
                var contentRoot = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
                return new FileDistributedLocks(Path.Combine(Path.GetFullPath(Path.Combine(contentRoot, options.DataDirectory)), "locks"));
            });
        }

        return services;
    }
}

/// <summary>
/// The embedded default's locks: one file per name under the data folder's <c>locks/</c>, held open with
/// <see cref="FileShare.None"/> — an OS lock (<c>flock</c> on Linux, a share mode on Windows) that every process on the
/// files sees and that the OS drops when its holder dies, even by SIGKILL, so a crash never leaves a stale lock (a
/// lease row would need an expiry, renewals and a write to the platform database per dispatch). It reaches exactly as
/// far as SQLite itself: WAL requires every process on the files to be on one machine and a local file system, and so
/// does this. Waiting in-process is an async semaphore (no polling); a lock held by another process is tried again
/// every few milliseconds. (Setting <c>DOTNET_SYSTEM_IO_DISABLEFILELOCKING</c> would turn the OS lock off: don't.)
/// </summary>
public sealed class FileDistributedLocks(string directory) : IDistributedLocks
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(15);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _local = new(StringComparer.Ordinal);
    private bool _created;

    public string Directory => directory;

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan wait, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var local = _local.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        if (!await local.WaitAsync(wait, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        try
        {
            var path = Path.Combine(directory, FileName(name));
            while (true)
            {
                if (TryOpen(path) is { } file)
                {
                    return new Held(file, local);
                }

                var left = wait - watch.Elapsed;
                if (left <= TimeSpan.Zero)
                {
                    local.Release();
                    return null;
                }

                await Task.Delay(left < Retry ? left : Retry, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            local.Release();
            throw;
        }
    }

    private FileStream? TryOpen(string path)
    {
        if (!_created)
        {
            System.IO.Directory.CreateDirectory(directory);
            _created = true;
        }

        try
        {
            // Never deleted: removing a lock file while another process waits on its old inode would split the lock.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException)
        {
            return null; // held by another process
        }
        catch (UnauthorizedAccessException)
        {
            return null; // Windows answers a file another process holds open this way while it is being created
        }
    }

    /// <summary>A file name for any lock name (<c>outbox:registry</c> → <c>outbox-registry.lock</c>; ':' is not allowed on Windows).</summary>
    private static string FileName(string name)
    {
        var builder = new StringBuilder(name.Length + 5);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        return builder.Append(".lock").ToString();
    }

    private sealed class Held(FileStream file, SemaphoreSlim local) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                await file.DisposeAsync().ConfigureAwait(false);
                local.Release();
            }
        }
    }
}

/// <summary>
/// SQL Server's locks: Hangfire's distributed lock in its SQL storage (<c>sp_getapplock</c> on a session of the
/// Hangfire database, released when the connection closes — also when the instance dies), shared by every instance
/// using that storage. Taking it blocks a thread for the wait, so it is taken on the thread pool.
/// </summary>
public sealed class HangfireDistributedLocks(JobStorage storage) : IDistributedLocks
{
    public Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan wait, CancellationToken cancellationToken) =>
        Task.Run<IAsyncDisposable?>(() =>
        {
            var connection = storage.GetConnection();
            try
            {
                return new Held(connection.AcquireDistributedLock(name, wait), connection);
            }
            catch (DistributedLockTimeoutException)
            {
                connection.Dispose();
                return null;
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }, cancellationToken);

    private sealed class Held(IDisposable distributedLock, IStorageConnection connection) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                try
                {
                    distributedLock.Dispose();
                }
                finally
                {
                    connection.Dispose();
                }
            }

            return ValueTask.CompletedTask;
        }
    }
}
