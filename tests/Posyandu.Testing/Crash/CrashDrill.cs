using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Posyandu.Testing.Crash;

/// <summary>A POST retried with its <c>Idempotency-Key</c> until it has an answer; <see cref="Tag"/> finds its effect in the module's data.</summary>
public sealed record KeyedWrite(string Key, string Path, string Json, string Tag)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static KeyedWrite Of(string path, object body, string tag) => new(Guid.NewGuid().ToString(), path, JsonSerializer.Serialize(body, Web), tag);
}

public enum WriteAnswer
{
    /// <summary>2xx, run by this attempt.</summary>
    Created,

    /// <summary>2xx replayed from the key's record (an earlier attempt ran it; its answer was lost).</summary>
    Replayed,

    /// <summary>409 "Already applied.": the effect was committed by an attempt whose process died before the key completed.</summary>
    AlreadyApplied,

    /// <summary>Any other answer: the write was refused (counted as an error, never as acknowledged).</summary>
    Refused,
}

/// <param name="Interrupted">Attempts that got no answer because the host was killed (or down).</param>
public sealed record WriteOutcome(KeyedWrite Write, WriteAnswer Answer, int Status, string Body, int Interrupted)
{
    public bool Acknowledged => Answer != WriteAnswer.Refused;
}

/// <summary>
/// Writers against a <see cref="HostProcess"/> that is killed with SIGKILL and restarted under them. Each write is a
/// keyed POST sent until it has a definitive answer: an attempt cut off by a kill is sent again, with the same key,
/// to the next process; a key still "in progress" (409) is tried again until the host takes it over
/// (<c>Idempotency:InProgressTimeout</c>, set short by the caller). So every write ends acknowledged or refused, and
/// the module's data can be checked for each one: present once.
/// </summary>
public sealed class CrashDrill : IAsyncDisposable
{
    private readonly string _dataDirectory;
    private readonly IReadOnlyList<string> _hostSettings;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly Action<string>? _onHostError;
    private HostProcess? _host;
    private volatile Uri? _address;

    public CrashDrill(string dataDirectory, string bearerToken, IReadOnlyList<string> hostSettings, Action<string>? onHostError = null)
    {
        (_dataDirectory, _hostSettings, _onHostError) = (dataDirectory, hostSettings, onHostError);
        _authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
    }

    public string DataDirectory => _dataDirectory;

    public int Kills { get; private set; }

    /// <summary>Start-up time to ready of every process started.</summary>
    public List<TimeSpan> Startups { get; } = [];

    /// <summary>The running host's address (null while it is down).</summary>
    public Uri? Address => _address;

    public async Task StartAsync()
    {
        _host = await HostProcess.StartAsync(_dataDirectory, _hostSettings, _onHostError).ConfigureAwait(false);
        Startups.Add(_host.StartupTime);
        _address = _host.Address;
    }

    /// <summary>SIGKILL while the writers are sending: whatever is in flight is cut off mid-request.</summary>
    public async Task KillAsync()
    {
        await _host!.KillAsync().ConfigureAwait(false);
        _address = null;
        Kills++;
    }

    /// <summary>A client of the running host, for reads (the caller disposes it).</summary>
    public HttpClient Client() => new() { BaseAddress = _address, DefaultRequestHeaders = { Authorization = _authorization } };

    /// <summary>Sends until the write has a definitive answer (see the class summary).</summary>
    public async Task<WriteOutcome> WriteAsync(KeyedWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var interrupted = 0;
        while (true)
        {
            if (_address is not { } address)
            {
                await Task.Delay(50).ConfigureAwait(false);
                continue;
            }

            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, write.Path))
                {
                    Content = new StringContent(write.Json, Encoding.UTF8, "application/json"),
                };
                request.Headers.Authorization = _authorization;
                request.Headers.Add("Idempotency-Key", write.Key);
                using var response = await _http.SendAsync(request).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    return new WriteOutcome(write, response.Headers.Contains("Idempotency-Replayed") ? WriteAnswer.Replayed : WriteAnswer.Created, status, body, interrupted);
                }

                var (title, detail) = Problem(body);
                if (status == 409 && title == "Already applied.")
                {
                    return new WriteOutcome(write, WriteAnswer.AlreadyApplied, status, body, interrupted);
                }

                if (status == 409 && detail?.Contains("still being processed", StringComparison.Ordinal) == true)
                {
                    await Task.Delay(200).ConfigureAwait(false); // left in progress by a killed process: taken over after the timeout
                    continue;
                }

                return new WriteOutcome(write, WriteAnswer.Refused, status, body, interrupted);
            }
            catch (HttpRequestException)
            {
                interrupted++; // the process died under the request (or is down): same key, next process
                await Task.Delay(50).ConfigureAwait(false);
            }
            catch (TaskCanceledException)
            {
                interrupted++;
            }
        }
    }

    /// <summary>
    /// <paramref name="clients"/> closed-loop writers taking writes from <paramref name="next"/> until it gives null
    /// or <paramref name="stop"/> is cancelled; a write started is always finished (restart the host before stopping).
    /// </summary>
    public async Task<List<WriteOutcome>> RunWritersAsync(int clients, Func<KeyedWrite?> next, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(next);
        var outcomes = new ConcurrentBag<WriteOutcome>();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (!stop.IsCancellationRequested && next() is { } write)
            {
                outcomes.Add(await WriteAsync(write).ConfigureAwait(false));
            }
        })).ConfigureAwait(false);
        return [.. outcomes];
    }

    /// <summary>The keys the platform database holds "in progress" (read while the host is down: what a kill left).</summary>
    public HashSet<string> KeysInProgress() =>
        Query("platform.db", "SELECT \"Key\" FROM idempotency_records WHERE Completed = 0", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Runs a query on one of the data folder's SQLite files (a fresh, unpooled, read-only connection, closed at once).</summary>
    public List<T> Query<T>(string file, string sql, Func<SqliteDataReader, T> read) => TableDump.Query(Path.Combine(_dataDirectory, file), sql, read);

    private static (string? Title, string? Detail) Problem(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return (json.RootElement.TryGetProperty("title", out var t) ? t.GetString() : null,
                json.RootElement.TryGetProperty("detail", out var d) ? d.GetString() : null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }

        _http.Dispose();
    }
}
