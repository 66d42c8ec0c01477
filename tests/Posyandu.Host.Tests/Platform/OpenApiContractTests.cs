using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Platform;

/// <summary>
/// The API contract as a whole, on the document the host serves (<c>/swagger/v1/swagger.json</c>, every real module):
/// the rules of Redocly's recommended ruleset that this API once broke, checked here in C# so that no test needs the
/// network; and Redocly itself where it is installed.
/// </summary>
public sealed partial class OpenApiContractTests
{
    /// <summary>Pinned, so a new Redocly release cannot change the verdict; <c>.ci/run</c> puts it into the npm cache.</summary>
    private const string Redocly = "@redocly/cli@2.77.0";

    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    private TestHost _host = null!;
    private string _json = null!;
    private JsonElement _document;

    [OneTimeSetUp]
    public async Task FetchDocument()
    {
        _host = await TestHost.StartAsync();
        using var client = _host.Client([Posyandu.SharedKernel.Security.Roles.Admin]); // outside Development the document needs a sign-in
        _json = await client.GetStringAsync("/swagger/v1/swagger.json");
        _document = JsonDocument.Parse(_json).RootElement;
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    private IEnumerable<(string Path, string Method, JsonElement Operation)> Operations() =>
        _document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => Methods.Contains(op.Name))
                .Select(op => (path.Name, op.Name, op.Value)));

    [Test]
    public void Every_operation_has_a_unique_operation_id()
    {
        var operations = Operations().ToList();
        Assert.That(operations, Has.Count.GreaterThan(50), "the document lists the modules' operations");

        var missing = operations.Where(o => !o.Operation.TryGetProperty("operationId", out _)).Select(o => $"{o.Method} {o.Path}");
        var duplicates = operations.Where(o => o.Operation.TryGetProperty("operationId", out _))
            .GroupBy(o => o.Operation.GetProperty("operationId").GetString()).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Multiple(() =>
        {
            Assert.That(missing, Is.Empty, "operations without an operationId (.WithName)");
            Assert.That(duplicates, Is.Empty, "operationIds used twice");
        });
    }

    [Test]
    public void Every_operation_declares_a_success_and_a_client_error_response()
    {
        var operations = Operations().Select(o => (Name: $"{o.Method} {o.Path}",
            Codes: o.Operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList())).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(operations.Where(o => !o.Codes.Any(c => c.StartsWith('2'))).Select(o => o.Name), Is.Empty, "without a 2xx response");
            Assert.That(operations.Where(o => !o.Codes.Any(c => c.StartsWith('4'))).Select(o => o.Name), Is.Empty, "without a 4xx response");
        });
    }

    [Test]
    public void The_document_names_its_servers()
    {
        Assert.That(_document.TryGetProperty("servers", out var servers) && servers.GetArrayLength() > 0, Is.True);
    }

    [Test]
    public void No_two_paths_differ_only_by_parameter_names()
    {
        var paths = _document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        var clashes = paths.GroupBy(p => Parameter().Replace(p, "{}")).Where(g => g.Count() > 1).Select(g => string.Join(" and ", g));

        Assert.That(clashes, Is.Empty);
    }

    [Test]
    public void Every_tag_is_described()
    {
        var tags = _document.GetProperty("tags").EnumerateArray().ToList();

        Assert.That(tags.Where(t => !t.TryGetProperty("description", out var d) || string.IsNullOrWhiteSpace(d.GetString()))
            .Select(t => t.GetProperty("name").GetString()), Is.Empty);
    }

    /// <summary>
    /// Redocly's own verdict, offline: <c>npx --offline</c> runs the pinned CLI only if it is already in the npm cache
    /// (<c>.ci/run</c> puts it there), and never downloads it during a test. Without npx or the cached CLI the test is
    /// ignored; the checks above keep the rules Redocly once found broken.
    /// </summary>
    [Test]
    public async Task Redocly_recommended_rules_find_no_error()
    {
        var file = Path.Combine(_host.DataDirectory, "swagger.json");
        await File.WriteAllTextAsync(file, _json);
        var start = new ProcessStartInfo("npx", ["--offline", "--yes", Redocly, "lint", file, "--format=summary"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _host.DataDirectory,
        };
        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("npx is not installed.");
            return;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("redocly did not finish in two minutes.");
            }

            var text = await output + await error;
            if (process.ExitCode != 0 && !text.Contains("validating", StringComparison.Ordinal))
            {
                Assert.Ignore($"{Redocly} is not in the npm cache (run: npx --yes {Redocly} --version).");
            }

            Assert.That(process.ExitCode, Is.Zero, text);
        }
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
