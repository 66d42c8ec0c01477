using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.PublicWorks.Subscriptions;

/// <summary>Keeps the module's list of Posyandu in step with the registry's events.</summary>
internal sealed class PosyanduProjector(PublicWorksDbContext db) : PosyanduReplicaProjector<PublicWorksPosyandu>(db.Posyandu);
