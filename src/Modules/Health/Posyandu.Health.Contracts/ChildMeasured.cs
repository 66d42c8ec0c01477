using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Health.Contracts;

/// <summary>
/// An under-five was weighed or measured at a Posyandu. Carries the WHO results and the facts the DPMD report
/// counts (weighed, stunted, wasted, underweight) — ids and region only, no name or NIK.
/// </summary>
/// <param name="Period">The month of the visit, <c>yyyy-MM</c>.</param>
public sealed record ChildMeasured(
    Guid VisitId, Guid ResidentId, Guid PosyanduId, string RegionCode, string Period, DateOnly MeasuredOn, string Sex, int AgeDays,
    bool Weighed, bool LengthMeasured, double? WeightForAgeZ, double? LengthHeightForAgeZ, double? WeightForLengthHeightZ, bool Oedema,
    bool Underweight, bool Stunted, bool Wasted) : IIntegrationEvent;
