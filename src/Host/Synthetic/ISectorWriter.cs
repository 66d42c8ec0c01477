namespace Posyandu.Host.Synthetic;

/// <summary>
/// One sector's records for the generated people, written through that module's own commands once its replica of the
/// registry is filled. Adding a sector is one class like
/// <see cref="HealthWriter"/> and one line in <see cref="Generator.Sectors"/>.
/// </summary>
internal interface ISectorWriter
{
    /// <summary>The module written (its outbox is pumped while it is written).</summary>
    string Module { get; }

    /// <summary>Writes the sector's records, showing its progress; returns what it wrote, per kind, for the summary.</summary>
    Task<IReadOnlyList<(string Kind, long Count)>> WriteAsync(Roster roster, ProgressFactory progress, CancellationToken ct);
}
