using KaderEntity = Posyandu.Registry.Domain.Kader;

namespace Posyandu.Registry.Features.Kader;

public sealed record TrainingDto(string Topic, string Organiser, DateOnly Date);

/// <summary>A kader as the API shows them. The NIK is never shown back: it is only needed to keep one kader per person.</summary>
public sealed record KaderDto(
    Guid Id, string Name, string? Phone, Guid PosyanduId, IReadOnlyList<string> Sectors, bool Active, int Version, IReadOnlyList<TrainingDto> Trainings)
{
    internal static KaderDto From(KaderEntity k) => new(
        k.Id, k.Name, k.Phone, k.PosyanduId, k.SectorList, k.Active, k.Version,
        k.Trainings.OrderBy(t => t.Date).Select(t => new TrainingDto(t.Topic, t.Organiser, t.Date)).ToList());
}
