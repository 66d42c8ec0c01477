using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Registry.Contracts;

// The registry's facts for the sector modules, which keep their own projections of what they need.
// Ids, region codes and facts only — no NIK, with one documented exception: ResidentIdentityRecorded carries the NIK,
// the KK number and the address for Health alone, because e-PPGBM (Kemenkes' nutrition reporting) identifies a child
// by them (README, Personal data). Health is its only consumer (an architecture test holds it to that); health roles
// and health kader only see what Health builds from it; ResidentErased clears Health's copy and the stored events of
// the person are pseudonymised. Region codes are Kemendagri village codes.
// The events about a resident, a Posyandu or a kader are ISubjectEvents: consumers get each subject's facts in order.

/// <summary>A Posyandu was registered.</summary>
public sealed record PosyanduRegistered(Guid PosyanduId, string Name, string RegionCode, string RegistrationNumber) : ISubjectEvent
{
    string ISubjectEvent.Subject => $"posyandu:{PosyanduId}";
}

/// <summary>A Posyandu's name or place changed.</summary>
public sealed record PosyanduUpdated(Guid PosyanduId, string Name, string RegionCode, string RegistrationNumber) : ISubjectEvent
{
    string ISubjectEvent.Subject => $"posyandu:{PosyanduId}";
}

/// <summary>
/// A Posyandu stopped operating. <see cref="Name"/> and <see cref="RegistrationNumber"/> were added later (additive):
/// messages from before carry null there.
/// </summary>
public sealed record PosyanduDeactivated(Guid PosyanduId, string RegionCode, string? Name = null, string? RegistrationNumber = null) : ISubjectEvent
{
    string ISubjectEvent.Subject => $"posyandu:{PosyanduId}";
}

/// <summary>A kader was registered or changed: where they serve and for which sectors (no NIK or name).</summary>
public sealed record KaderRegistered(Guid KaderId, Guid PosyanduId, string RegionCode, IReadOnlyList<string> Sectors, bool Active) : ISubjectEvent
{
    string ISubjectEvent.Subject => $"kader:{KaderId}";
}

/// <summary>A household (KK) was registered at a Posyandu (no KK number).</summary>
public sealed record HouseholdRegistered(Guid HouseholdId, Guid PosyanduId, string RegionCode) : IIntegrationEvent;

/// <summary>
/// A resident was registered. <see cref="Name"/> is carried — the one exception to "no personal data in events" —
/// because the sector modules print worklists for the kader on Posyandu day (who is due for weighing or a
/// vaccine); the DPMD report ignores it. The NIK is never carried.
/// </summary>
public sealed record ResidentRegistered(
    Guid ResidentId, string Name, string Sex, DateOnly BirthDate, Guid HouseholdId, Guid PosyanduId, string RegionCode) : ISubjectEvent
{
    string ISubjectEvent.Subject => $"resident:{ResidentId}";
}

/// <summary>A resident moved to another household (and so perhaps another Posyandu or village).</summary>
public sealed record ResidentMoved(Guid ResidentId, Guid HouseholdId, Guid PosyanduId, string RegionCode) : ISubjectEvent
{
    string ISubjectEvent.Subject => $"resident:{ResidentId}";
}

/// <summary>A resident died.</summary>
public sealed record ResidentDied(Guid ResidentId, DateOnly DateOfDeath, Guid PosyanduId, string RegionCode) : ISubjectEvent
{
    string ISubjectEvent.Subject => $"resident:{ResidentId}";
}

/// <summary>A resident's record was corrected (name, sex, birth date or relation); carries the current values.</summary>
public sealed record ResidentUpdated(
    Guid ResidentId, string Name, string Sex, DateOnly BirthDate, Guid HouseholdId, Guid PosyanduId, string RegionCode) : ISubjectEvent
{
    string ISubjectEvent.Subject => $"resident:{ResidentId}";
}

/// <summary>
/// A resident's personal data was erased on the person's request or the controller's decision (UU 27/2022 art. 8,
/// 43): every module replaces the name in its copy with <see cref="ErasedName"/>. Sex, birth date and place stay —
/// they are what the aggregates count, and without name or NIK the record is pseudonymous.
/// </summary>
public sealed record ResidentErased(Guid ResidentId, Guid PosyanduId, string RegionCode) : ISubjectEvent
{
    /// <summary>What an erased resident is called everywhere (registry, replicas, the stored events).</summary>
    public const string ErasedName = "(data dihapus)";

    string ISubjectEvent.Subject => $"resident:{ResidentId}";
}

/// <summary>
/// The identifying facts of a resident, for Health only (e-PPGBM requires them; README, Personal data): the NIK (null
/// for a baby without one, and after erasure), the household's KK number, address, RT and RW, and the parents as
/// resident ids — the mother by the baby's "NIK ibu" or, for an <c>anak</c>, the woman heading the household or the
/// wife; the father the man heading it or the husband (null when the registry cannot tell). Published whenever one of
/// these may have changed: a registration, a correction, a move (also for the children of a parent who arrived or
/// left). An erasure rewrites the person's stored copies to carry no NIK, KK number or address
/// (<see cref="ResidentErased"/> then clears the consumer's copy). No other module may consume it.
/// </summary>
public sealed record ResidentIdentityRecorded(
    Guid ResidentId, string? Nik, string? NomorKk, Guid? MotherResidentId, Guid? FatherResidentId,
    string? Address, string? Rt, string? Rw, Guid HouseholdId, Guid PosyanduId, string RegionCode) : ISubjectEvent
{
    string ISubjectEvent.Subject => $"resident:{ResidentId}";

    /// <summary>The same facts with everything identifying removed (erasure).</summary>
    public ResidentIdentityRecorded Cleared() =>
        this with { Nik = null, NomorKk = null, MotherResidentId = null, FatherResidentId = null, Address = null, Rt = null, Rw = null };
}
