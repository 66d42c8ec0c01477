using System.Diagnostics;
using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.Generator;

/// <summary>One line of progress for a long step: done/total, rate and time left, redrawn twice a second.</summary>
internal sealed class ProgressBar(string step, long total) : IStepProgress
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private long _done;
    private TimeSpan _drawn = TimeSpan.FromSeconds(-1);

    public void Advance(long by = 1)
    {
        _done += by;
        if (_watch.Elapsed - _drawn >= TimeSpan.FromMilliseconds(500) || _done >= total)
        {
            Draw();
        }
    }

    public void Finish()
    {
        Draw();
        Console.WriteLine();
    }

    private void Draw()
    {
        _drawn = _watch.Elapsed;
        var share = total == 0 ? 1 : Math.Min(1.0, (double)_done / total);
        var rate = _done / Math.Max(_watch.Elapsed.TotalSeconds, 0.001);
        var left = rate > 0 ? TimeSpan.FromSeconds(Math.Max(0, total - _done) / rate) : TimeSpan.Zero;
        var bar = new string('#', (int)(share * 30)).PadRight(30, '.');
        var line = $"{step,-22} [{bar}] {share,4:P0} {_done,10:N0}/{total:N0} {rate,8:N0}/s  left {left:hh\\:mm\\:ss}";
        if (Console.IsOutputRedirected)
        {
            Console.WriteLine(line);
        }
        else
        {
            Console.Write("\r" + line);
        }
    }
}
