using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Trantibumlinmas.Subscriptions;

/// <summary>Keeps the module's list of Posyandu in step with the registry's events.</summary>
internal sealed class PosyanduProjector(TrantibumlinmasDbContext db) : PosyanduReplicaProjector<TrantibumlinmasPosyandu>(db.Posyandu);
