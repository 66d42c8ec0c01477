using Microsoft.Extensions.DependencyInjection;

namespace Posyandu.Registry.Regions;

/// <summary>
/// The registry's Kemendagri codes for validating region claims (<see cref="IRegionCatalog"/>): read once from the
/// regions table (seeded at start-up, ~1,150 codes for Kaltim) and kept in memory. A token's region must be one of
/// them, or it sees nothing (issue 21: a claim that is not a real prefix must not match by accident).
/// </summary>
internal sealed class RegionCatalog(IServiceScopeFactory scopes) : IRegionCatalog
{
    private volatile HashSet<string>? _codes;

    public bool Contains(string code)
    {
        var codes = _codes ??= Load();
        // Regions come from the seeded Kemendagri list; an empty table means the seed has not run yet (only before
        // start-up completes), which must not be cached.
        if (codes.Count == 0)
        {
            _codes = null;
        }

        return codes.Contains(code);
    }

    private HashSet<string> Load()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        return db.Regions.AsNoTracking().Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
    }
}
