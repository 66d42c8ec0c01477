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
}
