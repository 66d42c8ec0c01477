using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Health.Contracts;

/// <summary>A referral was closed with its outcome; <paramref name="Arrived"/> tells whether the puskesmas received the person.</summary>
/// <param name="Outcome"><c>treated</c>, <c>referredOnward</c>, <c>notAttended</c> or <c>other</c>.</param>
/// <param name="Period">The month it was closed, <c>yyyy-MM</c>.</param>
public sealed record ReferralClosed(Guid ReferralId, Guid PosyanduId, string RegionCode, string Outcome, bool Arrived, DateOnly ClosedOn, string Period)
    : IIntegrationEvent;
