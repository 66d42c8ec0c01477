using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Posyandu.SharedKernel.Modules;

/// <summary>
/// The contract every sector module implements. The host composes modules from this interface alone, so adding a
/// module is one line in the host (<c>ModuleCatalog.Add(new XModule())</c>) plus the module's own folder.
/// </summary>
/// <remarks>
/// What a module declares:
/// <list type="bullet">
/// <item>its name, which is also its route prefix (<c>/api/{Name}</c>), its database schema and its SQLite file name;</item>
/// <item>its services and its <see cref="Persistence.ModuleDbContext"/> (in <see cref="AddServices"/>);</item>
/// <item>its endpoints (in <see cref="MapEndpoints"/>, on a route group the host creates);</item>
/// <item>its integration-event subscriptions: every <see cref="Messaging.IIntegrationEventHandler{TEvent}"/> in its assembly.
/// MediatR handlers, behaviours and FluentValidation validators in its assembly are registered by scanning too.</item>
/// </list>
/// </remarks>
public interface IModule
{
    /// <summary>Lower-case module name: route prefix, schema name and SQLite file name (e.g. <c>health</c>).</summary>
    string Name { get; }

    /// <summary>The OpenAPI tag shown in Swagger UI (e.g. <c>Health (Dinas Kesehatan)</c>).</summary>
    string Title { get; }

    /// <summary>The assembly scanned for handlers, validators and integration-event handlers. Defaults to the module's own.</summary>
    Assembly Assembly => GetType().Assembly;

    /// <summary>
    /// Whether a type of <see cref="Assembly"/> belongs to this module. Every type of its assembly, unless several
    /// modules share one assembly (test-only modules), which then split it by namespace.
    /// </summary>
    bool Owns(Type type) => type?.Assembly == Assembly;

    /// <summary>Registers the module's services, including its DbContext (see <c>AddModuleDbContext</c>).</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's endpoints on <paramref name="group"/>, already prefixed with <c>/api/{Name}</c>.</summary>
    void MapEndpoints(IEndpointRouteBuilder group);
}
