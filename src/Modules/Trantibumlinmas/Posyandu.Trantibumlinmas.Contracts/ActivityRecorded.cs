using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Trantibumlinmas.Contracts;

/// <summary>
/// A Posyandu recorded one of the sector's activities. Ids, region code, date and facts only: no names, no free text.
/// Other modules may reference this project, never the module itself.
/// </summary>
public sealed record ActivityRecorded(Guid ActivityId, Guid PosyanduId, string RegionCode, DateOnly Date, int Participants) : IIntegrationEvent;
