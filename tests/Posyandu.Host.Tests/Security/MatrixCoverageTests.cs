using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Security;

/// <summary>
/// Every endpoint the host maps under /api is in some authorisation matrix. Each module declares its matrix next to
/// its own tests (<c>: AuthorizationMatrix("housing")</c> in tests/Posyandu.Housing.Tests), and that matrix fails
/// for an endpoint of its area without a sample; this test closes the gap between them: an area (the first segment
/// after /api/) with no matrix at all. It reads the test sources, so the host's tests need no reference to each
/// module's test project.
/// </summary>
public sealed partial class MatrixCoverageTests
{
    [Test]
    public async Task Every_api_area_the_host_serves_has_an_authorization_matrix()
    {
        await using var host = await TestHost.StartAsync();
        var areas = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal))
            .Select(p => p.Split('/')[2])
            .ToHashSet();

        var covered = DeclaredMatrixAreas();

        Assert.That(areas, Is.Not.Empty);
        Assert.That(areas.Except(covered), Is.Empty,
            "areas without a matrix: add `public sealed class XMatrix() : AuthorizationMatrix(\"x\")` to the module's test project");
    }

    /// <summary>The areas named by every <c>AuthorizationMatrix("…", …)</c> subclass under tests/.</summary>
    private static HashSet<string> DeclaredMatrixAreas() =>
        Directory.EnumerateFiles(Path.Combine(TestHost.RepositoryRoot, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => MatrixDeclaration().Matches(File.ReadAllText(f)))
            .SelectMany(m => Quoted().Matches(m.Groups[1].Value).Select(q => q.Groups[1].Value))
            .ToHashSet();

    [GeneratedRegex(@":\s*AuthorizationMatrix\(([^)]*)\)")]
    private static partial Regex MatrixDeclaration();

    [GeneratedRegex("\"([a-z0-9-]+)\"")]
    private static partial Regex Quoted();
}
