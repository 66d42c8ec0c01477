using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.SharedKernel.Synthetic;

/// <summary>
/// The generator's bulk path: a module's own commands, sent through the real MediatR pipeline (validation, handler,
/// unit of work, outbox), but <see cref="Size"/> of them per transaction — a <see cref="WriteBatch"/> on the
/// module's DbContext — instead of one. Each command still saves its own changes and events; they commit together, so
/// the same events come out, in the same order. The change tracker is cleared after each command, as a new request
/// scope would start empty. A command that throws aborts the run: the generator must only produce valid data.
/// </summary>
public sealed class CommandBatch<TContext>(IServiceProvider services, int size = CommandBatch<TContext>.DefaultSize) : IAsyncDisposable
    where TContext : ModuleDbContext
{
    public const int DefaultSize = 250;

    private AsyncServiceScope? _scope;
    private WriteBatch? _batch;
    private int _sent;

    public int Size => size;

    public async Task<T> SendAsync<T>(IRequest<T> command, CancellationToken ct)
    {
        if (_batch is null)
        {
            _scope = services.CreateAsyncScope();
            _batch = await Context.BeginWriteBatchAsync(ct);
        }

        var result = await _scope!.Value.ServiceProvider.GetRequiredService<IMediator>().Send(command, ct);
        Context.ChangeTracker.Clear();
        if (++_sent % size == 0)
        {
            await CommitAsync(ct);
        }

        return result;
    }

    /// <summary>Commits what was sent so far (the next command starts a new transaction in a new scope).</summary>
    public async Task CommitAsync(CancellationToken ct)
    {
        if (_batch is not null)
        {
            await _batch.CommitAsync(ct);
            await _scope!.Value.DisposeAsync();
            (_batch, _scope) = (null, null);
        }
    }

    private TContext Context => _scope!.Value.ServiceProvider.GetRequiredService<TContext>();

    /// <summary>Rolls back what was not committed (after a failure) and ends the scope.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_batch is not null)
        {
            await _batch.DisposeAsync();
            await _scope!.Value.DisposeAsync();
        }
    }
}
