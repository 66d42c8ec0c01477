using Posyandu.SharedKernel.Messaging;

namespace Posyandu.GeneralEducation.Contracts;

// Facts of community education for other modules. Ids, region codes, dates, codes and counts only: no names, no NIK,
// no free text. Topic codes and sector tags are those of the module's topic catalogue (Catalogue/topics.json).

/// <summary>
/// A community-education activity was held (its attendance recorded, or corrected): the topic and its sector tag, how
/// many registered residents came (of them from outside the Posyandu's area) and how many unregistered guests.
/// </summary>
public sealed record ActivityHeld(
    Guid ActivityId, Guid PosyanduId, string RegionCode, DateOnly Date, string Topic, string SectorTag, Guid? BkbGroupId,
    int Attendees, int AttendeesFromOutsideArea, int Guests) : IIntegrationEvent;
