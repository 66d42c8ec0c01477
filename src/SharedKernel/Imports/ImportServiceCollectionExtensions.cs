using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Posyandu.SharedKernel.Imports;

/// <summary>How a module declares its import types and the host adds the mechanism (see <see cref="ImportType"/>).</summary>
public static class ImportServiceCollectionExtensions
{
    /// <summary>A module's import type: call in the module's <c>AddServices</c>. Resolved per batch from a scope.</summary>
    public static IServiceCollection AddImportType<T>(this IServiceCollection services)
        where T : ImportType
    {
        services.TryAddScoped<T>();
        services.AddSingleton(new ImportTypeRegistration(typeof(T)));
        return services;
    }

    /// <summary>The host's part: options, the jobs, the meters (endpoints: <see cref="ImportEndpoints.MapImportEndpoints"/>).</summary>
    public static IServiceCollection AddImports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportOptions.Section));
        services.TryAddSingleton<ImportTypeCatalog>();
        services.TryAddSingleton<ImportFiles>();
        services.TryAddSingleton<ImportTelemetry>();
        services.TryAddScoped<ImportDesk>();
        services.TryAddTransient<ImportJobRunner>();
        return services;
    }
}

/// <summary>One <see cref="ImportServiceCollectionExtensions.AddImportType{T}"/> call.</summary>
public sealed record ImportTypeRegistration(Type Type);

/// <summary>An import type's description, read once from an instance.</summary>
public sealed record ImportTypeInfo(Type ClrType, string Name, string Module, string Title, IReadOnlyList<string> Roles,
    IReadOnlyList<ImportColumn> Columns, IReadOnlyList<ImportLayout> Layouts)
{
    /// <summary><see cref="ImportType.Sheet"/>.</summary>
    public string? Sheet { get; init; }

    /// <summary><see cref="ImportType.Sector"/>.</summary>
    public string? Sector { get; init; }
}

/// <summary>The registered import types by name.</summary>
public sealed class ImportTypeCatalog(IEnumerable<ImportTypeRegistration> registrations, IServiceScopeFactory scopes)
{
    private IReadOnlyDictionary<string, ImportTypeInfo>? _types;

    public IReadOnlyDictionary<string, ImportTypeInfo> Types => _types ??= Load();

    public ImportTypeInfo? Find(string name) => Types.GetValueOrDefault(name);

    private Dictionary<string, ImportTypeInfo> Load()
    {
        using var scope = scopes.CreateScope();
        var types = new Dictionary<string, ImportTypeInfo>(StringComparer.Ordinal);
        foreach (var registration in registrations.DistinctBy(r => r.Type))
        {
            var type = (ImportType)scope.ServiceProvider.GetRequiredService(registration.Type);
            if (!System.Text.RegularExpressions.Regex.IsMatch(type.Name, "^[a-z0-9-]{1,100}$") || !types.TryAdd(type.Name, new ImportTypeInfo(
                    registration.Type, type.Name, type.Module, type.Title, type.Roles, type.Columns, type.Layouts) { Sheet = type.Sheet, Sector = type.Sector }))
            {
                throw new InvalidOperationException($"Import type '{type.Name}' ({registration.Type.Name}): the name must be unique, lower case letters, digits and dashes.");
            }
        }

        return types;
    }
}
