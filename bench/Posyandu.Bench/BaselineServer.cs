using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Posyandu.Bench;

/// <summary>
/// The raw baseline: a minimal ASP.NET Core endpoint that takes the same JSON body as the child-visit endpoint and
/// does one ADO.NET insert of the same row into a SQLite file (WAL, synchronous=NORMAL, like the platform) — no
/// auth, validation, WHO calculation, outbox or audit. What the hardware gives for "HTTP + one durable insert".
/// </summary>
internal sealed class BaselineServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BaselineServer(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.First());

    public static async Task<BaselineServer> StartAsync(string folder)
    {
        var file = Path.Combine(folder, "baseline.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();
        await using (var setup = new SqliteConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var command = setup.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode=WAL;
                CREATE TABLE IF NOT EXISTS child_visits (id TEXT PRIMARY KEY, resident_id TEXT NOT NULL, measured_on TEXT NOT NULL,
                  weight_kg REAL, length_height_cm REAL, position TEXT);
                """;
            await command.ExecuteNonQueryAsync();
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var gate = new SemaphoreSlim(1, 1); // SQLite has one writer; queue here instead of spinning on busy
        app.MapPost("/children/{residentId:guid}/visits", async (Guid residentId, HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            var root = body.RootElement;
            await gate.WaitAsync();
            try
            {
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA synchronous=NORMAL; INSERT INTO child_visits VALUES ($id, $resident, $on, $weight, $length, $position)";
                command.Parameters.AddWithValue("$id", Guid.CreateVersion7().ToString());
                command.Parameters.AddWithValue("$resident", residentId.ToString());
                command.Parameters.AddWithValue("$on", root.GetProperty("measuredOn").GetString());
                command.Parameters.AddWithValue("$weight", root.GetProperty("weightKg").GetDouble());
                command.Parameters.AddWithValue("$length", root.GetProperty("lengthHeightCm").GetDouble());
                command.Parameters.AddWithValue("$position", root.GetProperty("measurement").GetString());
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                gate.Release();
            }

            return Results.Created();
        });
        await app.StartAsync();
        return new BaselineServer(app);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
