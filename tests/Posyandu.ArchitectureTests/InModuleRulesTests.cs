using System.Reflection;
using FluentValidation;
using MediatR;
using NetArchTest.Rules;
using Posyandu.Host.Hosting;

namespace Posyandu.ArchitectureTests;

/// <summary>
/// The rules inside a module (kgrzybek's per-module rules, generated here from the module list like the boundary
/// rules): a feature's handler and validator are internal to its module — the module's surface is its endpoints and
/// its Contracts — and the <c>Domain</c> namespace depends on nothing in the module's <c>Features</c> or
/// <c>Persistence</c>: the aggregates hold the rules, the features and the database use them, never the reverse.
/// </summary>
public sealed class InModuleRulesTests
{
    private static readonly Type[] HandlerInterfaces = [typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>)];

    public static IEnumerable<TestCaseData> ModuleAssemblies() =>
        PosyanduModules.All().Modules.Select(m => m.Assembly).Distinct().Select(a => new TestCaseData(a).SetArgDisplayNames(a.GetName().Name!));

    [TestCaseSource(nameof(ModuleAssemblies))]
    public void Handlers_and_validators_are_not_public(Assembly assembly)
    {
        var handlers = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && HandlerInterfaces.Any(t.Implements)).ToList();

        Assert.That(handlers, Is.Not.Empty, "every module has at least one feature");
        Assert.That(handlers.Where(t => t.IsVisible).Select(t => t.FullName), Is.Empty, "handlers and validators visible outside the module");
    }

    [TestCaseSource(nameof(ModuleAssemblies))]
    public void The_domain_depends_on_neither_features_nor_persistence(Assembly assembly)
    {
        var root = assembly.GetName().Name!;

        var result = Types.InAssembly(assembly).That().ResideInNamespace($"{root}.Domain")
            .ShouldNot().HaveDependencyOnAny($"{root}.Features", $"{root}.Persistence").GetResult();

        Assert.That(result.IsSuccessful, Is.True, "Breaking types: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}

internal static class TypeExtensions
{
    /// <summary>True when <paramref name="type"/> implements a closed form of the open generic <paramref name="open"/>.</summary>
    public static bool Implements(this Type type, Type open) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == open);
}
