using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Registry.Contracts;
using Posyandu.Reporting.Persistence;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Platform;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Web;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Privacy;

/// <summary>
/// Erasure (UU 27/2022 art. 43) through the real pipeline: two children with records in Health, Education and Housing,
/// one registered with an Idempotency-Key and renamed once, are erased; afterwards no response, no row of any
/// module's database (replicas, stored events, the idempotency store) holds their names or NIKs, and the scorecard
/// and a rebuild of it are unchanged. Also: idempotency keys expire, and their bodies are never stored in the clear.
/// </summary>
public sealed class ErasureTests
{
    private const string Perian = "64.02.01.2001";
    private const string BabyNik = "6402015702250007";
    private const string BabyName = "Wulandari Kusumastuti";
    private const string BabyFirstName = "Wulandary Kusumastuti"; // corrected before the erasure: the old spelling must go too
    private const string ChildNik = "6402011003220007";
    private const string ChildName = "Bimasakti Prawiranegara";
    private static readonly string Month = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private TestHost _host = null!;
    private HttpClient _admin = null!;
    private Guid _baby;
    private Guid _child;
    private Guid _household;
    private object _babyBody = null!;

    [OneTimeSetUp]
    public async Task Seed()
    {
        _host = await TestHost.StartAsync();
        _admin = _host.Client([Roles.Admin]);
        var posyandu = await IdOf(await _admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Kenanga", regionCode = Perian, serviceDay = 10 }));
        _household = await IdOf(await _admin.PostJson("/api/registry/households", new { nomorKk = "6402010101200007", regionCode = Perian, posyanduId = posyandu }));
        _babyBody = new { nik = BabyNik, name = BabyFirstName, sex = "female", birthDate = "2025-02-17", householdId = _household, relation = "anak" };
        _baby = (await (await _admin.PostJson("/api/registry/residents", _babyBody, "erasure-baby")).ShouldBe<JsonElement>(HttpStatusCode.Created))
            .GetProperty("resident").GetProperty("id").GetGuid();
        _child = (await (await _admin.PostJson("/api/registry/residents", new { nik = ChildNik, name = ChildName, sex = "male", birthDate = "2022-03-10", householdId = _household, relation = "anak" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetGuid();
        var current = await _admin.GetAsync($"/api/registry/residents/{_baby}");
        using var correction = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/residents/{_baby}")
        {
            Content = JsonContent.Create(new { name = BabyName, sex = "female", birthDate = "2025-02-17", relation = "anak" }),
        };
        correction.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag!.ToString());
        (await _admin.SendAsync(correction)).EnsureSuccessStatusCode();
        await Dispatch("registry");

        using var health = _host.Client([Roles.Health], region: "64.02");
        (await health.PostJson($"/api/health/children/{_baby}/visits", new { measuredOn = "2026-11-10", weightKg = 9.6, lengthHeightCm = 78.8, measurement = "lying" })).EnsureSuccessStatusCode();
        using var education = _host.Client([Roles.Education], region: "64.02");
        (await education.PostJson($"/api/education/paud/children/{_child}/enrolments", new { institutionName = "KB Tunas Harapan", institutionType = "kb", startDate = "2026-07-13" })).EnsureSuccessStatusCode();
        using var housing = _host.Client([Roles.Housing], region: "64.02");
        (await housing.PostJson($"/api/housing/households/{_household}/assessments", new
        {
            assessedOn = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            foundation = "good", columnsAndBeams = "good", roofStructure = "good", roofMaterial = "metal", wallMaterial = "wood", floorMaterial = "earth",
            floorAreaM2 = 20.0, adequateNaturalLighting = true, adequateVentilation = true, water = "shared", latrine = "own",
        })).EnsureSuccessStatusCode();
        foreach (var module in new[] { "health", "education", "housing" })
        {
            await Dispatch(module);
        }
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _admin.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task An_erased_person_is_in_no_response_replica_stored_event_or_idempotency_record_and_the_scorecard_is_unchanged()
    {
        var traces = new[] { BabyName, BabyFirstName, BabyNik, ChildName, ChildNik };
        Assert.That(await RowsHoldingAsync("platform.db", BabyNik), Is.Empty, "the keyed registration's response is stored encrypted");
        Assert.That(await RowsHoldingAsync("health.db", BabyFirstName), Is.Empty, "the correction rewrote the replica and ...");
        Assert.That(await RowsHoldingAsync("registry.db", BabyFirstName), Is.Empty, "... the stored events");
        Assert.That(await RowsHoldingAsync("health.db", BabyName), Is.Not.Empty, "the scan sees replicas");
        var cards = await ScorecardsAsync();
        var figures = await ReportingSnapshotAsync();

        await Status(await _admin.DeleteAsync($"/api/registry/residents/{_baby}/personal-data"), HttpStatusCode.NoContent);
        await Status(await _admin.DeleteAsync($"/api/registry/residents/{_child}/personal-data"), HttpStatusCode.NoContent);
        await Dispatch("registry");

        await Status(await _admin.DeleteAsync($"/api/registry/residents/{_baby}/personal-data"), HttpStatusCode.Conflict);
        var responses = new List<string>
        {
            await (await _admin.GetAsync($"/api/registry/residents/{_baby}")).Content.ReadAsStringAsync(),
            await (await _admin.GetAsync($"/api/registry/households/{_household}")).Content.ReadAsStringAsync(),
            await (await _admin.GetAsync("/api/registry/residents/?name=Wulandari")).Content.ReadAsStringAsync(),
            await (await _admin.PostJson("/api/registry/residents", _babyBody, "erasure-baby")).Content.ReadAsStringAsync(), // the replay
        };
        Assert.That(responses[0], Does.Contain(ResidentErased.ErasedName));
        Assert.That(responses[3], Does.Contain("erased"), "the replay of the keyed registration says the person was erased");
        Assert.That(responses, Has.None.Matches<string>(r => traces.Any(t => r.Contains(t, StringComparison.Ordinal))));
        foreach (var file in Directory.GetFiles(_host.DataDirectory, "*.db"))
        {
            foreach (var trace in traces)
            {
                Assert.That(await RowsHoldingAsync(Path.GetFileName(file), trace), Is.Empty, $"{trace} in {Path.GetFileName(file)}");
            }
        }

        Assert.That(await RowsHoldingAsync("health.db", ResidentErased.ErasedName), Is.Not.Empty, "the replica keeps the erased resident (for the counts)");
        Assert.That(await ScorecardsAsync(), Is.EqualTo(cards), "the scorecard is unchanged");
        var (_, failures) = await _host.Services.GetRequiredService<ReadModelRebuilder>().RebuildAsync("reporting", CancellationToken.None);
        Assert.That(failures, Is.Empty);
        Assert.That(await ReportingSnapshotAsync(), Is.EqualTo(figures), "a rebuild from the rewritten history gives the same figures");
    }

    [Test]
    public async Task Idempotency_keys_expire_on_read_and_by_the_clean_up_job()
    {
        var body = new { name = "Posyandu Anggrek", regionCode = Perian, serviceDay = 12 };
        var first = await IdOf(await _admin.PostJson("/api/registry/posyandu", body, "expiring"));
        await Status(await _admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Dahlia", regionCode = Perian, serviceDay = 14 }, "expired"), HttpStatusCode.Created);
        await AgeKeysAsync(TimeSpan.FromHours(25), "expiring", "expired");

        var again = await _admin.PostJson("/api/registry/posyandu", body, "expiring");

        Assert.That(again.Headers.Contains("Idempotency-Replayed"), Is.False, "an expired key is new again: the request runs");
        Assert.That(await IdOf(again), Is.Not.EqualTo(first));
        await using var scope = _host.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<IdempotencyCleanupJob>().RunAsync(CancellationToken.None), Is.EqualTo(1));
        var keys = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().IdempotencyRecords.Select(r => r.Key).ToListAsync();
        Assert.That(keys, Does.Contain("erasure-baby").And.Contain("expiring").And.Not.Contain("expired"), "fresh keys stay, an expired one is deleted");
    }

    private static async Task Status(HttpResponseMessage response, HttpStatusCode status) =>
        Assert.That(response.StatusCode, Is.EqualTo(status), await response.Content.ReadAsStringAsync());

    private async Task AgeKeysAsync(TimeSpan age, params string[] keys)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var then = DateTime.UtcNow - age;
        await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().IdempotencyRecords.Where(r => keys.Contains(r.Key))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.CreatedAt, then));
    }

    /// <summary>Every live row of every table of one module's file whose any column, read as text, contains <paramref name="text"/>.</summary>
    private async Task<List<string>> RowsHoldingAsync(string file, string text)
    {
        var found = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_host.DataDirectory, file)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? null : reader.GetValue(i) is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
                    if (value?.Contains(text, StringComparison.OrdinalIgnoreCase) == true)
                    {
                        found.Add($"{table}.{reader.GetName(i)}");
                    }
                }
            }
        }

        return found;
    }

    private async Task<List<string>> ScorecardsAsync()
    {
        using var dpmd = _host.Client([Roles.Dpmd], region: "64");
        var cards = new List<string>();
        foreach (var (region, period) in new[] { (Perian, "2026-11"), (Perian, Month), ("64", "2026-11"), ("64", Month) })
        {
            cards.Add(await (await dpmd.GetAsync($"/api/reporting/scorecard?region={region}&period={period}")).Content.ReadAsStringAsync());
        }

        return cards;
    }

    private async Task<List<string>> ReportingSnapshotAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var totals = (await db.Totals.AsNoTracking().ToListAsync()).Where(t => t.Value != 0).Select(t => $"{t.Period} {t.RegionCode} {t.Metric}={t.Value}");
        var running = (await db.RunningTotals.AsNoTracking().ToListAsync()).Where(t => t.Delta != 0).Select(t => $"{t.Period} {t.RegionCode} {t.Metric} {t.Delta}");
        return totals.Concat(running).Order(StringComparer.Ordinal).ToList();
    }

    private Task<DispatchResult> Dispatch(string module) => _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(module, CancellationToken.None);

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
