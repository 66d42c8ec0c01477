using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Health.Contracts;

/// <summary>
/// A pregnancy was registered at a Posyandu (ILP, ibu hamil). For the DPMD report of pregnant women and those at
/// risk — ids, region and facts only, no name or NIK.
/// </summary>
/// <param name="Period">The month of registration, <c>yyyy-MM</c>.</param>
/// <param name="KekRisk">LiLA &lt; 23.5 cm at registration; null when LiLA was not measured.</param>
/// <param name="AgeRisk">4T: the mother is under 20 or over 35.</param>
public sealed record PregnancyRegistered(
    Guid PregnancyId, Guid ResidentId, Guid PosyanduId, string RegionCode, string Period, DateOnly RegisteredOn,
    int GestationalWeeks, DateOnly EstimatedDueDate, bool? KekRisk, bool AgeRisk) : IIntegrationEvent;
