namespace Posyandu.SharedKernel.Modules;

/// <summary>
/// Work a module needs done once at start-up, after its database is migrated and before requests are served
/// (e.g. the registry seeding Kemendagri regions). Found by scanning the module's assembly; must be idempotent.
/// </summary>
public interface IModuleStartupTask
{
    /// <summary>Tasks run in ascending order (reference data first, demo data after it).</summary>
    int Order => 0;

    Task RunAsync(CancellationToken cancellationToken);
}
