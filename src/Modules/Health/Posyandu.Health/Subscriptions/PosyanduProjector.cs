using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Health.Subscriptions;

/// <summary>Keeps Health's list of Posyandu (name, village) in step with the registry: the e-PPGBM export names the Posyandu.</summary>
internal sealed class PosyanduProjector(HealthDbContext db) : PosyanduReplicaProjector<HealthPosyandu>(db.Posyandu);
