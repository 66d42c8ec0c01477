using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Health.Contracts;

/// <summary>
/// An under-five was weighed or measured at a Posyandu. Carries the WHO results and the facts the DPMD report
/// counts (weighed, stunted, wasted, underweight, N/T/B/O, 2T, BGM) — ids and region only, no name or NIK.
/// Published again, with the same <see cref="VisitId"/>, when a late earlier weighing changes the visit's trend:
/// consumers keep the latest message per visit.
/// </summary>
/// <param name="Period">The month of the visit, <c>yyyy-MM</c>.</param>
/// <param name="Trend">N, T, B or O (see the Buku KIA); null when the child was not weighed.</param>
/// <param name="TwoT">Tidak naik this month and last.</param>
/// <param name="BelowRedLine">BGM: weight-for-age below −3 SD (or oedema).</param>
/// <param name="NeedsReferral">2T, BGM, severe wasting or LiLA below 11.5 cm.</param>
/// <param name="VitaminAIu">Vitamin A capsule given at this visit (100,000 or 200,000 IU), else null.</param>
public sealed record ChildMeasured(
    Guid VisitId, Guid ResidentId, Guid PosyanduId, string RegionCode, string Period, DateOnly MeasuredOn, string Sex, int AgeDays,
    bool Weighed, bool LengthMeasured, double? WeightForAgeZ, double? LengthHeightForAgeZ, double? WeightForLengthHeightZ, bool Oedema,
    bool Underweight, bool Stunted, bool Wasted,
    string? Trend = null, bool TwoT = false, bool BelowRedLine = false, bool NeedsReferral = false, int? VitaminAIu = null) : IIntegrationEvent;
