namespace Posyandu.Generator;

/// <summary>Per-phase figures for the README's Benchmarks table: what was written, how long it took, the rate.</summary>
internal sealed class PhaseClock
{
    private readonly List<(string Phase, long Count, string Unit, TimeSpan Time)> _rows = [];

    public void Record(string phase, long count, string unit, TimeSpan time) => _rows.Add((phase, count, unit, time));

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine("| phase | written | time | rate |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (phase, count, unit, time) in _rows)
        {
            Console.WriteLine($"| {phase} | {count:N0} {unit} | {time.TotalSeconds:N1} s | {count / Math.Max(time.TotalSeconds, 0.001):N0} {unit}/s |");
        }
    }
}
