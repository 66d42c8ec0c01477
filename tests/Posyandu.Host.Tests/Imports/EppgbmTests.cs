using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Health.Persistence;
using Posyandu.Registry.Persistence;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Imports;

/// <summary>
/// e-PPGBM (issue 23) through the real pipeline: the registry's identity facts reach Health's replica (and leave it on
/// erasure); the e-PPGBM import matches children by NIK or by name + birth date + mother, reviews uncertain matches,
/// rejects unknown children and bad values, and commits the good rows once; a kader of another sector is refused; and
/// the acceptance line — an e-PPGBM export imported into a second, empty host with the same children registered gives
/// the same measurements.
/// </summary>
public sealed partial class EppgbmTests
{
    private const string Village = "64.02.01.2001";
    private const string Header =
        "No KK;NIK Anak;Nama Anak;Tanggal Lahir;Jenis Kelamin;Anak Ke;BB Lahir (kg);PB Lahir (cm);NIK Ayah;Nama Ayah;NIK Ibu;Nama Ibu;Alamat;RT;RW;Posyandu;Bulan;Tanggal Pengukuran;Berat (kg);Tinggi (cm);Cara Ukur;Lingkar Kepala (cm);LiLA (cm)";

    private static readonly string FatherNik = Nik(4, 4, 1988, female: false, 1);
    private static readonly string MotherNik = Nik(5, 5, 1990, female: true, 2);
    private static readonly string ChildNik = Nik(10, 3, 2023, female: false, 3);
    private static readonly string Mother2Nik = Nik(6, 6, 1992, female: true, 4);

    private TestHost _a = null!;
    private TestHost _b = null!;
    private Family _familyA = null!;
    private Family _familyB = null!;

    /// <summary>The seeded people of one host: two households in one Posyandu.</summary>
    private sealed record Family(Guid Posyandu, Guid Household, Guid Father, Guid Mother, Guid Child, Guid Baby, Guid Mother2, Guid Daughter);

    [OneTimeSetUp]
    public async Task Start()
    {
        _a = await TestHost.StartAsync(runJobs: true);
        _b = await TestHost.StartAsync(runJobs: true);
        _familyA = await SeedAsync(_a);
        _familyB = await SeedAsync(_b);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_a is not null) await _a.DisposeAsync();
        if (_b is not null) await _b.DisposeAsync();
    }

    [Test]
    public async Task The_identity_replica_follows_registration_correction_and_erasure()
    {
        var f = _familyA;
        var child = await IdentityAsync(_a, f.Child);
        Assert.That((child!.Nik, child.NomorKk, child.MotherResidentId, child.FatherResidentId, child.Rt), Is.EqualTo((ChildNik, Kk(1), f.Mother, f.Father, "003")));
        var baby = await IdentityAsync(_a, f.Baby);
        Assert.That((baby!.Nik, baby.MotherResidentId), Is.EqualTo(((string?)null, f.Mother)), "a baby without NIK: the mother by NIK ibu");

        using var admin = _a.Client([Roles.Admin]);
        // Registered after the daughter: her arrival as the wife gives the daughter a mother.
        var household = await HouseholdAsync(admin, f.Posyandu, 9);
        var daughter = await ResidentAsync(admin, household, Nik(1, 2, 2024, true, 9), "Sekar Ayu", "female", "2024-02-01", "anak");
        var mother = await ResidentAsync(admin, household, Nik(7, 7, 1994, true, 10), "Ratna Sari", "female", "1994-07-07", "istri");
        await DeliverAsync(_a);
        Assert.That((await IdentityAsync(_a, daughter))!.MotherResidentId, Is.EqualTo(mother));

        // A correction of the relation (no longer the wife) takes her away as the mother.
        (await admin.PutAsJsonAsync($"/api/registry/residents/{mother}", new { name = "Ratna Sari", sex = "female", birthDate = "1994-07-07", relation = "famili-lain" })).EnsureSuccessStatusCode();
        await DeliverAsync(_a);
        Assert.That((await IdentityAsync(_a, daughter))!.MotherResidentId, Is.Null);

        // Erasure: Health's copy and the stored events lose the NIK, KK and address.
        var nik = Nik(7, 7, 1994, true, 10);
        Assert.That(await RegistryEventsHoldingAsync(_a, nik), Is.GreaterThan(0));
        (await admin.DeleteAsync($"/api/registry/residents/{mother}/personal-data")).EnsureSuccessStatusCode();
        await DeliverAsync(_a);
        var erased = await IdentityAsync(_a, mother);
        Assert.That((erased!.Nik, erased.NomorKk, erased.Address), Is.EqualTo(((string?)null, (string?)null, (string?)null)));
        Assert.That(await RegistryEventsHoldingAsync(_a, nik), Is.Zero, "the stored identity events are pseudonymised");
    }

    [Test]
    public async Task The_dry_run_matches_reviews_and_rejects_rows_and_the_commit_imports_the_good_rows_once()
    {
        var f = _familyA;
        using var health = _a.Client([Roles.Health], region: "64.02");
        var file = string.Join("\n",
            Header,
            Row(nik: ChildNik, name: "Bima Saputra", birth: "2023-03-10", sex: "L", on: "2026-11-10", weight: "12.5", height: "90.1", position: "berdiri"),             // 2 by NIK
            Row(nik: null, name: "Bayi Lestari", birth: "2026-03-15", sex: "P", on: "2026-11-10", weight: "7.2", height: "65", position: "terlentang", motherNik: MotherNik), // 3 name + birth + mother's NIK
            Row(nik: null, name: "Putri Lestar", birth: "2024-05-05", sex: "P", on: "2026-11-10", weight: "11", motherName: "Wati Lestari"),                        // 4 similar name: review
            Row(nik: null, name: "Anak Tak Dikenal", birth: "2023-01-01", sex: "L", on: "2026-11-10", weight: "11"),                                                // 5 unknown
            Row(nik: ChildNik, name: "Bima Saputra", birth: "2023-03-10", sex: "L", on: "2026-11-11", weight: "abc"),                                               // 6 bad value
            Row(nik: null, name: "Putri Lestari", birth: "2024-05-05", sex: "P", on: "2026-11-12", weight: "11", arm: "14", motherName: "wati  lestari"));           // 7 name + birth + mother's name
        var job = await UploadAsync(health, file);
        await DryRunAsync(health, job);
        var invalid = await RowsAsync(health, job, "invalid");
        Assert.That(invalid.Keys, Is.EquivalentTo(new[] { 4, 5, 6 }), string.Join(" | ", invalid.Select(r => $"{r.Key}: {string.Join(", ", r.Value)}")));
        Assert.That(invalid[4], Has.Some.Matches<(string Field, string Message)>(e => e.Field == "idAnak" && e.Message.Contains(f.Daughter.ToString(), StringComparison.Ordinal)),
            "the review list names the candidate's resident id");
        Assert.That(invalid[5], Has.Some.Matches<(string Field, string Message)>(e => e.Field == "namaAnak" && e.Message.Contains("tidak ditemukan", StringComparison.Ordinal)));
        Assert.That(invalid[6], Has.Some.Matches<(string Field, string Message)>(e => e.Field == "berat"));
        Assert.That((await RowsAsync(health, job, "valid")).Keys, Is.EquivalentTo(new[] { 2, 3, 7 }));

        var before = await VisitsAsync(_a);
        (await health.PostAsync($"/api/imports/{job}/commit", null)).EnsureSuccessStatusCode();
        var done = await UntilAsync(health, job, "committed");
        Assert.That(done.GetProperty("importedRows").GetInt32(), Is.EqualTo(3));
        var added = (await VisitsAsync(_a)).Where(v => before.All(b => b.Id != v.Id)).ToList();
        Assert.That(added.Select(v => (v.ResidentId, v.MeasuredOn)), Is.EquivalentTo(new[]
        {
            (f.Child, new DateOnly(2026, 11, 10)), (f.Baby, new DateOnly(2026, 11, 10)), (f.Daughter, new DateOnly(2026, 11, 12)),
        }));
        Assert.That(added.Single(v => v.ResidentId == f.Child).WeightForAgeZ, Is.Not.Null, "the WHO z-scores are computed as for the API");

        // The same file again: every good row is a duplicate of Health's data; the reviewed row settles with ID Anak.
        var again = await UploadAsync(health, file);
        await DryRunAsync(health, again);
        Assert.That((await RowsAsync(health, again, "valid")).Keys, Is.Empty);
        var settled = await UploadAsync(health, Header + ";ID Anak\n" +
            Row(nik: null, name: "Putri Lestar", birth: "2024-05-05", sex: "P", on: "2026-11-20", weight: "11", motherName: "Wati Lestari") + ";" + f.Daughter);
        await DryRunAsync(health, settled);
        Assert.That((await RowsAsync(health, settled, "valid")).Keys, Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public async Task A_kader_of_another_sector_cannot_import_or_export_eppgbm()
    {
        using var education = _a.Client([Roles.Kader], region: Village, posyandu: _familyA.Posyandu, sectors: [Roles.Education]);
        var types = await education.GetFromJsonAsync<JsonElement>("/api/imports/types");
        Assert.That(types.EnumerateArray().Select(t => t.GetProperty("name").GetString()), Does.Not.Contain("health-eppgbm"));
        using var content = new StringContent(Header + "\n" + Row(ChildNik, "Bima Saputra", "2023-03-10", "L", "2026-11-10", "12"), Encoding.UTF8, "text/csv");
        await (await education.PostAsync("/api/imports/types/health-eppgbm/files?fileName=e.csv", content)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await education.GetAsync($"/api/health/eppgbm/measurements?region={Village}&period=2026-11")).ShouldBeProblem(HttpStatusCode.Forbidden);

        using var kader = _a.Client([Roles.Kader], region: Village, posyandu: _familyA.Posyandu, sectors: [Roles.Health]);
        var offered = (await kader.GetFromJsonAsync<JsonElement>("/api/imports/types")).EnumerateArray().Single(t => t.GetProperty("name").GetString() == "health-eppgbm");
        Assert.That((offered.GetProperty("sector").GetString(), offered.GetProperty("sheet").GetString()), Is.EqualTo(("health", "e-PPGBM")));
    }

    /// <summary>The acceptance line: export host A's October, import it into host B (same children, no measurements), compare.</summary>
    [Test]
    public async Task An_eppgbm_export_imported_into_an_empty_host_gives_the_same_measurements()
    {
        var f = _familyA;
        using var healthA = _a.Client([Roles.Health], region: "64.02");
        foreach (var (child, body) in new (Guid, object)[]
                 {
                     (f.Child, new { measuredOn = "2026-10-10", weightKg = 12.3, lengthHeightCm = 89.4, measurement = "standing", headCircumferenceCm = 48.5, armCircumferenceCm = 15.2 }),
                     (f.Baby, new { measuredOn = "2026-10-10", weightKg = 6.9, lengthHeightCm = 63.2, measurement = "lying" }),
                     (f.Daughter, new { measuredOn = "2026-10-11", weightKg = 10.8, lengthHeightCm = 82.0, measurement = "standing" }),
                     (f.Daughter, new { measuredOn = "2026-10-25", weightKg = 11.0 }),
                 })
        {
            (await healthA.PostJson($"/api/health/children/{child}/visits", body)).EnsureSuccessStatusCode();
        }

        var export = await healthA.GetAsync($"/api/health/eppgbm/measurements?region={Village}&period=2026-10&format=xlsx");
        Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.OK), await export.Content.ReadAsStringAsync());
        var bytes = await export.Content.ReadAsByteArrayAsync();
        var csv = await healthA.GetStringAsync($"/api/health/eppgbm/measurements?region={Village}&period=2026-10&posyanduId={f.Posyandu}&format=csv");
        Assert.That(csv.TrimStart('\uFEFF').Split('\n')[0].TrimEnd('\r'), Is.EqualTo(Header), "the export's headers are the import's layout");
        Assert.That(csv, Does.Contain(ChildNik).And.Contain(MotherNik).And.Contain(FatherNik).And.Contain(Kk(1)));
        Assert.That(await ExportAuditedAsync(_a, f.Child), Is.True, "the export is audited as a read of every child listed");

        using var healthB = _b.Client([Roles.Health], region: "64.02");
        using var upload = new ByteArrayContent(bytes);
        var job = (await (await healthB.PostAsync("/api/imports/types/health-eppgbm/files?fileName=eppgbm-2026-10.xlsx", upload)).ShouldBe<JsonElement>(HttpStatusCode.Created))
            .GetProperty("id").GetString()!;
        await DryRunAsync(healthB, job);
        Assert.That(await RowsAsync(healthB, job, "invalid"), Is.Empty);
        (await healthB.PostAsync($"/api/imports/{job}/commit", null)).EnsureSuccessStatusCode();
        await UntilAsync(healthB, job, "committed");

        var names = new Dictionary<Guid, string> { [f.Child] = "child", [f.Baby] = "baby", [f.Daughter] = "daughter" };
        var namesB = new Dictionary<Guid, string> { [_familyB.Child] = "child", [_familyB.Baby] = "baby", [_familyB.Daughter] = "daughter" };
        var expected = (await VisitsAsync(_a)).Where(v => v.MeasuredOn.Month == 10).Select(v => Measurement(v, names)).OrderBy(m => m).ToList();
        var actual = (await VisitsAsync(_b)).Select(v => Measurement(v, namesB)).OrderBy(m => m).ToList();
        Assert.That(expected, Has.Count.EqualTo(4));
        Assert.That(actual, Is.EqualTo(expected));
    }

    private static string Measurement(Health.Domain.ChildVisit v, Dictionary<Guid, string> names) =>
        string.Join('|', names[v.ResidentId], v.MeasuredOn, v.WeightKg, v.LengthHeightCm, v.Position, v.HeadCircumferenceCm, v.ArmCircumferenceCm,
            v.WeightForAgeZ, v.LengthHeightForAgeZ, v.WeightForLengthHeightZ, v.Trend);

    private static async Task<Family> SeedAsync(TestHost host)
    {
        using var admin = host.Client([Roles.Admin]);
        var posyandu = Guid.Parse((await (await admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Melati e-PPGBM", regionCode = Village, serviceDay = 10 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetString()!);
        var household = await HouseholdAsync(admin, posyandu, 1);
        var father = await ResidentAsync(admin, household, FatherNik, "Agus Saputra", "male", "1988-04-04", "kepala-keluarga");
        var mother = await ResidentAsync(admin, household, MotherNik, "Dewi Lestari", "female", "1990-05-05", "istri");
        var child = await ResidentAsync(admin, household, ChildNik, "Bima Saputra", "male", "2023-03-10", "anak");
        var baby = await ResidentAsync(admin, household, null, "Bayi Lestari", "female", "2026-03-15", "anak", nikIbu: MotherNik);
        var household2 = await HouseholdAsync(admin, posyandu, 2);
        var mother2 = await ResidentAsync(admin, household2, Mother2Nik, "Wati Lestari", "female", "1992-06-06", "kepala-keluarga");
        var daughter = await ResidentAsync(admin, household2, Nik(5, 5, 2024, true, 5), "Putri Lestari", "female", "2024-05-05", "anak");
        await DeliverAsync(host);
        return new Family(posyandu, household, father, mother, child, baby, mother2, daughter);
    }

    private static async Task<Guid> HouseholdAsync(HttpClient admin, Guid posyandu, int serial) =>
        Guid.Parse((await (await admin.PostJson("/api/registry/households", new { nomorKk = Kk(serial), address = $"Jl. Melati {serial}", rt = "003", rw = "001", regionCode = Village, posyanduId = posyandu }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetString()!);

    private static async Task<Guid> ResidentAsync(HttpClient admin, Guid household, string? nik, string name, string sex, string birthDate, string relation, string? nikIbu = null) =>
        Guid.Parse((await (await admin.PostJson("/api/registry/residents", new { nik, nikIbu, name, sex, birthDate, householdId = household, relation }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetString()!);

    /// <summary>Delivers the registry's events until none is left (the host's own dispatch job may be delivering too).</summary>
    private static async Task DeliverAsync(TestHost host)
    {
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        for (var started = DateTime.UtcNow; DateTime.UtcNow - started < TimeSpan.FromSeconds(30); await Task.Delay(50))
        {
            await dispatcher.DispatchAsync("registry", CancellationToken.None);
            await using var scope = host.Services.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().OutboxMessages.AnyAsync(m => m.ProcessedAt == null))
            {
                return;
            }
        }

        Assert.Fail("the registry's events were not delivered within 30 s");
    }

    private static async Task<Health.Domain.ResidentIdentity?> IdentityAsync(TestHost host, Guid resident)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HealthDbContext>().ResidentIdentities.AsNoTracking().SingleOrDefaultAsync(i => i.ResidentId == resident);
    }

    private static async Task<List<Health.Domain.ChildVisit>> VisitsAsync(TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HealthDbContext>().Visits.AsNoTracking().ToListAsync();
    }

    private static async Task<int> RegistryEventsHoldingAsync(TestHost host, string text)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().OutboxMessages.CountAsync(m => m.Payload.Contains(text));
    }

    private static async Task<bool> ExportAuditedAsync(TestHost host, Guid child)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var id = child.ToString();
        return await scope.ServiceProvider.GetRequiredService<HealthDbContext>().AuditEntries
            .AnyAsync(a => a.Entity == "EppgbmExport" && a.Subjects != null && a.Subjects.Contains(id));
    }

    private static string Row(string? nik, string name, string birth, string sex, string on, string? weight, string? height = null, string? position = null,
        string? motherNik = null, string? motherName = null, string? arm = null) =>
        string.Join(';', "", nik, name, birth, sex, "", "", "", "", "", motherNik, motherName, "", "", "", "", on[..7], on, weight, height, position, "", arm);

    private static async Task<string> UploadAsync(HttpClient client, string csv)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        return (await (await client.PostAsync("/api/imports/types/health-eppgbm/files?fileName=eppgbm.csv", content)).ShouldBe<JsonElement>(HttpStatusCode.Created))
            .GetProperty("id").GetString()!;
    }

    private static async Task DryRunAsync(HttpClient client, string job)
    {
        (await client.PostAsJsonAsync($"/api/imports/{job}/dry-run", new { })).EnsureSuccessStatusCode();
        await UntilAsync(client, job, "validated");
    }

    private static async Task<JsonElement> UntilAsync(HttpClient client, string id, string status)
    {
        for (var started = DateTime.UtcNow; DateTime.UtcNow - started < TimeSpan.FromSeconds(60); await Task.Delay(50))
        {
            var job = await client.GetFromJsonAsync<JsonElement>($"/api/imports/{id}");
            if (job.GetProperty("status").GetString() == status)
            {
                return job;
            }
        }

        Assert.Fail($"job {id} did not reach {status}: {await client.GetStringAsync($"/api/imports/{id}")}");
        return default;
    }

    private static async Task<Dictionary<int, List<(string Field, string Message)>>> RowsAsync(HttpClient client, string id, string status)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/imports/{id}/rows?status={status}&take=500");
        return page.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("row").GetInt32(),
            r => r.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("message").GetString()!)).ToList());
    }

    private static string Kk(int serial) => $"640201010120{serial + 7000:D4}";

    /// <summary>A NIK of district 64.02.01 agreeing with the birth date and sex (day + 40 for women).</summary>
    private static string Nik(int day, int month, int year, bool female, int serial) =>
        $"640201{day + (female ? 40 : 0):D2}{month:D2}{year % 100:D2}{serial + 7000:D4}";
}
