using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Housing.Subscriptions;

/// <summary>Keeps Housing's copy of households (the unit a house is assessed for) in step with the registry's events.</summary>
internal sealed class HouseholdProjector(HousingDbContext db, TimeProvider time) : HouseholdReplicaProjector<HousingHousehold>(db.Households, time);

/// <summary>Keeps Housing's list of Posyandu (worklists and report rows) in step with the registry's events.</summary>
internal sealed class PosyanduProjector(HousingDbContext db) : PosyanduReplicaProjector<HousingPosyandu>(db.Posyandu);

/// <summary>Keeps Housing's copy of residents in step with the registry's events: a household's living residents are its occupants.</summary>
internal sealed class ResidentProjector(HousingDbContext db) : ResidentReplicaProjector<HousingResident>(db.Residents);
