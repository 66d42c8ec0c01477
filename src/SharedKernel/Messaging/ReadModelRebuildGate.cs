using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Operations;

namespace Posyandu.SharedKernel.Messaging;

/// <summary>
/// One read-model rebuild at a time, and no live delivery to the module being rebuilt while it runs (issue 22
/// item 4): the rebuild empties the read models and the inbox and then replays the history, so a live delivery
/// between those steps would be counted twice. Both hold across host instances (item 6) through
/// <see cref="IDistributedLocks"/>: a rebuild holds <c>read-models:rebuild</c> (a second one, in any instance, is
/// refused) and, for its whole run, the consumer's delivery lock <c>read-models:{module}</c>, which every live delivery
/// to that module takes around its share of a batch — so the rebuild starts only when the deliveries running in every
/// instance are done, and while it runs the dispatchers of this instance leave that module's share pending at once
/// (no attempt counted) and those of another instance after waiting for the lock (5 s). The
/// inbox makes the later delivery of what the replay already applied a no-op.
/// </summary>
public sealed class ReadModelRebuildGate
{
    private readonly IDistributedLocks _locks;

    /// <summary>How long a live delivery waits for its consumer's lock (held by another delivery, or by a rebuild elsewhere).</summary>
    private readonly TimeSpan _deliveryWait;

    public ReadModelRebuildGate(IDistributedLocks locks)
        : this(locks, TimeSpan.FromSeconds(5))
    {
    }

    internal ReadModelRebuildGate(IDistributedLocks locks, TimeSpan deliveryWait) => (_locks, _deliveryWait) = (locks, deliveryWait);

    /// <summary>How long a rebuild waits for the deliveries already running to its module.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(2);

    private const string RebuildLock = "read-models:rebuild";
    private readonly Lock _lock = new();
    private string? _rebuilding;

    /// <summary>The module whose rebuild runs in this instance, if any.</summary>
    public string? Rebuilding
    {
        get
        {
            lock (_lock)
            {
                return _rebuilding;
            }
        }
    }

    /// <summary>
    /// Starts a rebuild of <paramref name="module"/>: pauses live delivery to it and waits for the deliveries already
    /// running (in every instance). Dispose to end it.
    /// </summary>
    /// <returns>Null when a rebuild runs, in this instance or another.</returns>
    public async Task<IAsyncDisposable?> TryBeginAsync(string module, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_rebuilding is not null)
            {
                return null;
            }

            _rebuilding = module;
        }

        IAsyncDisposable? one = null;
        try
        {
            one = await _locks.TryAcquireAsync(RebuildLock, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
            if (one is null)
            {
                End(module);
                return null;
            }

            var deliveries = await _locks.TryAcquireAsync(ConsumerLock(module), DrainTimeout, cancellationToken).ConfigureAwait(false)
                             ?? throw new TimeoutException($"Live deliveries to '{module}' did not finish within {DrainTimeout.TotalMinutes:F0} min; the rebuild did not start.");
            return new Rebuild(this, module, one, deliveries);
        }
        catch
        {
            if (one is not null)
            {
                await one.DisposeAsync().ConfigureAwait(false);
            }

            End(module);
            throw;
        }
    }

    /// <summary>True while a rebuild runs in this instance or another (the endpoint's 409 before it queues a job).</summary>
    public async Task<bool> IsBusyAsync(CancellationToken cancellationToken)
    {
        if (Rebuilding is not null)
        {
            return true;
        }

        var probe = await _locks.TryAcquireAsync(RebuildLock, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        if (probe is null)
        {
            return true;
        }

        await probe.DisposeAsync().ConfigureAwait(false);
        return false;
    }

    /// <summary>The 409 a second rebuild gets.</summary>
    public ConflictException Busy() =>
        new($"The read models of '{Rebuilding ?? "a module"}' are being rebuilt; one rebuild at a time. Try again when it has finished.");

    /// <summary>
    /// A live delivery to <paramref name="consumer"/> may start: the consumer's delivery lock, to dispose when its share
    /// is delivered; null while that module is being rebuilt (its share waits for the rebuild).
    /// </summary>
    internal async Task<IAsyncDisposable?> TryEnterAsync(string consumer, CancellationToken cancellationToken) =>
        Rebuilding == consumer ? null : await _locks.TryAcquireAsync(ConsumerLock(consumer), _deliveryWait, cancellationToken).ConfigureAwait(false);

    private static string ConsumerLock(string module) => $"read-models:{module}";

    private void End(string module)
    {
        lock (_lock)
        {
            if (_rebuilding == module)
            {
                _rebuilding = null;
            }
        }
    }

    private sealed class Rebuild(ReadModelRebuildGate gate, string module, IAsyncDisposable one, IAsyncDisposable deliveries) : IAsyncDisposable
    {
        private int _ended;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _ended, 1) != 0)
            {
                return;
            }

            try
            {
                gate.End(module); // this instance's deliveries may take the lock again as soon as it is released
                await deliveries.DisposeAsync().ConfigureAwait(false);
            }
            finally
            {
                await one.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
