namespace Posyandu.SharedKernel.Persistence;

/// <summary>
/// One module's database as registered in DI: start-up migration, health checks and the outbox dispatcher find
/// every module's DbContext through these, without knowing the modules.
/// </summary>
/// <param name="Module">The module name (also its schema and SQLite file name).</param>
/// <param name="ContextType">The module's DbContext base type, resolvable from a scope.</param>
public sealed record ModuleDatabase(string Module, Type ContextType)
{
    public ModuleDbContext Resolve(IServiceProvider services) =>
        (ModuleDbContext)(services.GetService(ContextType)
            ?? throw new InvalidOperationException($"{ContextType.Name} is not registered."));
}
