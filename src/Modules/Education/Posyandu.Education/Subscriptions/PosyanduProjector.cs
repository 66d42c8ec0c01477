using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Education.Subscriptions;

/// <summary>
/// Keeps Education's list of Posyandu (name, village, active) in step with the registry's events: library
/// inventories and activities are recorded against a Posyandu and fall under its village's scope.
/// </summary>
internal sealed class PosyanduProjector(EducationDbContext db) : PosyanduReplicaProjector<PosyanduSite>(db.Posyandu);
