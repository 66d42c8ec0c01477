using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Health.Subscriptions;

/// <summary>Keeps Health's copy of residents in step with the registry's events.</summary>
internal sealed class ResidentProjector(HealthDbContext db) : ResidentReplicaProjector<ResidentProjection>(db.Residents);
