using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Health.Contracts;

/// <summary>
/// A PTM screening of a resident aged 5 or more at a Posyandu, with its risk flags (null: not measured, or a cut-off
/// that does not apply at this age). No name or NIK.
/// </summary>
/// <param name="LifeStage"><c>schoolAgeAndAdolescent</c>, <c>adult</c> or <c>elderly</c>.</param>
/// <param name="Period">The month of the screening, <c>yyyy-MM</c>.</param>
public sealed record ScreeningRecorded(
    Guid ScreeningId, Guid ResidentId, Guid PosyanduId, string RegionCode, string Period, DateOnly ScreenedOn, string Sex, int AgeYears,
    string LifeStage, bool? Hypertension, bool? Obesity, bool? CentralObesity, bool? DiabetesSuspicion) : IIntegrationEvent;
