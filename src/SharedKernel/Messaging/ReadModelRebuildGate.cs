using Posyandu.SharedKernel.Errors;

namespace Posyandu.SharedKernel.Messaging;

/// <summary>
/// One read-model rebuild at a time, and no live delivery to the module being rebuilt while it runs (issue 22
/// item 4): the rebuild empties the read models and the inbox and then replays the history, so a live delivery
/// between those steps would be counted twice. The rebuild waits for live deliveries to its module already running;
/// the dispatcher leaves that module's share of a message pending until the rebuild ends (no attempt counted), and
/// the inbox makes the later delivery of what the replay already applied a no-op. Per process: on SQLite one
/// instance runs on a data folder; with several instances run the rebuild from one place (README, Operating).
/// </summary>
public sealed class ReadModelRebuildGate
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _delivering = new(StringComparer.Ordinal);
    private string? _rebuilding;
    private TaskCompletionSource? _drained;

    /// <summary>The module whose rebuild is queued or running, if any.</summary>
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

    /// <summary>Takes the gate for <paramref name="module"/>; false when a rebuild is queued or running.</summary>
    public bool TryReserve(string module)
    {
        lock (_lock)
        {
            if (_rebuilding is not null)
            {
                return false;
            }

            _rebuilding = module;
            return true;
        }
    }

    /// <summary>The 409 a second rebuild gets.</summary>
    public ConflictException Busy() =>
        new($"The read models of '{Rebuilding}' are being rebuilt; one rebuild at a time. Try again when it has finished.");

    public void Release(string module)
    {
        lock (_lock)
        {
            if (_rebuilding == module)
            {
                _rebuilding = null;
                _drained = null;
            }
        }
    }

    /// <summary>Waits until no live delivery to the reserved module is running (new ones are paused by now).</summary>
    internal Task DrainedAsync(string module, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_delivering.GetValueOrDefault(module) == 0)
            {
                return Task.CompletedTask;
            }

            _drained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _drained.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>A live delivery to <paramref name="consumer"/> may start; false while that module is being rebuilt.</summary>
    internal bool TryEnter(string consumer)
    {
        lock (_lock)
        {
            if (_rebuilding == consumer)
            {
                return false;
            }

            _delivering[consumer] = _delivering.GetValueOrDefault(consumer) + 1;
            return true;
        }
    }

    internal void Exit(string consumer)
    {
        lock (_lock)
        {
            var left = _delivering[consumer] - 1;
            _delivering[consumer] = left;
            if (left == 0 && _rebuilding == consumer)
            {
                _drained?.TrySetResult();
            }
        }
    }
}
