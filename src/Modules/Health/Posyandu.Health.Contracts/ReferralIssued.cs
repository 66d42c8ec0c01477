using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Health.Contracts;

/// <summary>A Posyandu referred a resident to a puskesmas. The reason code only — the free-text reason stays in Health.</summary>
/// <param name="ReasonCode">e.g. <c>giziBuruk</c>, <c>growth2T</c>, <c>bgm</c>, <c>pregnancyKek</c>, <c>hypertension</c>, <c>diabetesSuspicion</c>, <c>other</c>.</param>
/// <param name="Period">The month it was issued, <c>yyyy-MM</c>.</param>
public sealed record ReferralIssued(Guid ReferralId, Guid ResidentId, Guid PosyanduId, string RegionCode, string Period, DateOnly IssuedOn, string ReasonCode)
    : IIntegrationEvent;
