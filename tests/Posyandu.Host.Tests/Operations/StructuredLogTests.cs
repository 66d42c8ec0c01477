using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Posyandu.Host.Tests.Outbox;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Operations;

/// <summary>
/// Issue 24 item 4: every line logged during a request carries the request id, the user's id (the token subject,
/// not a name) and the module in its scopes — what the JSON console writes beside each line outside Development —
/// and the scopes are redacted like the messages.
/// </summary>
public sealed class StructuredLogTests
{
    private const string Nik = "6472011234567890";
    private readonly ScopeCapture _capture = new();
    private TestHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() =>
        _host = await TestHost.StartAsync(OutboxTests.AddTestModules, services: s => s.AddSingleton<ILoggerProvider>(_capture));

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task A_request_logs_with_its_request_id_user_id_and_module_and_no_personal_data()
    {
        using var client = _host.Client([Roles.Dpmd], region: "64", user: "user-7f3a");

        await client.PostJson("/api/alpha/explode", new { nik = Nik, name = "Siti Aminah" });
        // A scope that carries a number (a request path can): redacted like a message.
        var logger = _host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Test");
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestPath"] = $"/api/registry/residents/{Nik}" }))
        {
            logger.LogInformation("Looked up");
        }

        var failure = _capture.Entries.First(e => e.Scopes.GetValueOrDefault("RequestPath") == "/api/alpha/explode" && e.Scopes.ContainsKey("Module"));
        Assert.That(failure.Scopes, Does.ContainKey("RequestId"));
        Assert.That(failure.Scopes["UserId"], Is.EqualTo("user-7f3a"));
        Assert.That(failure.Scopes["Module"], Is.EqualTo("alpha"));
        Assert.That(_capture.Entries.SelectMany(e => e.Scopes.Values.Append(e.Message)), Has.None.Contains(Nik));
        Assert.That(_capture.Entries.SelectMany(e => e.Scopes.Values), Has.Some.Contains("[redacted-16-digits]"));
        Assert.That(_capture.Entries.SelectMany(e => e.Scopes.Values.Append(e.Message)), Has.None.Contains("Siti Aminah"));
    }

    /// <summary>A provider that records each line with the values of its scopes, as the JSON console reads them.</summary>
    private sealed class ScopeCapture : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<(string Message, Dictionary<string, string> Scopes)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(ScopeCapture owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                owner._scopes.ForEachScope((scope, dictionary) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                        {
                            dictionary[key] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
                        }
                    }
                }, values);
                owner.Entries.Enqueue((formatter(state, exception), values));
            }
        }
    }
}
