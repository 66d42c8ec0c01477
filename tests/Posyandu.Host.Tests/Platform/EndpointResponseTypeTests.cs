using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Persistence;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Platform;

/// <summary>
/// Responses are DTOs, never EF entities: the API contract must not change when a column does. Checked on the real
/// host's endpoint metadata (what <c>TypedResults</c> and <c>Produces</c> declare) against every module's EF model,
/// through the whole shape of each response type (properties, lists, generic arguments).
/// </summary>
public sealed class EndpointResponseTypeTests
{
    private TestHost _host = null!;

    [OneTimeSetUp]
    public async Task StartHost() => _host = await TestHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [Test]
    public void No_endpoint_returns_an_ef_entity()
    {
        var entities = EntityTypes();
        Assert.That(entities, Has.Count.GreaterThan(20), "the modules' EF models are read");
        var endpoints = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true).ToList();

        var offending = endpoints
            .SelectMany(e => e.Metadata.OfType<IProducesResponseTypeMetadata>()
                .Where(m => m.Type is not null)
                .SelectMany(m => EntitiesIn(m.Type!, entities, []).Select(found => $"{e.DisplayName ?? e.RoutePattern.RawText}: {m.Type!.Name} → {found.FullName}")))
            .Distinct().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(endpoints.Count(e => e.Metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode is >= 200 and < 300 && m.Type is not null)),
                Is.GreaterThan(50), "the endpoints declare their response types");
            Assert.That(offending, Is.Empty, string.Join(Environment.NewLine, offending));
        });
    }

    private HashSet<Type> EntityTypes()
    {
        using var scope = _host.Services.CreateScope();
        return scope.ServiceProvider.GetServices<ModuleDatabase>()
            .SelectMany(d => d.Resolve(scope.ServiceProvider).Model.GetEntityTypes().Select(t => t.ClrType))
            .Where(t => t != typeof(Dictionary<string, object>))
            .ToHashSet();
    }

    /// <summary>The entity types reachable from <paramref name="type"/>: itself, its element and generic argument types, its public properties.</summary>
    private static IEnumerable<Type> EntitiesIn(Type type, HashSet<Type> entities, HashSet<Type> seen)
    {
        if (!seen.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && !type.IsGenericType)
        {
            yield break;
        }

        if (entities.Contains(type))
        {
            yield return type;
            yield break;
        }

        var inner = (type.IsArray ? [type.GetElementType()!] : type.GetGenericArguments())
            .Concat(type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true
                ? []
                : type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType));
        foreach (var found in inner.SelectMany(t => EntitiesIn(t, entities, seen)))
        {
            yield return found;
        }
    }
}
