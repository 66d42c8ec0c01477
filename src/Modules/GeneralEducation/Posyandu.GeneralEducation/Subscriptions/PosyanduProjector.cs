using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.GeneralEducation.Subscriptions;

/// <summary>Keeps the module's list of Posyandu in step with the registry's events.</summary>
internal sealed class PosyanduProjector(GeneralEducationDbContext db) : PosyanduReplicaProjector<GeneralEducationPosyandu>(db.Posyandu);
