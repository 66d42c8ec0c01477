using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Posyandu.Testing;

/// <summary>
/// A logger provider that keeps every formatted line (message, structured values, exception text and the scopes
/// around it) for tests to scan, and hands each to <see cref="SuiteLog"/>, which checks the whole suite's lines.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider? _scopes;

    public IReadOnlyCollection<string> Lines => _lines;

    public string All => string.Join('\n', _lines);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(string category, CapturedLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new StringBuilder().Append(logLevel).Append(' ').Append(category).Append(": ").Append(formatter(state, exception)).Append(" | ");
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var pair in pairs)
                {
                    line.Append(pair.Key).Append('=').Append(pair.Value).Append(' ');
                }
            }

            line.Append("| ").Append(exception);
            owner._scopes?.ForEachScope(static (scope, builder) => builder.Append(" => ").Append(scope), line);
            var text = line.ToString();
            owner._lines.Enqueue(text);
            SuiteLog.Check(text);
        }
    }
}
