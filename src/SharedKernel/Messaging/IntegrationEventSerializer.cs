using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Posyandu.SharedKernel.Messaging;

/// <summary>The one JSON shape of integration events in outbox rows (camelCase, enums as strings).</summary>
public static class IntegrationEventSerializer
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string TypeName(Type eventType) => eventType.FullName ?? eventType.Name;

    public static string Serialize(IIntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public static IIntegrationEvent Deserialize(string payload, Type eventType) =>
        (IIntegrationEvent)(JsonSerializer.Deserialize(payload, eventType, Options)
            ?? throw new JsonException($"Empty payload for {eventType.FullName}."));

    /// <summary>Reads a stored payload; on failure <paramref name="reason"/> names the type and the JSON path, never a value.</summary>
    public static bool TryDeserialize(string payload, Type eventType, [NotNullWhen(true)] out IIntegrationEvent? integrationEvent, [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        try
        {
            integrationEvent = Deserialize(payload, eventType);
            reason = null;
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException) // a value object's constructor throws its own kinds
        {
            integrationEvent = null;
            var path = (ex as JsonException ?? ex.InnerException as JsonException)?.Path;
            reason = $"Unreadable as {eventType.Name}: {ex.GetType().Name}{(path is null ? "" : $" at {path}")}";
            return false;
        }
    }
}
