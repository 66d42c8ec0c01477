using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Posyandu.Testing;

/// <summary>
/// The real host as its own process (the Posyandu.Host build beside the caller), on the embedded default over a given
/// data folder, Hangfire server running: start-up time to ready and peak RSS are the process's own, and it can be
/// killed with SIGKILL (<see cref="KillAsync"/>) — no shutdown hook, no flush, what a power cut or the OOM killer does.
/// Used by the benchmarks and by the tests that need a process to die (idempotency after a kill, two hosts).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(3);
    private readonly Process _process;

    private HostProcess(Process process, Uri address, TimeSpan startup) => (_process, Address, StartupTime) = (process, address, startup);

    public Uri Address { get; }

    public TimeSpan StartupTime { get; }

    /// <summary>Peak resident set (VmHWM) so far, in MB.</summary>
    public double PeakRssMb => ReadStatusKb("VmHWM") / 1024.0;

    /// <summary>Resident set now (VmRSS), in MB.</summary>
    public double RssMb => ReadStatusKb("VmRSS") / 1024.0;

    /// <summary>The process id (for <c>perf record -p</c>).</summary>
    public int Id => _process.Id;

    /// <summary>
    /// CPU time the host has used so far, user + system (utime + stime of <c>/proc/&lt;pid&gt;/stat</c>): what a
    /// benchmark on a loaded machine can still compare, where wall time depends on everyone else's work.
    /// </summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <param name="extraSettings">Host arguments, e.g. <c>--Hangfire:Server:WorkerCount=2</c>.</param>
    /// <param name="onError">Each line the host writes to stderr (default: the console's stderr, prefixed).</param>
    public static async Task<HostProcess> StartAsync(string dataDirectory, IReadOnlyList<string> extraSettings, Action<string>? onError = null)
    {
        ArgumentNullException.ThrowIfNull(extraSettings);
        var port = FreePort();
        var host = Path.Combine(AppContext.BaseDirectory, "Posyandu.Host.dll");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(host);
        foreach (var (key, value) in new Dictionary<string, string?>(TestTokens.Settings)
                 {
                     ["urls"] = $"http://127.0.0.1:{port}",
                     ["Database:DataDirectory"] = dataDirectory,
                     ["Logging:LogLevel:Default"] = "Warning",
                 })
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        foreach (var setting in extraSettings)
        {
            info.ArgumentList.Add(setting);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = Environment.GetEnvironmentVariable("BENCH_ENV") ?? "Production";
        // A test process runs without dynamic PGO (tests/Directory.Build.props), and so does the host it starts; a
        // benchmark keeps the host's own runtime settings.
        if (AppContext.GetData("System.Runtime.TieredPGO") is false or "false")
        {
            info.Environment["DOTNET_TieredPGO"] = "0";
        }

        onError ??= line => Console.Error.WriteLine($"host: {line}");
        var watch = Stopwatch.StartNew();
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) onError(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = new Uri($"http://127.0.0.1:{port}");
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode} before it was ready.");
            }

            if (watch.Elapsed > ReadyTimeout)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The host was not ready after {ReadyTimeout}.");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri("/health/ready", UriKind.Relative)).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(25).ConfigureAwait(false);
        }

        return new HostProcess(process, address, watch.Elapsed);
    }

    /// <summary>SIGKILL (what <see cref="Process.Kill(bool)"/> sends on Linux), then waits until the process is gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().ConfigureAwait(false);
    }

    private long ReadStatusKb(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(':', StringSplitOptions.TrimEntries)[1].Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync().ConfigureAwait(false);
        _process.Dispose();
    }
}
