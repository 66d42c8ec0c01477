namespace Posyandu.Testing;

/// <summary>
/// The data folder a real first start leaves behind — every module's SQLite file migrated, the Kemendagri regions
/// seeded (their <c>RegionRegistered</c> events still pending, so every consumer of a new host receives them as on a
/// fresh install), the first administrator and the web client created — made once per test process and copied into
/// each new host's folder. A suite starts some sixty hosts; migrating fourteen databases and seeding 1,154 regions
/// each time was a large share of its run. The copy is what the host's own start-up wrote, and every host still runs
/// the whole start-up on it (migrations find nothing to apply, the seeder nothing to insert).
/// </summary>
internal static class FirstStartTemplate
{
    private static readonly SemaphoreSlim Lock = new(1, 1);
    private static string? _folder;

    /// <summary>
    /// Settings that shape what the first start writes (another provider or folder, the demo dataset, account or key
    /// configuration) get a real first start of their own.
    /// </summary>
    public static bool Applies(IReadOnlyDictionary<string, string?>? settings) =>
        settings is null || !settings.Keys.Any(k =>
            k.StartsWith("Database:", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("Demo:", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("Identity:", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase));

    public static async Task CopyToAsync(string target)
    {
        var source = await FolderAsync();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    private static async Task<string> FolderAsync()
    {
        if (_folder is not null)
        {
            return _folder;
        }

        await Lock.WaitAsync();
        try
        {
            if (_folder is null)
            {
                var folder = Directory.CreateTempSubdirectory("posyandu-first-start-").FullName;
                // The real first start, then a clean stop: the connections close, SQLite folds its WAL into each file.
                var host = await TestHost.StartAsync(dataDirectory: folder, firstStart: true);
                await host.StopKeepingDataAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(folder);
                _folder = folder;
            }

            return _folder;
        }
        finally
        {
            Lock.Release();
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // temp is cleaned by the OS
        }
    }
}
