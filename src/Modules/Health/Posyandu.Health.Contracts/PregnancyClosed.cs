using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Health.Contracts;

/// <summary>A pregnancy followed at a Posyandu ended, so a report stops counting the woman as pregnant.</summary>
/// <param name="Outcome"><c>birth</c>, <c>miscarriage</c> or <c>other</c>.</param>
/// <param name="Period">The month it ended, <c>yyyy-MM</c>.</param>
public sealed record PregnancyClosed(Guid PregnancyId, Guid ResidentId, Guid PosyanduId, string RegionCode, string Outcome, DateOnly EndedOn, string Period)
    : IIntegrationEvent;
