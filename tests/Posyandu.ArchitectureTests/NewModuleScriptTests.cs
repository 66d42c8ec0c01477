using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Posyandu.ArchitectureTests;

/// <summary>
/// The module kit, measured: <c>tools/new-module.sh Sample</c> in a fresh copy of the repository (its tracked and
/// unignored files, committed into a new git repository) creates a module whose test project builds and passes — the
/// sample feature through real HTTP, the module in the OpenAPI document, its authorisation matrix — and touches,
/// outside its two folders, exactly the files README's "Adding a module" names. Builds a copy from scratch: a few
/// minutes (category <c>Kit</c>; <c>--filter TestCategory!=Kit</c> skips it on a developer's machine).
/// </summary>
[Category("Kit")]
public sealed partial class NewModuleScriptTests
{
    /// <summary>The files outside src/Modules/&lt;Name&gt; and tests/Posyandu.&lt;Name&gt;.Tests a new sector touches (README).</summary>
    private static readonly string[] OutsideFiles = ["Posyandu.sln", "src/Host/Hosting/PosyanduModules.cs", "src/Host/Posyandu.Host.csproj"];

    private string _copy = null!;

    [OneTimeSetUp]
    public async Task CopyTheRepository()
    {
        _copy = Directory.CreateTempSubdirectory("posyandu-kit-").FullName;
        var root = ModuleBoundaryTests.RepositoryRoot;
        var files = (await RunAsync(root, "git", "ls-files -co --exclude-standard -z")).Output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        foreach (var file in files.Where(f => File.Exists(Path.Combine(root, f))))
        {
            var target = Path.Combine(_copy, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(root, file), target);
        }

        // The projects already in the repository were analysed by the build that runs this test; in the copy only the
        // new module's projects run the analyzers (their warnings are errors, as for every module), so the copy's
        // builds compile the rest without them. Committed with the copy, so it is not a change new-module.sh made.
        var props = Path.Combine(_copy, "Directory.Build.props");
        await File.WriteAllTextAsync(props, (await File.ReadAllTextAsync(props)).Replace("</Project>", """
              <PropertyGroup Condition="!$(MSBuildProjectName.StartsWith('Posyandu.Sample'))">
                <RunAnalyzers>false</RunAnalyzers>
                <EnforceCodeStyleInBuild>false</EnforceCodeStyleInBuild>
              </PropertyGroup>
            </Project>
            """, StringComparison.Ordinal));

        await RunOkAsync("git", "init -q");
        await RunOkAsync("git", "add -A");
        await RunOkAsync("git", "-c user.name=kit -c user.email=kit@localhost commit -q -m copy");
    }

    [OneTimeTearDown]
    public void RemoveTheCopy()
    {
        try
        {
            Directory.Delete(_copy, recursive: true);
        }
        catch (IOException)
        {
            // temp is cleaned by the OS
        }
    }

    [Test]
    public async Task A_new_module_builds_passes_its_tests_and_touches_only_the_host_list_the_host_project_and_the_solution()
    {
        await RunOkAsync("bash", "tools/new-module.sh Sample");

        var changed = (await RunOkAsync("git", "status --porcelain --untracked-files=all")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l[3..].Trim('"'))
            .Where(p => !p.StartsWith("src/Modules/Sample/", StringComparison.Ordinal) && !p.StartsWith("tests/Posyandu.Sample.Tests/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        Assert.That(changed, Is.EqualTo(OutsideFiles));

        var migrations = Directory.EnumerateFiles(Path.Combine(_copy, "src/Modules/Sample/Posyandu.Sample/Persistence/Migrations"), "*_Initial.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetFileName(Path.GetDirectoryName(f))).Order(StringComparer.Ordinal);
        Assert.That(migrations, Is.EqualTo(new[] { "SqlServer", "Sqlite" }));

        await RunOkAsync("dotnet", "build tests/Posyandu.Sample.Tests -nologo -v q");
        var test = await RunOkAsync("dotnet", "test tests/Posyandu.Sample.Tests --no-build --logger console;verbosity=normal");
        Assert.That(test, Does.Contain("The_module_is_served_in_the_openapi_document"));
        Assert.That(test, Does.Contain("An_allowed_role_succeeds_inside_its_region_and_sees_nothing_outside_it"));
        Assert.That(int.Parse(Passed().Match(test).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(10));
    }

    private async Task<string> RunOkAsync(string file, string arguments)
    {
        var (code, output) = await RunAsync(_copy, file, arguments);
        Assert.That(code, Is.Zero, $"{file} {arguments}:\n{output}");
        return output;
    }

    /// <summary>Runs a command to its end (20 minutes at most: a loaded machine is slow, a hung one is not) with no build server left behind.</summary>
    private static async Task<(int Code, string Output)> RunAsync(string directory, string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        // The test host's own MSBuild settings must not leak into the nested builds.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        // Short-lived compilers and test processes: dynamic PGO would re-JIT code they do not run long enough to repay
        // (tests/Directory.Build.props).
        start.Environment["DOTNET_TieredPGO"] = "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"Passed: +(\d+)")]
    private static partial Regex Passed();
}
