using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Imports;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Housing.Tests;

/// <summary>
/// The RTLH survey import (<c>housing-rtlh</c>, issue 23) on the assessment fixture's host: a file with good rows and
/// each kind of error → the dry run names each on its column; the commit assesses the good rows through AssessHouse
/// once (its verdict), the same file again imports nothing new.
/// </summary>
public sealed partial class AssessmentTests
{
    private const string SurveyHeader =
        "ID keluarga;Tanggal survei;Pondasi;Kolom dan balok;Konstruksi atap;Penutup atap;Dinding;Lantai;Luas lantai (m²);Jumlah penghuni;Jendela/lubang cahaya;Ventilasi;Sumber air minum;Kamar mandi dan jamban;Catatan";

    [Test]
    public async Task An_rtlh_survey_file_is_dry_run_with_its_errors_and_committed_once()
    {
        var (rtlh, sound) = (await HouseholdAsync(), await HouseholdAsync(residents: 3));
        var elsewhere = await HouseholdAsync(posyandu: await PosyanduAsync(Perian, "Posyandu Mawar Survei"));
        string Day(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var file = string.Join("\n",
            SurveyHeader,
            $"{rtlh};{Day(Month(1, 12))};baik;baik;rusak ringan;seng;kayu;tanah;24;4;ya;ya;bersama;bersama;",         // 2: RTLH
            $"{sound};{Day(Month(2, 3))};Baik;baik;baik;genteng;tembok;keramik;48,5;;ya;ya;sendiri;sendiri;Rumah baik", // 3: sound, occupants from the registry
            $"bukan-id;{Day(Month(2, 3))};baik;baik;baik;genteng;tembok;keramik;48;4;ya;ya;sendiri;sendiri;",           // 4: not an id
            $"{rtlh};{Day(Month(1, 12))};baik;baik;baik;genteng;tembok;keramik;48;4;ya;ya;sendiri;sendiri;",            // 5: same household and day as row 2
            $"{elsewhere};{Day(Month(2, 3))};baik;baik;baik;genteng;tembok;keramik;48;4;ya;ya;sendiri;sendiri;",        // 6: another Posyandu's household
            $"{sound};{Day(Month(2, 4))};retak;baik;baik;genteng;tembok;keramik;48;4;ya;ya;sendiri;sendiri;",          // 7: unknown condition
            $"{sound};{Day(Month(2, 5))};baik;baik;baik;genteng;tembok;keramik;0;4;ya;ya;sendiri;sendiri;",            // 8: no floor area
            $"{sound};{Day(Today.AddDays(3))};baik;baik;baik;genteng;tembok;keramik;48;4;ya;ya;sendiri;;");             // 9: future, latrine missing

        var id = await UploadSurveyAsync(file);
        var job = await DryRunAsync(id);
        Assert.That((job.GetProperty("validRows").GetInt32(), job.GetProperty("invalidRows").GetInt32()), Is.EqualTo((2, 6)));
        var invalid = await RowsAsync(id, "invalid");
        Assert.Multiple(() =>
        {
            Assert.That(invalid.Keys, Is.EquivalentTo(new[] { 4, 5, 6, 7, 8, 9 }));
            Assert.That(invalid[4], Has.Some.Matches<(string Field, string Message)>(e => e.Field == "idKeluarga" && e.Message.Contains("bukan id")));
            Assert.That(invalid[5], Has.Some.Matches<(string Field, string Message)>(e => e.Field == "idKeluarga" && e.Message.Contains("baris 2")));
            Assert.That(invalid[6], Has.Some.Matches<(string Field, string Message)>(e => e.Field == "idKeluarga" && e.Message.Contains("di luar wilayah")));
            Assert.That(invalid[7], Has.Some.Matches<(string Field, string Message)>(e => e.Field == "pondasi" && e.Message.Contains("tidak dikenal")));
            Assert.That(invalid[8], Has.Some.Matches<(string Field, string Message)>(e => e.Field == "luasLantai"));
            Assert.That(invalid[9], Has.Some.Matches<(string Field, string Message)>(e => e.Field == "jamban" && e.Message.Contains("wajib diisi")));
        });

        (await Kader.PostAsync($"/api/imports/{id}/commit", null)).EnsureSuccessStatusCode();
        await Host.Services.GetRequiredService<ImportJobRunner>().CommitAsync(Guid.Parse(id), CancellationToken.None);
        job = await Ok(await Kader.GetAsync($"/api/imports/{id}"));
        Assert.That((job.GetProperty("status").GetString(), job.GetProperty("importedRows").GetInt32()), Is.EqualTo(("committed", 2)));
        var assessed = await InDatabase(db => db.Assessments.AsNoTracking().Where(a => a.HouseholdId == rtlh || a.HouseholdId == sound)
            .Select(a => new { a.HouseholdId, a.IsRtlh, a.Occupants, a.OccupantsFromRegistry, a.FloorAreaM2 }).ToListAsync());
        Assert.That(assessed, Has.Count.EqualTo(2));
        Assert.That(assessed.Single(a => a.HouseholdId == rtlh).IsRtlh, Is.True, "24 m² for four, an earth floor, a shared latrine");
        var good = assessed.Single(a => a.HouseholdId == sound);
        Assert.That((good.IsRtlh, good.Occupants, good.OccupantsFromRegistry, good.FloorAreaM2), Is.EqualTo((false, 3, true, 48.5m)));
        Assert.That((await PublishedAsync("HouseAssessed")).Count(e => e.GetProperty("householdId").GetGuid() == rtlh), Is.EqualTo(1), "the event flows as for a live assessment");

        // The same survey file again: both good rows are already assessed on their day, nothing new comes in.
        var again = await UploadSurveyAsync(file);
        Assert.That((await DryRunAsync(again)).GetProperty("validRows").GetInt32(), Is.Zero);
        Assert.That((await RowsAsync(again, "invalid"))[3], Has.Some.Matches<(string Field, string Message)>(e => e.Field == "tanggal" && e.Message.Contains("sudah dinilai")));
    }

    [Test]
    public async Task A_kader_of_another_sector_is_not_offered_the_rtlh_import_and_cannot_upload_it()
    {
        using var healthKader = Host.Client([Roles.Kader], region: Perian, posyandu: Posyandu, sectors: ["health"]);
        var types = await healthKader.GetFromJsonAsync<JsonElement>("/api/imports/types");
        Assert.That(types.EnumerateArray().Select(t => t.GetProperty("name").GetString()), Does.Not.Contain("housing-rtlh"));
        using var content = new StringContent(SurveyHeader + "\n", Encoding.UTF8, "text/csv");
        await (await healthKader.PostAsync("/api/imports/types/housing-rtlh/files?fileName=survei.csv", content)).ShouldBeProblem(HttpStatusCode.Forbidden);

        var offered = (await Kader.GetFromJsonAsync<JsonElement>("/api/imports/types")).EnumerateArray().Single(t => t.GetProperty("name").GetString() == "housing-rtlh");
        Assert.That(offered.GetProperty("sector").GetString(), Is.EqualTo("housing"));
    }

    private async Task<string> UploadSurveyAsync(string csv)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        var job = await (await Kader.PostAsync("/api/imports/types/housing-rtlh/files?fileName=survei-rtlh.csv", content)).ShouldBe<JsonElement>(HttpStatusCode.Created);
        Assert.That(job.GetProperty("mapping").EnumerateObject().Count(), Is.EqualTo(15), "every column found by its label");
        return job.GetProperty("id").GetString()!;
    }

    /// <summary>This host runs no Hangfire server: the dry run is run here, as the server would.</summary>
    private async Task<JsonElement> DryRunAsync(string id)
    {
        (await Kader.PostJson($"/api/imports/{id}/dry-run", new { })).EnsureSuccessStatusCode();
        await Host.Services.GetRequiredService<ImportJobRunner>().ValidateAsync(Guid.Parse(id), CancellationToken.None);
        var job = await Ok(await Kader.GetAsync($"/api/imports/{id}"));
        Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("validated"));
        return job;
    }

    private async Task<Dictionary<int, List<(string Field, string Message)>>> RowsAsync(string id, string status)
    {
        var page = await Kader.GetFromJsonAsync<JsonElement>($"/api/imports/{id}/rows?status={status}&take=500");
        return page.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("row").GetInt32(),
            r => r.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("message").GetString()!)).ToList());
    }
}
