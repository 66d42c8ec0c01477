using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Social.Subscriptions;

/// <summary>Keeps the module's list of Posyandu in step with the registry's events.</summary>
internal sealed class PosyanduProjector(SocialDbContext db) : PosyanduReplicaProjector<SocialPosyandu>(db.Posyandu);

/// <summary>Keeps Social's copy of households (the unit of DTSEN status and assistance) in step with the registry's events.</summary>
internal sealed class HouseholdProjector(SocialDbContext db, TimeProvider time) : HouseholdReplicaProjector<SocialHousehold>(db.Households, time);

/// <summary>Keeps Social's copy of residents in step with the registry's events (moves and deaths included).</summary>
internal sealed class ResidentProjector(SocialDbContext db) : ResidentReplicaProjector<SocialResident>(db.Residents);
