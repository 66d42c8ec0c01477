using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Education.Subscriptions;

/// <summary>Keeps Education's copy of residents in step with the registry's events.</summary>
internal sealed class ResidentProjector(EducationDbContext db) : ResidentReplicaProjector<EducationResident>(db.Residents);
