namespace Posyandu.Host.Synthetic;

/// <summary>One phase of a generation: what was written, how long it took.</summary>
public sealed record Phase(string Name, long Count, string Unit, TimeSpan Time)
{
    public double Rate => Count / Math.Max(Time.TotalSeconds, 0.001);
}

/// <summary>Per-phase figures for the README's Benchmarks table: what was written, how long it took, the rate.</summary>
internal sealed class PhaseClock
{
    private readonly List<Phase> _rows = [];

    public IReadOnlyList<Phase> Phases => _rows;

    public void Record(string phase, long count, string unit, TimeSpan time) => _rows.Add(new Phase(phase, count, unit, time));
}
