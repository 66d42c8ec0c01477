using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Host.Hosting;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Operations;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Web;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Operations;

/// <summary>
/// Issue 24 item 1: a backup taken while writes run (registry, with live delivery to Health, Housing and Reporting
/// by the Hangfire server) restores into a fresh folder as a consistent platform: no consumer holds an effect whose
/// event its producer lacks, consumers re-receive what they miss, and Reporting's read models equal a rebuild from
/// the restored history. A corrupt or mismatched set is refused before anything is copied.
/// </summary>
public sealed class BackupRestoreTests
{
    private const string Perian = "64.02.01.2001";
    private static readonly string[] History = ["outbox_messages", "inbox_messages", "audit_entries", "__ef_migrations_history"];
    private string _root = null!;
    private TestHost _source = null!;
    private TestHost _restored = null!;
    private BackupManifest _manifest = null!;
    private string _backup = null!;
    private int _residentsAtBackupStart;
    private int _residentsAtEnd;

    private static Dictionary<string, string?> Settings(string root, string name) => new()
    {
        ["Database:DataDirectory"] = Path.Combine(root, name),
        ["ServiceRequests:AttachmentsDirectory"] = Path.Combine(root, name, "attachments"),
        ["Backup:Cron"] = "",
    };

    [OneTimeSetUp]
    public async Task BackUpUnderLoadAndRestore()
    {
        _root = Directory.CreateTempSubdirectory("posyandu-backup-").FullName;
        _source = await TestHost.StartAsync(settings: Settings(_root, "source"), runJobs: true, dataDirectory: Path.Combine(_root, "source"));
        // One stored document: the attachment store is part of the set.
        var document = "%PDF-1.4 surat keterangan"u8.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(document));
        var attachments = Path.Combine(_root, "source", "attachments", hash[..2]);
        Directory.CreateDirectory(attachments);
        await File.WriteAllBytesAsync(Path.Combine(attachments, hash), document);

        using var admin = _source.Client([Roles.Admin]);
        var posyandu = (await (await admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Cadangan", regionCode = Perian, serviceDay = 10 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        using var stop = new CancellationTokenSource();
        var writes = WriteAsync(admin, posyandu, stop.Token);
        await WaitForResidentsAsync(_source, 12);
        _residentsAtBackupStart = await CountAsync(_source, "registry", "residents");
        _backup = Path.Combine(_root, "backup");
        _manifest = await _source.Services.GetRequiredService<BackupService>().BackupAsync(_backup, CancellationToken.None);
        await WaitForResidentsAsync(_source, _residentsAtBackupStart + 8); // writes go on after the cut
        await stop.CancelAsync();
        await writes;
        _residentsAtEnd = await CountAsync(_source, "registry", "residents");

        var restoredData = Path.Combine(_root, "restored");
        _restored = await TestHost.StartAsync(settings: Settings(_root, "restored"), dataDirectory: restoredData,
            beforeInitialize: services => services.GetRequiredService<BackupService>().RestoreFilesAsync(_backup, CancellationToken.None));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_restored is not null) await _restored.DisposeAsync();
        if (_source is not null) await _source.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Test, Order(1)]
    public async Task The_set_is_a_consistent_cut_taken_while_writes_ran()
    {
        var modules = _source.Services.GetServices<ModuleDatabase>().Select(d => d.Module).ToList();
        Assert.That(_manifest.Modules.Select(m => m.Module), Is.EquivalentTo(modules));
        // The schema version is the newest migration the module's database has applied.
        using (var registry = Open(_source, "registry"))
        using (var newest = registry.CreateCommand())
        {
            newest.CommandText = "SELECT MAX(MigrationId) FROM __ef_migrations_history";
            Assert.That(_manifest.Modules.Single(m => m.Module == "registry").SchemaVersion,
                Is.EqualTo((string)newest.ExecuteScalar()!).And.Match(@"^\d{14}_\w+$"));
        }

        Assert.That(_manifest.Attachments.Files, Is.EqualTo(1));
        var restoredResidents = await CountAsync(_restored, "registry", "residents");
        Assert.That(restoredResidents, Is.InRange(_residentsAtBackupStart, _residentsAtEnd - 1), "the backup caught the registry mid-load");

        foreach (var entry in _manifest.Modules)
        {
            Assert.That(await ScalarAsync(_restored, entry.Module, "SELECT COALESCE(MAX(Sequence), 0) FROM outbox_messages"), Is.EqualTo(entry.LastOutboxSequence), entry.Module);
        }

        // No effect without its cause: every message a consumer applied is in its producer's restored history.
        var published = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in modules)
        {
            published.UnionWith(await ColumnAsync(_restored, module, "SELECT MessageId FROM outbox_messages"));
        }

        foreach (var module in modules)
        {
            var applied = await ColumnAsync(_restored, module, $"SELECT MessageId FROM inbox_messages WHERE Handler <> '{IdempotencyMarker.Handler}'");
            Assert.That(applied.Where(id => !published.Contains(id)), Is.Empty, $"{module} holds effects of events no producer has");
        }
    }

    [Test, Order(2)]
    public async Task After_redelivery_the_read_models_equal_a_rebuild_from_the_restored_history()
    {
        var (redelivered, failures) = await _restored.Services.GetRequiredService<InboxReconciler>().ReconcileAsync(CancellationToken.None);
        Assert.That(failures, Is.Empty);
        Assert.That(redelivered, Is.Zero, "a consistent cut leaves nothing processed that a consumer lacks");
        await BackupCommands.DeliverPendingAsync(_restored.Services);
        Assert.That(await ScalarAsync(_restored, "registry", "SELECT COUNT(*) FROM outbox_messages WHERE Status <> 1"), Is.Zero);
        var live = await DumpAsync(_restored, "reporting");
        Assert.That(live.Values.Sum(t => t.Count), Is.GreaterThan(0));

        var (_, rebuildFailures) = await _restored.Services.GetRequiredService<ReadModelRebuilder>().RebuildAsync("reporting", CancellationToken.None);

        Assert.That(rebuildFailures, Is.Empty);
        var rebuilt = await DumpAsync(_restored, "reporting");
        Assert.That(rebuilt.Keys, Is.EquivalentTo(live.Keys));
        foreach (var table in live.Keys)
        {
            Assert.That(rebuilt[table], Is.EqualTo(live[table]), table);
        }

        // Health's replica of the residents is the registry's, resident for resident.
        Assert.That(await CountAsync(_restored, "health", "residents"), Is.EqualTo(await CountAsync(_restored, "registry", "residents")));
    }

    [Test, Order(3)]
    public async Task A_consumer_restored_from_an_older_point_re_receives_what_its_inbox_lacks()
    {
        // As if Health's file came from an earlier backup: it has lost its last deliveries.
        var lost = await ExecuteAsync(_restored, "health",
            "DELETE FROM inbox_messages WHERE rowid IN (SELECT rowid FROM inbox_messages ORDER BY ProcessedAt DESC LIMIT 3)");
        Assert.That(lost, Is.EqualTo(3));

        var (redelivered, failures) = await _restored.Services.GetRequiredService<InboxReconciler>().ReconcileAsync(CancellationToken.None);

        Assert.That(failures, Is.Empty);
        Assert.That(redelivered, Is.EqualTo(3));
        Assert.That((await _restored.Services.GetRequiredService<InboxReconciler>().ReconcileAsync(CancellationToken.None)).Delivered, Is.Zero);
    }

    [Test]
    public void A_corrupt_file_in_the_set_is_refused_and_nothing_is_copied()
    {
        var copy = CopySet("corrupt");
        using (var file = File.Open(Path.Combine(copy, "registry.db"), FileMode.Open))
        {
            file.Position = file.Length / 2;
            file.WriteByte((byte)(file.ReadByte() ^ 0xFF));
        }

        var fresh = Path.Combine(_root, "fresh-corrupt");
        var error = Assert.ThrowsAsync<BackupRejectedException>(() => RestoreIntoAsync(copy, fresh));

        Assert.That(error!.Message, Does.Contain("corrupt").And.Contain("registry.db"));
        Assert.That(Directory.Exists(fresh) ? Directory.EnumerateFiles(fresh, "*.db") : [], Is.Empty);
    }

    [Test]
    public void A_set_without_one_of_the_hosts_modules_is_refused()
    {
        var copy = CopySet("mismatch");
        var manifest = _manifest with { Modules = _manifest.Modules.Where(m => m.Module != "housing").ToList() };
        File.WriteAllText(Path.Combine(copy, BackupManifest.FileName), JsonSerializer.Serialize(manifest, HttpAssertions.Json));

        var error = Assert.ThrowsAsync<BackupRejectedException>(() => RestoreIntoAsync(copy, Path.Combine(_root, "fresh-mismatch")));

        Assert.That(error!.Message, Does.Contain("does not match this host's modules").And.Contain("missing from the set: housing"));
    }

    [Test]
    public void A_data_folder_that_is_not_empty_is_refused()
    {
        var error = Assert.ThrowsAsync<BackupRejectedException>(() =>
            _restored.Services.GetRequiredService<BackupService>().RestoreFilesAsync(_backup, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("already holds"));
    }

    /// <summary>Restores through the restored host's own service, pointed at another data folder (its configuration is the host's).</summary>
    private async Task RestoreIntoAsync(string set, string data)
    {
        var host = await TestHost.StartAsync(settings: Settings(_root, Path.GetFileName(data)), dataDirectory: data,
            beforeInitialize: services => services.GetRequiredService<BackupService>().RestoreFilesAsync(set, CancellationToken.None));
        await host.DisposeAsync(); // reached only if the restore was accepted
    }

    private string CopySet(string name)
    {
        var copy = Path.Combine(_root, $"set-{name}");
        foreach (var file in Directory.EnumerateFiles(_backup, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(_backup, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    /// <summary>Households with an adult and a child, then the house's RTLH assessment once Housing knows the household.</summary>
    private static async Task WriteAsync(HttpClient client, Guid posyandu, CancellationToken stop)
    {
        var serial = 0;
        while (!stop.IsCancellationRequested)
        {
            serial++;
            var household = (await (await client.PostJson("/api/registry/households", new { nomorKk = $"640201010120{serial:D4}", regionCode = Perian, posyanduId = posyandu }))
                .ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            (await client.PostJson("/api/registry/residents", new { nik = $"640201150590{serial:D4}", name = "Budi", sex = "male", birthDate = "1990-05-15", householdId = household, relation = "kepala-keluarga" })).EnsureSuccessStatusCode();
            (await client.PostJson("/api/registry/residents", new { nik = $"640201100325{serial:D4}", name = "Adi", sex = "male", birthDate = "2025-03-10", householdId = household, relation = "anak" })).EnsureSuccessStatusCode();
            for (var attempt = 0; attempt < 40 && !stop.IsCancellationRequested; attempt++)
            {
                var assessed = await client.PostJson($"/api/housing/households/{household}/assessments", new
                {
                    assessedOn = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    foundation = "good", columnsAndBeams = "good", roofStructure = "good", roofMaterial = "metal", wallMaterial = "wood",
                    floorMaterial = serial % 2 == 0 ? "earth" : "ceramic",
                    floorAreaM2 = 40.0, adequateNaturalLighting = true, adequateVentilation = true, water = "shared", latrine = "own",
                });
                if (assessed.StatusCode == HttpStatusCode.Created)
                {
                    break;
                }

                await Task.Delay(50, CancellationToken.None); // Housing has not received the household yet
            }
        }
    }

    private static async Task WaitForResidentsAsync(TestHost host, int count)
    {
        for (var i = 0; i < 600 && await CountAsync(host, "registry", "residents") < count; i++)
        {
            await Task.Delay(50);
        }
    }

    private static async Task<int> CountAsync(TestHost host, string module, string table) =>
        (int)await ScalarAsync(host, module, $"SELECT COUNT(*) FROM {table}");

    private static SqliteConnection Open(TestHost host, string module)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, module + ".db")};Pooling=False");
        connection.Open();
        return connection;
    }

    private static Task<long> ScalarAsync(TestHost host, string module, string sql)
    {
        using var connection = Open(host, module);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Task.FromResult(Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    private static Task<int> ExecuteAsync(TestHost host, string module, string sql)
    {
        using var connection = Open(host, module);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Task.FromResult(command.ExecuteNonQuery());
    }

    private static Task<List<string>> ColumnAsync(TestHost host, string module, string sql)
    {
        using var connection = Open(host, module);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return Task.FromResult(values);
    }

    /// <summary>Every row of every table of the module but its history and audit, as sorted text.</summary>
    private static async Task<Dictionary<string, List<string>>> DumpAsync(TestHost host, string module)
    {
        var tables = (await ColumnAsync(host, module, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
            .Where(t => !History.Contains(t)).ToList();
        var dump = new Dictionary<string, List<string>>();
        using var connection = Open(host, module);
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
            }

            rows.Sort(StringComparer.Ordinal);
            dump[table] = rows;
        }

        return dump;
    }
}
