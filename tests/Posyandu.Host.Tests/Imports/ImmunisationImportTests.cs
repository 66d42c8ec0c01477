using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Imports;

/// <summary>
/// The immunisation-history import (issue 23, <c>health-immunisation</c>) through the real pipeline. It shares the
/// e-PPGBM fixture's host and families — the same <c>ChildMatcher</c> finds the children, and no second host is
/// started: a dose per row becomes <c>RecordImmunisation</c>; the dry run names each refused row on its column (an
/// unknown vaccine, a future date, a date before birth, a dose too early for the schedule, a duplicate within the file
/// or of a dose already recorded, an unknown child); the commit records the good rows once, and the same file again adds
/// nothing; a kader of another sector is neither offered the type nor allowed to upload it.
/// </summary>
public sealed partial class EppgbmTests
{
    private const string ImmunisationType = "health-immunisation";
    private const string ImmunisationHeader = "NIK Anak;Nama Anak;Tanggal Lahir;NIK Ibu;Nama Ibu;Vaksin;Dosis;Tanggal Imunisasi;Tempat;No. Batch;ID Anak";

    [Test]
    public async Task The_immunisation_dry_run_names_each_refused_row_on_its_column_and_the_commit_records_the_good_rows_once()
    {
        var f = _familyA;
        using var health = _a.Client([Roles.Health], region: "64.02");
        // Recorded live before the file: the file's BCG for Bima is a duplicate of it.
        (await health.PostJson($"/api/health/children/{f.Child}/immunisations", new { antigen = "bcg", doseNumber = 1, givenOn = "2023-04-10", place = "puskesmas" }))
            .EnsureSuccessStatusCode();
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var file = string.Join("\n",
            ImmunisationHeader,
            Dose(ChildNik, "Bima Saputra", "10/03/2023", "HB0", "11/03/2023", "Posyandu"),                                           // 2 by NIK, Indonesian dates
            Dose(ChildNik, "Bima Saputra", "2023-03-10", "Polio 1", "2023-04-10", "Puskesmas Sebatik", batch: "AB123"),              // 3
            Dose(ChildNik, "Bima Saputra", "2023-03-10", "OPV", "2023-05-10", "Posyandu Melati", dose: "2"),                         // 4 after row 3's dose 1
            Dose(null, "Bayi Lestari", "2026-03-15", "HB-0", "2026-03-16", "Bidan Sari", motherNik: MotherNik),                      // 5 name + birth + mother
            Dose(ChildNik, "Bima Saputra", "2023-03-10", "JE", "2023-06-01", "Posyandu"),                                            // 6 not in the schedule
            Dose(ChildNik, "Bima Saputra", "2023-03-10", "DPT-HB-Hib 1", future, "Posyandu"),                                        // 7 in the future
            Dose(null, "Bayi Lestari", "2026-03-15", "BCG", "2026-03-01", "Posyandu", motherNik: MotherNik),                         // 8 before birth
            Dose(ChildNik, "Bima Saputra", "2023-03-10", "bOPV 1", "2023-04-10", "Posyandu"),                                        // 9 row 3 again
            Dose(ChildNik, "Bima Saputra", "2023-03-10", "BCG", "2023-04-10", "Puskesmas"),                                          // 10 recorded already
            Dose(null, "Anak Tak Dikenal", "2023-01-01", "BCG", "2023-02-01", "Posyandu"),                                           // 11 unknown child
            Dose(null, "Putri Lestar", "2024-05-05", "Campak-Rubela", "2025-02-05", "Posyandu", motherName: "Wati Lestari", id: f.Daughter), // 12 settled by ID Anak
            Dose(null, "Bayi Lestari", "2026-03-15", "DPT-HB-Hib 1", "2026-04-01", "Posyandu", motherNik: MotherNik),                // 13 too young (6 weeks)
            Dose(ChildNik, "Bima Saputra", "2023-03-10", "Vitamin A", "2023-09-10", "Posyandu"));                                   // 14 unknown vaccine
        var job = await UploadAsync(health, ImmunisationType, file);
        await DryRunAsync(health, job);

        var invalid = await RowsAsync(health, job, "invalid");
        var report = string.Join(" | ", invalid.Select(r => $"{r.Key}: {string.Join(", ", r.Value)}"));
        Assert.That(invalid.Keys, Is.EquivalentTo(new[] { 6, 7, 8, 9, 10, 11, 13, 14 }), report);
        Assert.Multiple(() =>
        {
            AssertError(invalid[6], "vaksin", "tidak ada dalam jadwal imunisasi rutin");
            AssertError(invalid[7], "tanggalImunisasi", "Tanggal Imunisasi tidak boleh di masa depan");
            AssertError(invalid[8], "tanggalImunisasi", "tidak boleh sebelum tanggal lahir anak");
            AssertError(invalid[9], "vaksin", "sama dengan baris 3");
            AssertError(invalid[10], "vaksin", "Vaksin bcg dosis 1 sudah tercatat untuk anak ini");
            AssertError(invalid[11], "namaAnak", "tidak ditemukan");
            AssertError(invalid[13], "tanggalImunisasi", "terlalu dini");
            AssertError(invalid[14], "vaksin", "Vaksin tidak dikenal");
        });
        Assert.That(invalid.SelectMany(r => r.Value).Select(e => e.Message), Has.None.Contains("Bima").And.None.Contains(ChildNik).And.None.Contains("2026-03-15"),
            "messages carry no name, NIK or birth date");
        Assert.That((await RowsAsync(health, job, "valid")).Keys, Is.EquivalentTo(new[] { 2, 3, 4, 5, 12 }));

        (await health.PostAsync($"/api/imports/{job}/commit", null)).EnsureSuccessStatusCode();
        Assert.That((await UntilAsync(health, job, "committed")).GetProperty("importedRows").GetInt32(), Is.EqualTo(5));
        var bima = await DosesAsync(health, f.Child);
        Assert.That(bima.Select(d => d.Key), Is.EquivalentTo(new[] { "bcg 1", "hb0 1", "opv 1", "opv 2" }));
        var polio = bima["opv 1"];
        Assert.That((polio.GetProperty("givenOn").GetString(), polio.GetProperty("place").GetString(), polio.GetProperty("placeName").GetString(), polio.GetProperty("batchNumber").GetString()),
            Is.EqualTo(("2023-04-10", "puskesmas", "Puskesmas Sebatik", "AB123")));
        var baby = (await DosesAsync(health, f.Baby)).Single();
        Assert.That((baby.Key, baby.Value.GetProperty("place").GetString(), baby.Value.GetProperty("placeName").GetString()), Is.EqualTo(("hb0 1", "other", "Bidan Sari")));
        Assert.That((await DosesAsync(health, f.Daughter)).Keys, Is.EqualTo(new[] { "mr 1" }));

        // The same file again: every good row is now a dose Health holds; its commit records nothing.
        var again = await UploadAsync(health, ImmunisationType, file);
        await DryRunAsync(health, again);
        Assert.That((await RowsAsync(health, again, "valid")).Keys, Is.Empty);
        AssertError((await RowsAsync(health, again, "invalid"))[2], "vaksin", "sudah tercatat");
        (await health.PostAsync($"/api/imports/{again}/commit", null)).EnsureSuccessStatusCode();
        Assert.That((await UntilAsync(health, again, "committed")).GetProperty("importedRows").GetInt32(), Is.Zero);
        Assert.That((await DosesAsync(health, f.Child)).Keys, Is.EquivalentTo(bima.Keys));
    }

    [Test]
    public async Task A_kader_of_another_sector_is_not_offered_the_immunisation_import_nor_allowed_to_upload_it()
    {
        using var education = _a.Client([Roles.Kader], region: Village, posyandu: _familyA.Posyandu, sectors: [Roles.Education]);
        var types = await education.GetFromJsonAsync<JsonElement>("/api/imports/types");
        Assert.That(types.EnumerateArray().Select(t => t.GetProperty("name").GetString()), Does.Not.Contain(ImmunisationType));
        using var content = new StringContent(ImmunisationHeader + "\n" + Dose(ChildNik, "Bima Saputra", "2023-03-10", "HB0", "2023-03-11", "Posyandu"), Encoding.UTF8, "text/csv");
        await (await education.PostAsync($"/api/imports/types/{ImmunisationType}/files?fileName=imunisasi.csv", content)).ShouldBeProblem(HttpStatusCode.Forbidden);

        using var kader = _a.Client([Roles.Kader], region: Village, posyandu: _familyA.Posyandu, sectors: [Roles.Health]);
        var offered = (await kader.GetFromJsonAsync<JsonElement>("/api/imports/types")).EnumerateArray().Single(t => t.GetProperty("name").GetString() == ImmunisationType);
        Assert.That((offered.GetProperty("sector").GetString(), offered.GetProperty("title").GetString()), Is.EqualTo(("health", "Riwayat imunisasi")));
    }

    private static void AssertError(List<(string Field, string Message)> errors, string field, string text) =>
        Assert.That(errors, Has.Some.Matches<(string Field, string Message)>(e => e.Field == field && e.Message.Contains(text, StringComparison.Ordinal)),
            $"{field} ~ '{text}' in: {string.Join(", ", errors)}");

    /// <summary>A child's doses from the child's immunisation endpoint, by "antigen dose".</summary>
    private static async Task<Dictionary<string, JsonElement>> DosesAsync(HttpClient client, Guid child) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/health/children/{child}/immunisations")).GetProperty("doses").EnumerateArray()
            .ToDictionary(d => $"{d.GetProperty("antigen").GetString()} {d.GetProperty("doseNumber").GetInt32()}");

    private static string Dose(string? nik, string name, string birth, string vaccine, string on, string place, string? dose = null, string? batch = null,
        string? motherNik = null, string? motherName = null, Guid? id = null) =>
        string.Join(';', nik, name, birth, motherNik, motherName, vaccine, dose, on, place, batch, id);

    private static async Task<string> UploadAsync(HttpClient client, string type, string csv)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        return (await (await client.PostAsync($"/api/imports/types/{type}/files?fileName={type}.csv", content)).ShouldBe<JsonElement>(HttpStatusCode.Created))
            .GetProperty("id").GetString()!;
    }
}
