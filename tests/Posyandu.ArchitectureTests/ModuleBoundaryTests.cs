using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;
using Posyandu.Host.Hosting;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.ArchitectureTests;

/// <summary>
/// The rules between modules (README, *Architecture*), checked twice: in the project files (a reference is a breach even
/// before code uses it) and in the compiled types (NetArchTest). A module may use SharedKernel, its own Contracts
/// and other modules' Contracts; a Contracts project only SharedKernel; SharedKernel no module.
/// </summary>
public sealed partial class ModuleBoundaryTests
{
    private static readonly string Root = FindRoot();

    /// <summary>The folder holding Posyandu.sln.</summary>
    internal static string RepositoryRoot => Root;

    private static readonly IReadOnlyList<IModule> Modules = PosyanduModules.All().Modules;

    public static IEnumerable<string> ModuleProjects() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src", "Modules"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, p));

    [TestCaseSource(nameof(ModuleProjects))]
    public void A_module_project_references_only_shared_kernel_its_own_module_and_other_contracts(string project)
    {
        var name = Path.GetFileNameWithoutExtension(project);
        var module = project.Split(Path.DirectorySeparatorChar)[2];
        foreach (var reference in ProjectReferences(project))
        {
            var allowed = reference == "Posyandu.SharedKernel"
                          || (name.EndsWith(".Contracts", StringComparison.Ordinal)
                              ? reference == $"Posyandu.{module}.Contracts"
                              : reference.EndsWith(".Contracts", StringComparison.Ordinal) || reference == $"Posyandu.{module}.Contracts");
            Assert.That(allowed, Is.True, $"{name} must not reference {reference}");
        }
    }

    [Test]
    public void Shared_kernel_project_references_no_module()
    {
        var references = ProjectReferences(Path.Combine("src", "SharedKernel", "Posyandu.SharedKernel.csproj"));

        Assert.That(references, Is.Empty);
    }

    public static IEnumerable<TestCaseData> ModuleAssemblies() =>
        Modules.Select(m => m.Assembly).Distinct().Select(a => new TestCaseData(a).SetArgDisplayNames(a.GetName().Name!));

    [TestCaseSource(nameof(ModuleAssemblies))]
    public void A_module_uses_no_other_module_implementation(Assembly assembly)
    {
        // NetArchTest matches dependencies by name prefix, so "Posyandu.Registry" would also match the allowed
        // "Posyandu.Registry.Contracts": name the other modules' implementation types themselves instead.
        var others = Modules.Select(m => m.Assembly).Where(a => a != assembly).Distinct()
            .SelectMany(a => a.GetTypes()).Where(t => !t.IsNested && t.FullName is not null && !t.FullName.StartsWith('<'))
            .Select(t => t.FullName!).ToArray();
        if (others.Length == 0)
        {
            Assert.Pass("only one module");
        }

        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(others).GetResult();

        Assert.That(result.IsSuccessful, Is.True, Failing(result));
    }

    [Test]
    public void Shared_kernel_uses_no_module()
    {
        var modules = Modules.Select(m => m.Assembly.GetName().Name!).ToArray();

        var result = Types.InAssembly(typeof(ModuleCatalog).Assembly).ShouldNot().HaveDependencyOnAny(modules).GetResult();

        Assert.That(result.IsSuccessful, Is.True, Failing(result));
    }

    [TestCaseSource(nameof(ModuleAssemblies))]
    public void A_contracts_assembly_uses_only_shared_kernel(Assembly module)
    {
        var contracts = module.GetReferencedAssemblies().Where(a => a.Name!.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(Assembly.Load).Where(a => a.GetName().Name == module.GetName().Name + ".Contracts");
        foreach (var assembly in contracts)
        {
            var forbidden = assembly.GetReferencedAssemblies().Select(a => a.Name!)
                .Where(n => n.StartsWith("Posyandu.", StringComparison.Ordinal) && n != "Posyandu.SharedKernel").ToList();
            Assert.That(forbidden, Is.Empty, $"{assembly.GetName().Name} references {string.Join(", ", forbidden)}");
        }
    }

    [TestCaseSource(nameof(ModuleAssemblies))]
    public void A_module_reads_no_other_module_dbcontext(Assembly assembly)
    {
        // No module's type may mention another module's DbContext (they are internal to their assembly anyway,
        // but a public one must still not be used across modules).
        var foreignContexts = Modules.Where(m => m.Assembly != assembly)
            .SelectMany(m => m.Assembly.GetTypes())
            .Where(t => typeof(Microsoft.EntityFrameworkCore.DbContext).IsAssignableFrom(t))
            .Select(t => t.FullName!).ToArray();
        if (foreignContexts.Length == 0)
        {
            Assert.Pass("no other module has a DbContext");
        }

        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(foreignContexts).GetResult();

        Assert.That(result.IsSuccessful, Is.True, Failing(result));
    }

    /// <summary>
    /// The NIK travels in one event only, to the one sector that must report it (e-PPGBM; README, Personal data): no
    /// other module may handle <see cref="Posyandu.Registry.Contracts.ResidentIdentityRecorded"/>.
    /// </summary>
    [Test]
    public void Only_health_consumes_the_residents_identity_facts()
    {
        var handler = typeof(Posyandu.SharedKernel.Messaging.IIntegrationEventHandler<Posyandu.Registry.Contracts.ResidentIdentityRecorded>);
        var consumers = Modules.Select(m => m.Assembly).Distinct()
            .Where(a => a.GetTypes().Any(t => t.GetInterfaces().Contains(handler)))
            .Select(a => a.GetName().Name).ToList();

        Assert.That(consumers, Is.EqualTo(new[] { "Posyandu.Health" }));
    }

    private static string Failing(TestResult result) =>
        "Breaking types: " + string.Join(", ", result.FailingTypeNames ?? []);

    private static List<string> ProjectReferences(string project) =>
        ProjectReference().Matches(File.ReadAllText(Path.Combine(Root, project)))
            .Select(m => Path.GetFileNameWithoutExtension(m.Groups[1].Value.Replace('\\', '/')))
            .ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Posyandu.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Posyandu.sln not found above the test folder.");
    }

    [GeneratedRegex(@"ProjectReference\s+Include=""([^""]+)""")]
    private static partial Regex ProjectReference();
}
