using Posyandu.Registry.Contracts.Replicas;

namespace Posyandu.Trantibumlinmas.Subscriptions;

/// <summary>Keeps the module's list of Posyandu (and so of the villages it serves) in step with the registry's events.</summary>
internal sealed class PosyanduProjector(TrantibumlinmasDbContext db) : PosyanduReplicaProjector<TrantibumlinmasPosyandu>(db.Posyandu);

/// <summary>Keeps the module's copy of residents in step: linmas members, reporters and requesters are residents.</summary>
internal sealed class ResidentProjector(TrantibumlinmasDbContext db) : ResidentReplicaProjector<TrantibumlinmasResident>(db.Residents);
