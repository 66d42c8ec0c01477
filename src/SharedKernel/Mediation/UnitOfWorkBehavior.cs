using MediatR;
using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.SharedKernel.Mediation;

/// <summary>
/// One SaveChanges per command: handlers change the module's DbContext (and publish events to its outbox) and this
/// behaviour commits it all in one transaction after the handler returns. If the handler throws, nothing is saved.
/// Queries pass through untouched.
/// </summary>
public sealed class UnitOfWorkBehavior<TRequest, TResponse>(IServiceProvider services, ModuleCatalog catalog, IEnumerable<ModuleDatabase> databases)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var response = await next().ConfigureAwait(false);
        if (request is not ICommand<TResponse>)
        {
            return response;
        }

        var module = catalog.ForType(typeof(TRequest)).Name;
        var database = databases.FirstOrDefault(d => d.Module == module);
        if (database is not null)
        {
            try
            {
                await database.Resolve(services).SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new PreconditionFailedException("The record was changed by someone else. Reload it and try again.");
            }
        }

        return response;
    }
}
