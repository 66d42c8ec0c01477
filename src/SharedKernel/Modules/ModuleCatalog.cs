using System.Reflection;

namespace Posyandu.SharedKernel.Modules;

/// <summary>
/// The modules the host runs, and which module owns which assembly. Shared machinery (unit of work, outbox
/// dispatch, subscriptions) uses it to find "the module this request / handler belongs to" without knowing any
/// module by name.
/// </summary>
public sealed class ModuleCatalog
{
    private readonly List<IModule> _modules = [];
    private readonly Dictionary<Assembly, IModule> _byAssembly = [];

    public IReadOnlyList<IModule> Modules => _modules;

    public ModuleCatalog Add(IModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (_modules.Any(m => m.Name == module.Name))
        {
            throw new InvalidOperationException($"Module '{module.Name}' is registered twice.");
        }

        _modules.Add(module);
        _byAssembly[module.Assembly] = module;
        return this;
    }

    public IModule? ForAssembly(Assembly assembly) => _byAssembly.GetValueOrDefault(assembly);

    public IModule ForType(Type type) =>
        ForAssembly(type.Assembly)
        ?? throw new InvalidOperationException($"{type.FullName} does not belong to a registered module.");
}
