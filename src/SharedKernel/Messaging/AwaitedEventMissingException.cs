namespace Posyandu.SharedKernel.Messaging;

/// <summary>
/// Thrown by a handler when a fact it builds on has not arrived yet (a change that overtook the registration it
/// changes). The dispatcher retries it with back-off and does not let it die while <see cref="Module"/>, the module
/// that publishes the awaited event, is healthy (has no dead message of its own): the awaited event is then still
/// on its way. If that module has a dead message, the awaited event may be the dead one, and the wait counts
/// toward <see cref="OutboxOptions.MaxAttempts"/> as any failure does.
/// </summary>
public sealed class AwaitedEventMissingException : Exception
{
    public AwaitedEventMissingException(string module, string message)
        : base(message) => Module = module;

    public AwaitedEventMissingException()
    {
    }

    public AwaitedEventMissingException(string message)
        : base(message)
    {
    }

    public AwaitedEventMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The module whose event is awaited.</summary>
    public string Module { get; } = "";
}
