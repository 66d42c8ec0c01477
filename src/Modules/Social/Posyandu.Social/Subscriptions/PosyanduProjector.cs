using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Social.Subscriptions;

/// <summary>Keeps the module's list of Posyandu in step with the registry's events.</summary>
internal sealed class PosyanduProjector(SocialDbContext db) : PosyanduReplicaProjector<SocialPosyandu>(db.Posyandu);
