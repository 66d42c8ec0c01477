using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Health.Contracts;

/// <summary>
/// An antenatal check of a pregnant woman at a Posyandu, with its risk flags (null: not measured) — feeds the DPMD
/// indicator of pregnant women at KEK risk per month. No name or NIK.
/// </summary>
/// <param name="Period">The month of the check, <c>yyyy-MM</c>.</param>
public sealed record AntenatalCheckRecorded(
    Guid CheckId, Guid PregnancyId, Guid ResidentId, Guid PosyanduId, string RegionCode, string Period, DateOnly CheckedOn,
    int GestationalWeeks, bool? KekRisk, bool? Anaemia, bool? Hypertension, int IronTabletsGiven) : IIntegrationEvent;
