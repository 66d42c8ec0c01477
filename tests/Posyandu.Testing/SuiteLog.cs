using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Posyandu.Testing;

/// <summary>
/// Every log line of every <see cref="TestHost"/> in this test process (message, structured values, exception and
/// scopes, as the providers receive them — after the redaction), checked as it is written for a NIK/KK-shaped number
/// and for a name registered through a test host's clients (<see cref="NameRecorder"/>). Only the offending lines are
/// kept; each test project's <see cref="SuiteLogCheck"/> fails the run on any (UU 27/2022: no NIK or name in logs).
/// </summary>
public static partial class SuiteLog
{
    private static readonly ConcurrentDictionary<string, byte> Names = new(StringComparer.Ordinal);
    private static readonly ConcurrentQueue<string> Offending = new();
    private static volatile NameSet? _snapshot;
    private static long _lines;

    public static long LinesChecked => Interlocked.Read(ref _lines);

    public static IReadOnlyCollection<string> Violations => Offending;

    /// <summary>A person's name a test registered: from now on no log line may contain it.</summary>
    public static void RegisterName(string? name)
    {
        // Only what looks like a name: the fuzzing sends "null", "x", "NaN" and "<script>" as names.
        if (name is { Length: >= 3 } && char.IsUpper(name[0]) && name.All(c => char.IsLetter(c) || c is ' ' or '\'' or '.' or '-')
            && !name.Zip(name.Skip(1)).Any(p => char.IsLower(p.First) && char.IsUpper(p.Second))
            && Names.TryAdd(name.Trim(), 0))
        {
            _snapshot = null;
        }
    }

    public static void Check(string line)
    {
        Interlocked.Increment(ref _lines);
        if (Offending.Count >= 50)
        {
            return;
        }

        if (LooksLikeNik(line))
        {
            Offending.Enqueue($"NIK/KK-shaped number: {line}");
        }
        else if (RegisteredNameIn(line) is { } name)
        {
            Offending.Enqueue($"registered name '{name}': {line}");
        }
    }

    private static bool LooksLikeNik(string line)
    {
        var digits = 0;
        foreach (var c in line)
        {
            if (char.IsAsciiDigit(c) && ++digits >= 16)
            {
                return NikShaped().IsMatch(line);
            }
        }

        return false;
    }

    private static string? RegisteredNameIn(string line)
    {
        if (Names.IsEmpty)
        {
            return null;
        }

        var snapshot = _snapshot ??= Snapshot();
        var span = line.AsSpan();
        for (var offset = 0; offset < span.Length;)
        {
            var at = span[offset..].IndexOfAny(snapshot.Values);
            if (at < 0)
            {
                return null;
            }

            var start = offset + at;
            foreach (var name in snapshot.Names)
            {
                var end = start + name.Length;
                if (span[start..].StartsWith(name, StringComparison.Ordinal)
                    && (start == 0 || !char.IsLetter(span[start - 1])) && (end == span.Length || !char.IsLetter(span[end])))
                {
                    return name;
                }
            }

            offset = start + 1;
        }

        return null;
    }

    private static NameSet Snapshot()
    {
        var names = Names.Keys.ToArray();
        return new NameSet(SearchValues.Create(names, StringComparison.Ordinal), names);
    }

    private sealed record NameSet(SearchValues<string> Values, string[] Names);

    /// <summary>16 digits, alone or in groups with a space, dot or dash between them — written independently of the redactor.</summary>
    [GeneratedRegex(@"(?<![0-9])[0-9](?:[ .\-]?[0-9]){15}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NikShaped();
}

/// <summary>
/// Derive once per test project that starts test hosts, in the project's root namespace:
/// <c>[SetUpFixture] public sealed class LogCheck : SuiteLogCheck;</c> — after the project's last test it fails on any
/// log line <see cref="SuiteLog"/> found with a NIK or a registered name.
/// </summary>
public abstract class SuiteLogCheck
{
    [OneTimeTearDown]
    public void No_log_line_of_the_suite_carries_a_nik_or_a_registered_name()
    {
        TestContext.Progress.WriteLine($"SuiteLog: {SuiteLog.LinesChecked} log lines checked for NIKs and registered names.");
        Assert.That(SuiteLog.Violations, Is.Empty, "log lines with personal data (UU 27/2022)");
    }
}

/// <summary>Tells <see cref="SuiteLog"/> the names a test host's client registers (residents, kader, pengurus).</summary>
internal sealed class NameRecorder : DelegatingHandler
{
    private static readonly string[] PersonPaths = ["/api/registry/residents", "/api/registry/kader", "/pengurus"];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.IsAbsoluteUri == true ? request.RequestUri.AbsolutePath : request.RequestUri?.OriginalString ?? "";
        if (request.Content is { } content && (request.Method == HttpMethod.Post || request.Method == HttpMethod.Put)
            && content.Headers.ContentType?.MediaType == "application/json"
            && PersonPaths.Any(p => path.StartsWith(p, StringComparison.Ordinal) || path.EndsWith(p, StringComparison.Ordinal)))
        {
            await content.LoadIntoBufferAsync(cancellationToken);
            try
            {
                using var json = JsonDocument.Parse(await content.ReadAsStringAsync(cancellationToken));
                Collect(json.RootElement);
            }
            catch (JsonException)
            {
                // malformed on purpose (the matrix, the fuzzing): nothing registered
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private static void Collect(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("name") && property.Value.ValueKind == JsonValueKind.String)
                    {
                        SuiteLog.RegisterName(property.Value.GetString());
                    }
                    else
                    {
                        Collect(property.Value);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item);
                }

                break;
        }
    }
}
