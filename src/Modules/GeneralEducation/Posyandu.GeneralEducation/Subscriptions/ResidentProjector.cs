using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.GeneralEducation.Subscriptions;

/// <summary>Keeps the module's copy of residents in step with the registry's events (attendance, BKB membership, training).</summary>
internal sealed class ResidentProjector(GeneralEducationDbContext db) : ResidentReplicaProjector<GeneralEducationResident>(db.Residents);
