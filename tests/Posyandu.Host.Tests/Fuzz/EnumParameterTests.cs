using System.Net;
using System.Text.Json.Nodes;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Fuzz;

/// <summary>
/// Issue 22 item 7, query strings and routes: an enum parameter binds by name only. Every enum-typed query or path
/// parameter the OpenAPI document lists refuses <c>3</c> and a comma list with a 400 naming it; a GET takes a name.
/// (The approvals' filter, which no production module maps yet, is tested in <c>ApprovalTests</c>.)
/// </summary>
public sealed partial class OpenApiFuzzTests
{
    [Test]
    public async Task Every_enum_parameter_refuses_a_number_and_takes_a_name()
    {
        var parameters = EnumParameters().ToList();
        var listed = parameters.Select(p => $"{p.Operation.Path} {p.Name}").ToList();
        Assert.That(listed, Has.Some.Matches<string>(p => p.EndsWith("/service-requests status", StringComparison.Ordinal)), "service requests list by status");
        TestContext.Out.WriteLine($"{parameters.Count} enum parameters: {string.Join("; ", listed)}");

        using var admin = _host.Client([Roles.Admin]);
        foreach (var (operation, name, location, members) in parameters)
        {
            foreach (var bad in new[] { "3", "-1", $"{members[0]},{members[^1]}" })
            {
                using var refused = await admin.SendAsync(Request(operation, name, location, bad));
                var problem = await refused.ShouldBeProblem(HttpStatusCode.BadRequest);
                Assert.That(problem.ErrorFields(), Does.Contain(name), $"{operation.Method} {operation.Path} {name}={bad}");
            }

            if (operation.Method == "GET")
            {
                using var taken = await admin.SendAsync(Request(operation, name, location, members[^1]));
                var body = await taken.Content.ReadAsStringAsync();
                Assert.That(taken.StatusCode == HttpStatusCode.BadRequest && body.Contains($"\"{name}\"", StringComparison.Ordinal), Is.False,
                    $"{operation.Path} takes {name}={members[^1]}: {body}");
            }
        }
    }

    private HttpRequestMessage Request(Operation operation, string name, string location, string value)
    {
        var path = operation.Path.Replace($"{{{name}}}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        path = System.Text.RegularExpressions.Regex.Replace(path, "{([A-Za-z]+)}", m => _world.Ids.GetValueOrDefault(m.Groups[1].Value) ?? Guid.NewGuid().ToString());
        return new HttpRequestMessage(new HttpMethod(operation.Method), location == "query" ? $"{path}?{name}={Uri.EscapeDataString(value)}" : path);
    }

    private IEnumerable<(Operation Operation, string Name, string Location, string[] Members)> EnumParameters()
    {
        foreach (var operation in Operations())
        {
            foreach (var parameter in operation.Node["parameters"]?.AsArray() ?? [])
            {
                var location = parameter!["in"]!.GetValue<string>();
                if (location is "query" or "path" && Members(parameter["schema"], 0) is { Length: > 0 } members)
                {
                    yield return (operation, parameter["name"]!.GetValue<string>(), location, members);
                }
            }
        }
    }

    /// <summary>The enum members of a schema, through <c>$ref</c>, <c>oneOf</c>/<c>anyOf</c>/<c>allOf</c> and array items.</summary>
    private string[]? Members(JsonNode? node, int depth)
    {
        if (node is not JsonObject schema || depth > 8)
        {
            return null;
        }

        if (schema["enum"] is JsonArray members)
        {
            return members.OfType<JsonValue>().Select(m => m.ToString()).ToArray();
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return Members(_document["components"]?["schemas"]?[reference.Split('/')[^1]], depth + 1);
        }

        var children = new[] { schema["oneOf"], schema["anyOf"], schema["allOf"] }.OfType<JsonArray>().SelectMany(a => a).Append(schema["items"]);
        return children.Select(c => Members(c, depth + 1)).FirstOrDefault(m => m is { Length: > 0 });
    }
}
