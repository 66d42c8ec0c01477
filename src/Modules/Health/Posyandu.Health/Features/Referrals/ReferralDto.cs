namespace Posyandu.Health.Features.Referrals;

/// <summary>A referral to the puskesmas as the API shows it. Not the EF entity: the contract does not change when a column does.</summary>
public sealed record ReferralDto(
    Guid Id, Guid ResidentId, Guid PosyanduId, string RegionCode, ReferralReason ReasonCode, string Reason, string Facility, DateOnly IssuedOn, ReferralStatus Status, DateOnly? ArrivedOn, DateOnly? ClosedOn, ReferralOutcome? Outcome, string? OutcomeNote, int Version)
{
    internal static ReferralDto From(Referral r) => new(
        r.Id, r.ResidentId, r.PosyanduId, r.RegionCode, r.ReasonCode, r.Reason, r.Facility, r.IssuedOn, r.Status, r.ArrivedOn, r.ClosedOn, r.Outcome, r.OutcomeNote, r.Version);
}
