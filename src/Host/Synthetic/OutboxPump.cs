using System.Diagnostics;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Host.Synthetic;

/// <summary>
/// Dispatches the outboxes of the modules being written while they are written, as the running host's trigger
/// would: the writer keeps one core busy with commands, the pump the other with deliveries into the consumers'
/// databases (SQLite takes one writer per file, so the two rarely wait for each other). Events reach each consumer
/// in outbox order whatever the timing, so the read models come out the same as with one dispatch at the end.
/// </summary>
internal sealed class OutboxPump(IServiceProvider services, IReadOnlyList<string> modules) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _busy = new();
    private readonly ILogger _log = services.GetRequiredService<ILogger<OutboxPump>>();
    private Task? _loop;

    public long Delivered { get; private set; }

    public long Failed { get; private set; }

    /// <summary>Time spent delivering (the pump's rate is <see cref="Delivered"/> over this).</summary>
    public TimeSpan Busy => _busy.Elapsed;

    public void Start() => _loop = Task.Run(async () =>
    {
        while (!_stop.IsCancellationRequested)
        {
            if (await DispatchOnceAsync() == 0)
            {
                await Task.Delay(50);
            }
        }
    });

    /// <summary>Stops after everything written so far is delivered.</summary>
    public async Task DrainAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }

        while (await DispatchOnceAsync() > 0)
        {
        }
    }

    public void Dispose() => _stop.Dispose();

    private async Task<int> DispatchOnceAsync()
    {
        var delivered = 0;
        foreach (var module in modules)
        {
            await using var scope = services.CreateAsyncScope();
            _busy.Start();
            var result = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(module, CancellationToken.None);
            _busy.Stop();
            delivered += result.Delivered;
            Delivered += result.Delivered;
            Failed += result.Failed + result.Dead;
            if (result.Failed + result.Dead > 0)
            {
                _log.LogWarning("{Module} events: {Failed} to retry, {Dead} dead — a generator bug (the delivery's log says why)", module, result.Failed, result.Dead);
            }
        }

        return delivered;
    }
}
