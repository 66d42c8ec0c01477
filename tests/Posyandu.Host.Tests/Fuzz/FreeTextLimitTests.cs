using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Fuzz;

/// <summary>
/// Issue 22 item 7, "length limits on every free text": every string a JSON request body can carry (from the
/// OpenAPI document, nested objects and list items included; not dates, ids or enums) is sent once with
/// <see cref="TooLong"/> characters in an otherwise ordinary body, and must come back as a 400 naming that field.
/// A field the API stores without a limit fails here, whoever adds it.
/// </summary>
public sealed partial class OpenApiFuzzTests
{
    /// <summary>Longer than any free text the API keeps (notes and descriptions stop at 2,000 characters).</summary>
    private const int TooLong = 10_001;

    [Test]
    public async Task Every_free_text_in_a_body_has_a_length_limit()
    {
        using var admin = _host.Client([Roles.Admin]);
        var unbounded = new List<string>();
        var checkedFields = 0;
        foreach (var operation in Operations())
        {
            if (operation.Node["requestBody"]?["content"]?["application/json"]?["schema"] is not { } schema)
            {
                continue;
            }

            var texts = new List<string>();
            var body = Ordinary(schema, "", texts, 0);
            foreach (var text in texts)
            {
                var sent = body?.DeepClone();
                Set(ref sent, text, JsonValue.Create(new string('a', TooLong)));
                var path = System.Text.RegularExpressions.Regex.Replace(operation.Path, "{([A-Za-z]+)}",
                    m => _world.Ids.GetValueOrDefault(m.Groups[1].Value) ?? Coded(m.Groups[1].Value) ?? Guid.NewGuid().ToString());
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path)
                {
                    Content = new StringContent(sent?.ToJsonString() ?? "null", Encoding.UTF8, "application/json"),
                };
                using var response = await admin.SendAsync(request);
                var answer = await response.Content.ReadAsStringAsync();
                checkedFields++;
                if (response.StatusCode != HttpStatusCode.BadRequest || !NamesField(answer, text))
                {
                    unbounded.Add($"{operation.Method} {operation.Path} {text} → {(int)response.StatusCode} {Shorten(answer)}");
                }
            }
        }

        TestContext.Out.WriteLine($"{checkedFields} free-text fields checked");
        unbounded.ForEach(TestContext.Out.WriteLine);
        Assert.That(checkedFields, Is.GreaterThan(30), "the document lists the bodies' texts");
        Assert.That(unbounded, Is.Empty);
    }

    /// <summary>Whether a validation problem has an error on the field (by its last name: validators say "note" for "step.note").</summary>
    private static bool NamesField(string answer, string field)
    {
        var leaf = field.Split('.')[^1].Replace("[0]", "", StringComparison.Ordinal);
        try
        {
            return JsonDocument.Parse(answer).RootElement.TryGetProperty("errors", out var errors)
                   && errors.EnumerateObject().Any(e => string.Equals(
                       System.Text.RegularExpressions.Regex.Replace(e.Name.Split('.')[^1], @"\[\d+\]", ""), leaf, StringComparison.OrdinalIgnoreCase));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>A plain body for the schema (one item per list), listing the paths of its free-text strings.</summary>
    private JsonNode? Ordinary(JsonNode? node, string path, List<string> texts, int depth)
    {
        var schema = Plain(node, 0);
        if (schema is null || depth > 6)
        {
            return null;
        }

        if (schema["enum"] is JsonArray members && members.Count > 0)
        {
            return members[0]?.DeepClone();
        }

        var type = schema["type"] switch
        {
            JsonValue value => value.GetValue<string>(),
            JsonArray types => types.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t is not null and not "null"),
            _ => schema.ContainsKey("properties") ? "object" : null,
        };
        switch (type)
        {
            case "object":
                var result = new JsonObject();
                foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
                {
                    result[name] = Ordinary(property, path.Length == 0 ? name : $"{path}.{name}", texts, depth + 1);
                }

                return result;
            case "array":
                return new JsonArray(Ordinary(schema["items"], $"{path}[0]", texts, depth + 1));
            case "integer" or "number":
                return JsonValue.Create(1);
            case "boolean":
                return JsonValue.Create(false);
            case "string":
                switch (schema["format"]?.GetValue<string>())
                {
                    case "uuid":
                        return JsonValue.Create(_world.Ids.GetValueOrDefault("resident") ?? Guid.NewGuid().ToString());
                    case "date":
                        return JsonValue.Create("2026-06-15");
                    case "date-time":
                        return JsonValue.Create("2026-06-15T08:00:00Z");
                    case null when Coded(path) is { } code:
                        // A code with its own format (NIK, KK, region, RT/RW, month): read by its converter or rule, not free text.
                        return JsonValue.Create(code);
                    case null:
                        texts.Add(path);
                        return JsonValue.Create("Melati");
                    default:
                        return JsonValue.Create("Melati");
                }

            default:
                return null;
        }
    }

    private static string? Coded(string path)
    {
        var name = path.Split('.')[^1].Replace("[0]", "", StringComparison.Ordinal).ToUpperInvariant();
        return name switch
        {
            _ when name.EndsWith("NIK", StringComparison.Ordinal) => "6402015708950001",
            _ when name.EndsWith("KK", StringComparison.Ordinal) => "6402010101200001",
            _ when name.EndsWith("REGIONCODE", StringComparison.Ordinal) => Posyandu.Testing.Matrix.MatrixWorld.Village,
            "RT" or "RW" => "001",
            "PERIOD" or "MONTH" => "2026-06",
            _ => null,
        };
    }

    /// <summary>The schema behind <c>$ref</c>s and a nullable's <c>oneOf</c>/<c>anyOf</c>/<c>allOf</c> (the first object-like choice).</summary>
    private JsonObject? Plain(JsonNode? node, int hops)
    {
        if (node is not JsonObject schema || hops > 10)
        {
            return null;
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return Plain(_document["components"]?["schemas"]?[reference.Split('/')[^1]], hops + 1);
        }

        return (schema["oneOf"] ?? schema["anyOf"] ?? schema["allOf"]) is JsonArray choices
            ? choices.Select(c => Plain(c, hops + 1)).FirstOrDefault(c => c is not null && c["type"]?.ToString() != "null")
            : schema;
    }

    private static void Set(ref JsonNode? root, string path, JsonNode value)
    {
        if (path.Length == 0)
        {
            root = value;
            return;
        }

        var node = root;
        var steps = path.Replace("[0]", ".[0]", StringComparison.Ordinal).TrimStart('.').Split('.');
        for (var i = 0; i < steps.Length; i++)
        {
            var last = i == steps.Length - 1;
            if (steps[i] == "[0]")
            {
                var array = node!.AsArray();
                if (last)
                {
                    array[0] = value;
                }

                node = array[0];
            }
            else
            {
                var obj = node!.AsObject();
                if (last)
                {
                    obj[steps[i]] = value;
                }

                node = obj[steps[i]];
            }
        }
    }
}
