using System.Reflection;
using Bogus;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.SharedKernel.Synthetic;

/// <summary>
/// One sector's records for the generated people (the demo dataset and the generator, src/Host/Synthetic), written
/// through that module's own commands once its replica of the registry is filled. A sector plugs in by declaring one
/// internal class implementing this interface in its own folder (<c>Posyandu.Housing/Synthetic/HousingWriter.cs</c>);
/// the engine finds it in the module's assembly (<see cref="SectorWriters.Of"/>) and writes the sectors in the order
/// of the host's module list.
/// </summary>
public interface ISectorWriter
{
    /// <summary>The module written (its outbox is pumped while it is written).</summary>
    string Module { get; }

    /// <summary>
    /// The sector's own stream of seeded draws (<see cref="Sampling.For"/>): a number no other sector uses, never
    /// changed, so adding a sector or reordering the modules never shifts another sector's data.
    /// </summary>
    int Stream { get; }

    /// <summary>Writes the sector's records, showing its progress; returns what it wrote, per kind, for the summary ("of them …" kinds are subsets, not commands).</summary>
    Task<IReadOnlyList<(string Kind, long Count)>> WriteAsync(SectorWriting writing, CancellationToken ct);
}

/// <summary>What a sector writer works with: the host's services, its own seeded generator, the registered people, the window's length in months, and its progress.</summary>
public sealed record SectorWriting(IServiceProvider Services, Faker Faker, Roster Roster, int Months, ProgressFactory Progress);

public static class SectorWriters
{
    /// <summary>The sector writers of the catalog's modules, in the catalog's order.</summary>
    public static IReadOnlyList<ISectorWriter> Of(ModuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Modules
            .SelectMany(m => m.Assembly.GetTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISectorWriter).IsAssignableFrom(t) && m.Owns(t))
                .OrderBy(t => t.FullName, StringComparer.Ordinal))
            .Select(t => (ISectorWriter)Activator.CreateInstance(t, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, null, null)!)
            .ToList();
    }
}
