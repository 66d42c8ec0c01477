using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<Type, IModule?> _byType = new();

    public IReadOnlyList<IModule> Modules => _modules;

    public ModuleCatalog Add(IModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (_modules.Any(m => m.Name == module.Name))
        {
            throw new InvalidOperationException($"Module '{module.Name}' is registered twice.");
        }

        _modules.Add(module);
        return this;
    }

    /// <summary>The module owning <paramref name="type"/> (a request, a handler), or null.</summary>
    public IModule? Find(Type type) =>
        _byType.GetOrAdd(type, t => _modules.SingleOrDefault(m => m.Assembly == t.Assembly && m.Owns(t)));

    public IModule ForType(Type type) =>
        Find(type) ?? throw new InvalidOperationException($"{type.FullName} does not belong to a registered module.");
}
