using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.SharedKernel.Messaging;

/// <summary>
/// Signals the <see cref="OutboxTrigger"/> once a save that published events has committed: after SaveChanges, or —
/// when the save ran inside an explicit transaction — after that transaction commits.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxTrigger trigger) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalIfCommitted(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Signal(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return Task.CompletedTask;
    }

    private void SignalIfCommitted(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Signal(context);
        }
    }

    private void Signal(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is ModuleDbContext { HasUnsignalledOutboxMessages: true } module)
        {
            module.HasUnsignalledOutboxMessages = false;
            trigger.Signal(module.Schema);
        }
    }
}
