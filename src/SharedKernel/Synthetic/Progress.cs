namespace Posyandu.SharedKernel.Synthetic;

/// <summary>Progress of one step of a generation (a phase over a known number of items).</summary>
public interface IStepProgress
{
    void Advance(long by = 1);

    void Finish();
}

/// <summary>
/// Starts the progress of a step: the generator CLI draws a console bar, the host (demo data at start-up) shows
/// nothing — it logs one summary line instead — so the engine itself never writes to the console.
/// </summary>
public delegate IStepProgress ProgressFactory(string step, long total);

/// <summary>Progress nobody watches.</summary>
public sealed class NoProgress : IStepProgress
{
    private static readonly NoProgress Instance = new();

    public static ProgressFactory Factory { get; } = (_, _) => Instance;

    public void Advance(long by = 1)
    {
    }

    public void Finish()
    {
    }
}
