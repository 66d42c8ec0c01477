using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Posyandu.Testing;

namespace Posyandu.Bench;

/// <summary>
/// The real host as its own process (Release build beside this benchmark), on the embedded default over a given
/// data folder, Hangfire server running: start-up time to ready and peak RSS are the process's own.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri address, TimeSpan startup) => (_process, Address, StartupTime) = (process, address, startup);

    public Uri Address { get; }

    public TimeSpan StartupTime { get; }

    /// <summary>Peak resident set (VmHWM) so far, in MB.</summary>
    public double PeakRssMb => ReadStatusKb("VmHWM") / 1024.0;

    public static async Task<HostProcess> StartAsync(string dataDirectory, IReadOnlyList<string> extraSettings)
    {
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
            info.ArgumentList.Add(setting); // e.g. --Hangfire:Server:WorkerCount=2, to try a setting
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = Environment.GetEnvironmentVariable("BENCH_ENV") ?? "Production";
        var watch = Stopwatch.StartNew();
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"host: {e.Data}"); };
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

            try
            {
                using var response = await probe.GetAsync("/health/ready");
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

            await Task.Delay(25);
        }

        return new HostProcess(process, address, watch.Elapsed);
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
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
