using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Web;

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
            var db = database.Resolve(services);
            // A keyed request's proof of effect, committed with the effect (see IdempotencyMarker).
            if (services.GetService<IdempotencyMarker>() is { } marker && marker.ShouldMark(module))
            {
                db.InboxMessages.Add(new InboxMessage(marker.Current!.Value, IdempotencyMarker.Handler, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new PreconditionFailedException("The record was changed by someone else. Reload it and try again.");
            }
        }

        return response;
    }
}
