using System.Collections;
using Microsoft.Extensions.Logging;

namespace Posyandu.SharedKernel.Logging;

/// <summary>
/// Wraps the real logger providers so that every message, every structured value and every exception text passes
/// through <see cref="PersonalDataRedactor"/> before any provider formats it.
/// </summary>
public sealed class RedactingLoggerProvider(ILoggerProvider inner) : ILoggerProvider, ISupportExternalScope
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void SetScopeProvider(IExternalScopeProvider scopeProvider)
    {
        if (inner is ISupportExternalScope scoped)
        {
            // Scopes are written beside every line (a JSON console's "Scopes"): a request path can carry a number too.
            scoped.SetScopeProvider(new RedactingScopeProvider(scopeProvider));
        }
    }

    /// <summary>Hands each scope to the provider redacted, as the messages are.</summary>
    private sealed class RedactingScopeProvider(IExternalScopeProvider inner) : IExternalScopeProvider
    {
        public void ForEachScope<TState>(Action<object?, TState> callback, TState state) =>
            inner.ForEachScope((scope, s) => callback(Redact(scope), s), state);

        public IDisposable Push(object? state) => inner.Push(state);

        private static object? Redact(object? scope) => scope switch
        {
            null => null,
            IEnumerable<KeyValuePair<string, object?>> pairs => new RedactedState(PersonalDataRedactor.Redact(scope.ToString()), pairs),
            _ => PersonalDataRedactor.Redact(scope.ToString()),
        };
    }

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var message = PersonalDataRedactor.Redact(formatter(state, exception));
            var redacted = new RedactedState(message, state as IEnumerable<KeyValuePair<string, object?>>);
            inner.Log(logLevel, eventId, redacted, exception is null ? null : new RedactedException(exception), static (s, _) => s.Message);
        }
    }

    /// <summary>The structured values, each rendered to text and redacted; keeps <c>{OriginalFormat}</c> for providers that group by it.</summary>
    private sealed class RedactedState : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly List<KeyValuePair<string, object?>> _values;

        public RedactedState(string message, IEnumerable<KeyValuePair<string, object?>>? values)
        {
            Message = message;
            _values = values?.Select(v => new KeyValuePair<string, object?>(
                v.Key,
                v.Value is null or bool or int or long or double or decimal or Guid ? v.Value : PersonalDataRedactor.Redact(Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)))).ToList() ?? [];
        }

        public string Message { get; }

        public int Count => _values.Count;

        public KeyValuePair<string, object?> this[int index] => _values[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => Message;
    }
}

/// <summary>An exception as the logs see it: its type, message and stack trace, redacted.</summary>
public sealed class RedactedException : Exception
{
    private readonly string _text;

    public RedactedException(Exception original)
        : base(PersonalDataRedactor.Redact(original?.Message))
    {
        _text = PersonalDataRedactor.Redact(original?.ToString());
    }

    public RedactedException()
    {
        _text = "";
    }

    public RedactedException(string message)
        : base(message)
    {
        _text = message;
    }

    public RedactedException(string message, Exception innerException)
        : base(message, innerException)
    {
        _text = message;
    }

    public override string? StackTrace => null;

    public override string ToString() => _text;
}
