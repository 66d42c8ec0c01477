using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.PublicWorks.Subscriptions;

/// <summary>Keeps Dinas PU's copy of households (the unit surveyed) in step with the registry's events.</summary>
internal sealed class HouseholdProjector(PublicWorksDbContext db, TimeProvider time) : HouseholdReplicaProjector<PublicWorksHousehold>(db.Households, time);

/// <summary>Keeps Dinas PU's list of Posyandu (report rows, where reports are made) in step with the registry's events.</summary>
internal sealed class PosyanduProjector(PublicWorksDbContext db) : PosyanduReplicaProjector<PublicWorksPosyandu>(db.Posyandu);

/// <summary>Keeps Dinas PU's copy of residents in step: a household's living residents are its members; a reporter is one.</summary>
internal sealed class ResidentProjector(PublicWorksDbContext db) : ResidentReplicaProjector<PublicWorksResident>(db.Residents);
