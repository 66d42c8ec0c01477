using System.Security.Cryptography;
using System.Text;

namespace Posyandu.SharedKernel.Web;

/// <summary>
/// The proof, in the module's own database, that a keyed request took effect. The key's record lives in the platform
/// database and the effect in the module's, so the two cannot commit in one transaction; instead the unit of work
/// writes an inbox row keyed by (caller, key) in the same transaction as the effect. After a crash, a retry of a
/// key left "in progress" looks for that row: there, the effect happened (and cannot happen twice: the row's key is
/// unique); absent, nothing was committed and the retry runs the request.
/// </summary>
public sealed class IdempotencyMarker
{
    /// <summary>The inbox <c>Handler</c> of the marker rows.</summary>
    public const string Handler = "Idempotency-Key";

    private readonly HashSet<string> _markedModules = new(StringComparer.Ordinal);

    /// <summary>The marker of the keyed request being served in this scope, if any.</summary>
    public Guid? Current { get; private set; }

    public static Guid For(string caller, string key) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{caller}\n{key}")).AsSpan(0, 16));

    internal void Begin(string caller, string key) => Current = For(caller, key);

    /// <summary>True the first time a command of <paramref name="module"/> saves in this request: it writes the marker.</summary>
    public bool ShouldMark(string module) => Current is not null && _markedModules.Add(module);
}
