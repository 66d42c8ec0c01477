using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Posyandu.Registry.Persistence;
using Posyandu.SharedKernel.Imports;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Imports;

/// <summary>
/// Bulk import of households and residents (issue 23) through the real pipeline, on one host with its Hangfire server
/// (the dry run and the commit are background jobs) and a real socket (the import page in Chromium): a file with good
/// rows, an invalid NIK, a duplicate within the file, a duplicate of a registered resident, a wrong date and an unknown
/// Posyandu → the dry run names each; the commit, crashed after its third batch was written and resumed, imports
/// exactly the good rows once; the same file again imports nothing; the limits refuse a too large file and
/// spreadsheet bombs with a 400/413.
/// </summary>
public sealed class ImportTests
{
    private const string Village = "64.02.01.2001";
    private const string Header = "No. KK;NIK;Nama;Jenis kelamin;Tanggal lahir;Hubungan keluarga;NIK ibu;Alamat;RT;RW;Posyandu";

    private readonly CrashOnce _crash = new();
    private TestHost _host = null!;
    private HttpClient _dpmd = null!;
    private string _registration = null!;
    private string _posyanduId = null!;
    private string _existingNik = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync(runJobs: true, realSocket: true,
            settings: new Dictionary<string, string?> { ["Imports:BatchSize"] = "3", ["Imports:MaxUploadBytes"] = "1048576" },
            services: s => s.AddSingleton<IImportBatchObserver>(_crash));
        _dpmd = _host.Client([Roles.Dpmd], region: "64.02");
        using var admin = _host.Client([Roles.Admin]);
        var posyandu = await (await admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Mawar Impor", regionCode = Village, serviceDay = 12 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        _registration = posyandu.GetProperty("registrationNumber").GetString()!;
        _posyanduId = posyandu.GetProperty("id").GetString()!;
        var household = await (await admin.PostJson("/api/registry/households", new { nomorKk = Kk(90), regionCode = Village, posyanduId = posyandu.GetProperty("id").GetString() }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        _existingNik = Nik(3, 3, 1975, female: false, 90);
        await (await admin.PostJson("/api/registry/residents", new
        {
            nik = _existingNik, name = "Slamet", sex = "male", birthDate = "1975-03-03", householdId = household.GetProperty("id").GetString(), relation = "kepala-keluarga",
        })).ShouldBe<JsonElement>(HttpStatusCode.Created);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
    }

    /// <summary>The acceptance file: rows 2, 3, 9–13 good; 4 bad NIK, 5 twice in the file, 6 already registered, 7 bad date, 8 unknown Posyandu.</summary>
    private string AcceptanceFile() => string.Join("\n",
        Header,
        $"{Kk(1)};{Nik(15, 1, 1980, false, 1)};Budi Santoso;L;15/01/1980;Kepala Keluarga;;Jl. Melati 3;001;002;{_registration}",
        $"{Kk(1)};{Nik(20, 3, 1982, true, 2)};Siti Aminah;P;20/03/1982;Istri;;Jl. Melati 3;001;002;{_registration}",
        $"{Kk(1)};64020115051;Andi;L;15/05/2010;Anak;;Jl. Melati 3;001;002;{_registration}",
        $"{Kk(1)};{Nik(15, 1, 1980, false, 1)};Budi Lagi;L;15/01/1980;Anak;;Jl. Melati 3;001;002;{_registration}",
        $"{Kk(2)};{_existingNik};Slamet;L;03/03/1975;Kepala Keluarga;;;;;{_registration}",
        $"{Kk(2)};{Nik(28, 2, 2001, false, 3)};Joko;L;31/02/2001;Anak;;;;;{_registration}",
        $"{Kk(3)};{Nik(9, 9, 1990, true, 4)};Wati;P;09/09/1990;Kepala Keluarga;;;;;Posyandu Tidak Ada",
        $"{Kk(4)};{Nik(7, 7, 1990, false, 5)};Agus;L;1990-07-07;Kepala Keluarga;;;;;Posyandu Mawar Impor",
        $"{Kk(4)};{Nik(9, 8, 1992, true, 6)};Rina;P;1992-08-09;Istri;;;;;{_registration}",
        $"{Kk(4)};{Nik(10, 10, 2015, false, 7)};Dodi;L;10-10-2015;Anak;;;;;{_registration}",
        $"{Kk(5)};{Nik(1, 12, 1970, false, 8)};Hadi;L;01/12/1970;Kepala Keluarga;;;;;{_registration}",
        $"{Kk(5)};{Nik(2, 6, 1972, true, 9)};Sri;P;02/06/1972;Istri;;;;;{_registration}");

    private static readonly int[] GoodRows = [2, 3, 9, 10, 11, 12, 13];

    [Test, Order(1)]
    public async Task The_dry_run_reports_each_problem_and_the_resumed_commit_imports_the_good_rows_once()
    {
        var file = AcceptanceFile();
        var job = await UploadAsync(_dpmd, file, "penduduk.csv");
        Assert.That(job.GetProperty("totalRows").GetInt32(), Is.EqualTo(12));
        Assert.That(job.GetProperty("mapping").EnumerateObject().Count(), Is.EqualTo(11), "every column found by its label");
        var id = job.GetProperty("id").GetString()!;

        await (await _dpmd.PostJson($"/api/imports/{id}/dry-run", new { })).ShouldBe<JsonElement>(HttpStatusCode.Accepted);
        job = await UntilAsync(id, "validated");
        Assert.That((job.GetProperty("validRows").GetInt32(), job.GetProperty("invalidRows").GetInt32()), Is.EqualTo((7, 5)));
        var invalid = await RowsAsync(id, "invalid");
        Assert.Multiple(() =>
        {
            Assert.That(invalid.Keys, Is.EquivalentTo(new[] { 4, 5, 6, 7, 8 }));
            Assert.That(invalid[4], Has.Some.Matches<(string Field, string Message)>(e => e.Field == "nik" && e.Message.Contains("16 angka")), "invalid NIK");
            Assert.That(invalid[5], Has.Some.Matches<(string Field, string Message)>(e => e.Field == "nik" && e.Message.Contains("baris 2")), "duplicate within the file");
            Assert.That(invalid[6], Has.Some.Matches<(string Field, string Message)>(e => e.Field == "nik" && e.Message.Contains("sudah terdaftar")), "duplicate of a registered resident");
            Assert.That(invalid[7], Has.Some.Matches<(string Field, string Message)>(e => e.Field == "tanggalLahir" && e.Message.Contains("bukan tanggal")), "wrong date");
            Assert.That(invalid[8], Has.Some.Matches<(string Field, string Message)>(e => e.Field == "posyandu" && e.Message.Contains("tidak dikenal")), "unknown Posyandu");
        });

        // A kader of another Posyandu does not see the job; the village government imports nothing.
        using (var kader = _host.Client([Roles.Kader], region: Village, posyandu: Guid.NewGuid()))
        {
            Assert.That((await kader.GetAsync($"/api/imports/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        // The commit fails after its third batch was written into the registry, before its progress was saved: a crash.
        _crash.FailAtBatch = 3;
        await (await _dpmd.PostAsync($"/api/imports/{id}/commit", null)).ShouldBe<JsonElement>(HttpStatusCode.Accepted);
        job = await UntilAsync(id, "failed");
        Assert.That(job.GetProperty("error").GetString(), Does.Contain("Jalankan lagi"));
        Assert.That(await ResidentsAsync(), Is.EqualTo(5), "batches 1–3 were written: rows 2, 3, 9, 10 and the registered one");

        await (await _dpmd.PostAsync($"/api/imports/{id}/commit", null)).ShouldBe<JsonElement>(HttpStatusCode.Accepted);
        job = await UntilAsync(id, "committed");
        Assert.That((job.GetProperty("importedRows").GetInt32(), job.GetProperty("rejectedRows").GetInt32()), Is.EqualTo((7, 0)));
        Assert.That(await ResidentsAsync(), Is.EqualTo(8), "the seven good rows once, beside the registered resident");
        Assert.That(await HouseholdsAsync(), Is.EqualTo(4), "KK 1, 4 and 5 registered once each, beside the existing one");
        Assert.That((await RowsAsync(id, "imported")).Keys, Is.EquivalentTo(GoodRows));
        await (await _dpmd.PostAsync($"/api/imports/{id}/commit", null)).ShouldBeProblem(HttpStatusCode.Conflict);

        // The error file: the five rejected rows as uploaded, with the reason.
        var errors = await _dpmd.GetStringAsync($"/api/imports/{id}/errors");
        var lines = errors.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0].TrimEnd('\r'), Is.EqualTo(Header + ";Kesalahan"));
        Assert.That(lines, Has.Length.EqualTo(6));
        Assert.That(lines[5], Does.Contain("Posyandu Tidak Ada").And.Contain("tidak dikenal"));

        // The same file again: every good row is now registered, so nothing new comes in.
        var again = (await UploadAsync(_dpmd, file, "penduduk-lagi.csv")).GetProperty("id").GetString()!;
        await (await _dpmd.PostJson($"/api/imports/{again}/dry-run", new { })).ShouldBe<JsonElement>(HttpStatusCode.Accepted);
        Assert.That((await UntilAsync(again, "validated")).GetProperty("validRows").GetInt32(), Is.Zero);
        await (await _dpmd.PostAsync($"/api/imports/{again}/commit", null)).ShouldBe<JsonElement>(HttpStatusCode.Accepted);
        Assert.That((await UntilAsync(again, "committed")).GetProperty("importedRows").GetInt32(), Is.Zero);
        Assert.That(await ResidentsAsync(), Is.EqualTo(8));

        using var admin = _host.Client([Roles.Admin]);
        var metrics = await admin.GetStringAsync("/metrics");
        Assert.That(metrics, Does.Contain("posyandu_imports_rows_imported").And.Contain("posyandu_imports_job_duration"));
    }

    /// <summary>
    /// The commit applies a batch all at once and falls back to a savepoint per row only when a row is refused; the
    /// fallback must leave out exactly that row. Here the wife's NIK is registered by someone else after the dry run.
    /// </summary>
    [Test, Order(2)]
    public async Task A_row_refused_at_commit_is_left_out_alone_and_its_batch_mates_are_imported_once()
    {
        var wife = Nik(6, 6, 1986, female: true, 51);
        var file = string.Join("\n",
            Header,
            $"{Kk(50)};{Nik(5, 5, 1985, false, 50)};Bambang;L;05/05/1985;Kepala Keluarga;;;;;{_registration}",
            $"{Kk(50)};{wife};Yuni;P;06/06/1986;Istri;;;;;{_registration}",
            $"{Kk(50)};{Nik(7, 7, 2012, false, 52)};Rudi;L;07/07/2012;Anak;;;;;{_registration}");
        var id = (await UploadAsync(_dpmd, file, "penduduk-kk50.csv")).GetProperty("id").GetString()!;
        await (await _dpmd.PostJson($"/api/imports/{id}/dry-run", new { })).ShouldBe<JsonElement>(HttpStatusCode.Accepted);
        Assert.That((await UntilAsync(id, "validated")).GetProperty("validRows").GetInt32(), Is.EqualTo(3));

        using (var admin = _host.Client([Roles.Admin]))
        {
            var household = await (await admin.PostJson("/api/registry/households", new { nomorKk = Kk(91), regionCode = Village, posyanduId = _posyanduId }))
                .ShouldBe<JsonElement>(HttpStatusCode.Created);
            await (await admin.PostJson("/api/registry/residents", new
            {
                nik = wife, name = "Yuni", sex = "female", birthDate = "1986-06-06", householdId = household.GetProperty("id").GetString(), relation = "kepala-keluarga",
            })).ShouldBe<JsonElement>(HttpStatusCode.Created);
        }

        var before = (await ResidentsAsync(), await HouseholdsAsync());
        await (await _dpmd.PostAsync($"/api/imports/{id}/commit", null)).ShouldBe<JsonElement>(HttpStatusCode.Accepted);
        var job = await UntilAsync(id, "committed");
        var (imported, refused, after) = (await RowsAsync(id, "imported"), await RowsAsync(id, "invalid"), (await ResidentsAsync(), await HouseholdsAsync()));
        Assert.Multiple(() =>
        {
            Assert.That((job.GetProperty("importedRows").GetInt32(), job.GetProperty("rejectedRows").GetInt32()), Is.EqualTo((2, 1)));
            Assert.That(imported.Keys, Is.EquivalentTo(new[] { 2, 4 }));
            Assert.That(refused.Keys, Is.EquivalentTo(new[] { 3 }));
            Assert.That(refused.GetValueOrDefault(3), Has.Some.Matches<(string Field, string Message)>(e => e.Field == "nik" && e.Message.Contains("sudah terdaftar")));
            Assert.That(after, Is.EqualTo((before.Item1 + 2, before.Item2 + 1)), "the head and the child once, in KK 50 once");
        });
    }

    [Test]
    public async Task Uploaded_files_are_deleted_when_no_longer_needed()
    {
        var files = _host.Services.GetRequiredService<ImportFiles>();
        // A commit that rejects nothing needs no error file: the upload (personal data) is deleted as it finishes.
        var clean = await CommittedAsync(string.Join("\n", Header,
            $"{Kk(30)};{Nik(4, 4, 1984, false, 30)};Yusuf;L;04/04/1984;Kepala Keluarga;;;;;{_registration}"));
        Assert.That(File.Exists(files.PathOf(Guid.Parse(clean))), Is.False, "deleted with the clean commit");
        await (await _dpmd.GetAsync($"/api/imports/{clean}/errors")).ShouldBeProblem(HttpStatusCode.Conflict);

        // A commit with a rejected row keeps the file for the error file, FileRetention (3 days) after the commit.
        var rejected = await CommittedAsync(string.Join("\n", Header,
            $"{Kk(31)};{Nik(5, 4, 1984, false, 31)};Yakub;L;05/04/1984;Kepala Keluarga;;;;;{_registration}",
            $"{Kk(31)};123;Yanti;P;06/04/1986;Istri;;;;;{_registration}"));
        // Abandoned after its dry run; and one dry-run just now, still wanted.
        var abandoned = await ValidatedAsync($"{Kk(32)};{Nik(6, 4, 1984, false, 32)};Yosef;L;06/04/1984;Kepala Keluarga;;;;;{_registration}");
        var recent = await ValidatedAsync($"{Kk(33)};{Nik(7, 4, 1984, false, 33)};Yohan;L;07/04/1984;Kepala Keluarga;;;;;{_registration}");
        var orphan = Path.Combine(files.Root, Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(orphan, "an upload cut off half-way");
        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddDays(-4));

        Assert.That(await CleanUpAsync(), Is.EqualTo(1), "within the retention only the orphan goes");
        Assert.That(File.Exists(files.PathOf(Guid.Parse(rejected))) && File.Exists(files.PathOf(Guid.Parse(abandoned))) && File.Exists(files.PathOf(Guid.Parse(recent))), Is.True);
        Assert.That(File.Exists(orphan), Is.False, "a file without a job, older than the retention");
        Assert.That((await _dpmd.GetAsync($"/api/imports/{rejected}/errors")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var platform = scope.ServiceProvider.GetRequiredService<Posyandu.SharedKernel.Platform.PlatformDbContext>();
            var old = DateTime.UtcNow.AddDays(-4);
            await platform.ImportJobs.IgnoreQueryFilters().Where(j => j.Id == Guid.Parse(rejected)).ExecuteUpdateAsync(u => u.SetProperty(j => j.CommittedAt, old));
            await platform.ImportJobs.IgnoreQueryFilters().Where(j => j.Id == Guid.Parse(abandoned)).ExecuteUpdateAsync(u => u.SetProperty(j => j.UpdatedAt, old));
        }

        Assert.That(await CleanUpAsync(), Is.EqualTo(2));
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(File.Exists(files.PathOf(Guid.Parse(rejected))), Is.False, "the error file's time is over");
            Assert.That(File.Exists(files.PathOf(Guid.Parse(abandoned))), Is.False, "abandoned before its commit");
            Assert.That(File.Exists(files.PathOf(Guid.Parse(recent))), Is.True);
            var problem = await (await _dpmd.GetAsync($"/api/imports/{rejected}/errors")).ShouldBeProblem(HttpStatusCode.Conflict);
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("sudah dihapus"));
            var expired = await _dpmd.GetFromJsonAsync<JsonElement>($"/api/imports/{abandoned}");
            Assert.That(expired.GetProperty("status").GetString(), Is.EqualTo("expired"));
            Assert.That(expired.GetProperty("error").GetString(), Does.Contain("unggah lagi"));
            await (await _dpmd.PostAsync($"/api/imports/{abandoned}/commit", null)).ShouldBeProblem(HttpStatusCode.Conflict);
            await (await _dpmd.PostJson($"/api/imports/{abandoned}/dry-run", new { })).ShouldBeProblem(HttpStatusCode.Conflict);
        });
    }

    private async Task<int> CleanUpAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportFileCleanupJob>().RunAsync(CancellationToken.None);
    }

    private async Task<string> ValidatedAsync(string row)
    {
        var id = (await UploadAsync(_dpmd, Header + "\n" + row, "warga.csv")).GetProperty("id").GetString()!;
        await (await _dpmd.PostJson($"/api/imports/{id}/dry-run", new { })).ShouldBe<JsonElement>(HttpStatusCode.Accepted);
        await UntilAsync(id, "validated");
        return id;
    }

    private async Task<string> CommittedAsync(string file)
    {
        var id = (await UploadAsync(_dpmd, file, "warga.csv")).GetProperty("id").GetString()!;
        await (await _dpmd.PostJson($"/api/imports/{id}/dry-run", new { })).ShouldBe<JsonElement>(HttpStatusCode.Accepted);
        await UntilAsync(id, "validated");
        await (await _dpmd.PostAsync($"/api/imports/{id}/commit", null)).ShouldBe<JsonElement>(HttpStatusCode.Accepted);
        await UntilAsync(id, "committed");
        return id;
    }

    [Test]
    public async Task Too_large_files_and_spreadsheet_bombs_are_refused()
    {
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports/types/registry-residents/files?fileName=besar.csv") { Content = new ZeroContent(50L * 1024 * 1024) })
        {
            request.Headers.ExpectContinue = true;
            await (await _dpmd.SendAsync(request)).ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge);
        }

        var emptyRows = Xlsx("xl/worksheets/sheet1.xml", w =>
        {
            w.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (var i = 1; i <= 1_000_000; i++) w.Write("<row/>");
            w.Write("</sheetData></worksheet>");
        });
        var sharedStrings = Xlsx("xl/sharedStrings.xml", w =>
        {
            w.Write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>");
            w.Write(new string('A', 40 * 1024 * 1024));
            w.Write("</t></si></sst>");
        });
        foreach (var (name, bomb) in new[] { ("a million empty rows", emptyRows), ("huge shared strings", sharedStrings) })
        {
            Assert.That(bomb.Length, Is.LessThan(1024 * 1024), name);
            using var content = new ByteArrayContent(bomb) { Headers = { ContentType = new(ImportEndpoints.XlsxContentType) } };
            var problem = await (await _dpmd.PostAsync("/api/imports/types/registry-residents/files?fileName=bom.xlsx", content)).ShouldBeProblem(HttpStatusCode.BadRequest);
            Assert.That(problem.GetProperty("errors").GetProperty("file")[0].GetString(), Does.Contain("bom spreadsheet"), name);
        }
    }

    [Test]
    public async Task The_import_page_uploads_a_spreadsheet_and_shows_the_dry_run_table()
    {
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        await page.AddInitScriptAsync($"sessionStorage.setItem('posyandu.token', '{TestTokens.Create("dpmd-impor", [Roles.Dpmd], "64.02")}');");
        await page.GotoAsync(new Uri(_host.BaseAddress, "/impor/").ToString());
        await page.WaitForSelectorAsync("body[data-state='ready']");

        var file = string.Join("\n", Header,
            $"{Kk(20)};{Nik(5, 5, 1985, false, 20)};Bambang;L;05/05/1985;Kepala Keluarga;;;;;{_registration}",
            $"{Kk(20)};12345;Yuni;P;06/06/1986;Istri;;;;;{_registration}");
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "warga.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(file) });
        await page.ClickAsync("#upload");
        await page.WaitForSelectorAsync("body[data-state='uploaded']");
        Assert.That(await page.InputValueAsync("select[data-field='nik']"), Is.EqualTo("NIK"), "the suggested mapping");

        await page.ClickAsync("#dry-run");
        await page.WaitForSelectorAsync("body[data-state='validated']");
        Assert.That(await page.InnerTextAsync("#summary"), Does.Contain("1 baris benar").And.Contain("1 baris bermasalah"));
        Assert.That(await page.InnerTextAsync("#rows tr[data-row='3']"), Does.Contain("bermasalah").And.Contain("NIK"));
        Assert.That(await page.IsEnabledAsync("#commit"), Is.True);
        await page.ScreenshotAsync(new() { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "import-page.png"), FullPage = true });
    }

    private static string Kk(int serial) => $"640201010120{serial + 5000:D4}";

    /// <summary>A NIK of district 64.02.01 agreeing with the birth date and sex (day + 40 for women).</summary>
    private static string Nik(int day, int month, int year, bool female, int serial) =>
        $"640201{day + (female ? 40 : 0):D2}{month:D2}{year % 100:D2}{serial + 100:D4}";

    private async Task<JsonElement> UploadAsync(HttpClient client, string csv, string name)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        return await (await client.PostAsync($"/api/imports/types/registry-residents/files?fileName={name}", content)).ShouldBe<JsonElement>(HttpStatusCode.Created);
    }

    private async Task<JsonElement> UntilAsync(string id, string status)
    {
        for (var started = DateTime.UtcNow; DateTime.UtcNow - started < TimeSpan.FromSeconds(30); await Task.Delay(50))
        {
            var job = await _dpmd.GetFromJsonAsync<JsonElement>($"/api/imports/{id}");
            if (job.GetProperty("status").GetString() == status)
            {
                return job;
            }
        }

        Assert.Fail($"job {id} did not reach {status}: {await _dpmd.GetStringAsync($"/api/imports/{id}")}");
        return default;
    }

    private async Task<Dictionary<int, List<(string Field, string Message)>>> RowsAsync(string id, string status)
    {
        var page = await _dpmd.GetFromJsonAsync<JsonElement>($"/api/imports/{id}/rows?status={status}&take=500");
        return page.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("row").GetInt32(),
            r => r.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("message").GetString()!)).ToList());
    }

    private async Task<int> ResidentsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Residents.IgnoreQueryFilters().CountAsync();
    }

    private async Task<int> HouseholdsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Households.IgnoreQueryFilters().CountAsync();
    }

    /// <summary>A minimal workbook whose one part <paramref name="part"/> is written by <paramref name="write"/>.</summary>
    private static byte[] Xlsx(string part, Action<StreamWriter> write)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[]
                     {
                         ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
                         ("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\"/></sheets></workbook>"),
                     })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }

            using var stream = new StreamWriter(zip.CreateEntry(part, CompressionLevel.SmallestSize).Open());
            write(stream);
        }

        return memory.ToArray();
    }

    /// <summary>Fails the commit once, after the given batch was written into the module.</summary>
    private sealed class CrashOnce : IImportBatchObserver
    {
        public int FailAtBatch { get; set; }

        public Task BatchCommittedAsync(Guid jobId, int batch, CancellationToken cancellationToken)
        {
            if (batch != FailAtBatch)
            {
                return Task.CompletedTask;
            }

            FailAtBatch = 0;
            throw new IOException("Simulated crash between the module's commit and the job's progress.");
        }
    }

    /// <summary>A body of <paramref name="length"/> zero bytes, declared up front and streamed lazily.</summary>
    private sealed class ZeroContent(long length) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var buffer = new byte[64 * 1024];
            for (long sent = 0; sent < length; sent += buffer.Length)
            {
                await stream.WriteAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, length - sent)));
            }
        }

        protected override bool TryComputeLength(out long size)
        {
            size = length;
            return true;
        }
    }
}
