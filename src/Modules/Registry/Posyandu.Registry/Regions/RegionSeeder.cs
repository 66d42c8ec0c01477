using System.Reflection;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.Registry.Regions;

/// <summary>
/// Seeds Kemendagri regions from every CSV embedded under <c>Regions/Data</c> (<c>code,level,name,parent_code</c>):
/// inserts missing codes and renames changed ones, never deletes (records may point at a retired code).
/// </summary>
internal sealed class RegionSeeder(RegistryDbContext db) : IModuleStartupTask
{
    private const string ResourcePrefix = "Posyandu.Registry.Regions.";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var rows = ReadEmbeddedRows().ToList();
        var existing = await db.Regions.ToDictionaryAsync(r => r.Code, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Code, out var region))
            {
                db.Regions.Add(row);
                Announce(row);
            }
            else if (region.Name != row.Name)
            {
                region.Name = row.Name;
                region.SearchName = row.SearchName;
                Announce(region);
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Announce(Region region) =>
        db.Publish(new RegionRegistered(region.Code, region.Level.ToString().ToLowerInvariant(), region.Name, region.ParentCode));

    internal static IEnumerable<Region> ReadEmbeddedRows()
    {
        var assembly = typeof(RegionSeeder).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".csv", StringComparison.Ordinal)))
        {
            foreach (var region in Parse(assembly, resource))
            {
                yield return region;
            }
        }
    }

    private static IEnumerable<Region> Parse(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine();
        if (header != "code,level,name,parent_code")
        {
            throw new InvalidDataException($"{resource}: expected the header 'code,level,name,parent_code'.");
        }

        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            var parts = text.Split(',');
            if (parts.Length != 4 || !RegionCode.TryParse(parts[0], out var code, out var error))
            {
                throw new InvalidDataException($"{resource} line {line}: not a valid region row ({text}).");
            }

            yield return new Region(code.ToString(), code.Level, parts[2].Trim(), parts[3].Length == 0 ? null : parts[3]);
        }
    }
}
