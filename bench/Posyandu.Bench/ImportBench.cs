using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Bench;

/// <summary>
/// Bulk import end to end through HTTP: the Release host as its own process (Hangfire server on, the production path)
/// on an empty data folder; a CSV of N residents in N/4 households (valid NIKs and KK numbers) spread over 10 Posyandu
/// is uploaded, dry-run and committed as a DPMD coordinator would from the import page. Prints the time of each phase,
/// rows per second end to end (upload to committed) and the host's peak RSS.
/// </summary>
internal static class ImportBench
{
    public static async Task RunAsync(int residents)
    {
        var data = Directory.CreateTempSubdirectory("posyandu-import-bench-").FullName;
        try
        {
            await using var host = await HostProcess.StartAsync(data, []);
            using var dpmd = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(10) };
            dpmd.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("bench-dpmd", [Roles.Dpmd], "64"));
            var posyandu = await PosyanduAsync(dpmd, 10);
            var csv = Csv(residents, posyandu);
            Console.WriteLine($"Import of {residents:N0} residents in {residents / 4:N0} households ({csv.Length / 1048576.0:F1} MB CSV), host started in {host.StartupTime.TotalSeconds:F1} s");

            var total = Stopwatch.StartNew();
            using var content = new ByteArrayContent(csv) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } };
            var upload = await dpmd.PostAsync("/api/imports/types/registry-residents/files?fileName=bench.csv", content);
            var job = await Json(upload);
            var id = job.GetProperty("id").GetString();
            var uploaded = total.Elapsed;
            (await dpmd.PostAsJsonAsync($"/api/imports/{id}/dry-run", new { })).EnsureSuccessStatusCode();
            job = await UntilAsync(dpmd, id!, "validated");
            var validated = total.Elapsed;
            (await dpmd.PostAsync($"/api/imports/{id}/commit", null)).EnsureSuccessStatusCode();
            job = await UntilAsync(dpmd, id!, "committed");
            var committed = total.Elapsed;
            var imported = job.GetProperty("importedRows").GetInt32();

            Console.WriteLine("| phase | seconds | rows/s |");
            Console.WriteLine("|---|---:|---:|");
            Console.WriteLine($"| upload (stream, limits, header, row count) | {uploaded.TotalSeconds:F1} | {residents / uploaded.TotalSeconds:F0} |");
            Console.WriteLine($"| dry run (every row through the registry's validators, duplicates) | {(validated - uploaded).TotalSeconds:F1} | {residents / (validated - uploaded).TotalSeconds:F0} |");
            Console.WriteLine($"| commit (RegisterHousehold + RegisterResident, outbox, audit, markers) | {(committed - validated).TotalSeconds:F1} | {imported / (committed - validated).TotalSeconds:F0} |");
            Console.WriteLine($"| end to end | {committed.TotalSeconds:F1} | **{imported / committed.TotalSeconds:F0}** |");
            Console.WriteLine($"imported {imported:N0} of {residents:N0} rows, {job.GetProperty("invalidRows").GetInt32()} rejected; host peak RSS {host.PeakRssMb:F0} MB");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>One Posyandu in each of the first <paramref name="count"/> villages of Kab. Kutai Kartanegara: (village, registration number).</summary>
    private static async Task<List<(string Village, string Registration)>> PosyanduAsync(HttpClient client, int count)
    {
        var villages = new List<string>();
        foreach (var district in (await client.GetFromJsonAsync<JsonElement>("/api/registry/regions/64.02/children")).EnumerateArray())
        {
            var children = await client.GetFromJsonAsync<JsonElement>($"/api/registry/regions/{district.GetProperty("code").GetString()}/children");
            villages.AddRange(children.EnumerateArray().Select(v => v.GetProperty("code").GetString()!));
            if (villages.Count >= count) break;
        }

        var sites = new List<(string, string)>();
        foreach (var village in villages.Take(count))
        {
            var site = await Json(await client.PostAsJsonAsync("/api/registry/posyandu", new { name = $"Posyandu Bench {village}", regionCode = village, serviceDay = 10 }));
            sites.Add((village, site.GetProperty("registrationNumber").GetString()!));
        }

        return sites;
    }

    /// <summary>Households of four: head, wife, two children; NIKs of district 64.02.01 agreeing with birth date and sex.</summary>
    private static byte[] Csv(int residents, List<(string Village, string Registration)> posyandu)
    {
        var text = new StringBuilder("No. KK;NIK;Nama;Jenis kelamin;Tanggal lahir;Hubungan keluarga;Alamat;RT;RW;Posyandu\n");
        var start = new DateOnly(1950, 1, 1);
        for (var i = 0; i < residents; i++)
        {
            var household = i / 4;
            var member = i % 4;
            var female = member == 1 || (member == 3 && household % 2 == 0);
            var birth = start.AddDays(i % 20000);
            var nik = $"640201{birth.Day + (female ? 40 : 0):D2}{birth.Month:D2}{birth.Year % 100:D2}{i / 20000 + 1:D4}";
            var kk = $"6402010101{household / 10000 + 20:D2}{household % 10000 + 1:D4}";
            var relation = member switch { 0 => "Kepala Keluarga", 1 => "Istri", _ => "Anak" };
            var site = posyandu[household % posyandu.Count].Registration;
            text.Append(CultureInfo.InvariantCulture, $"{kk};{nik};Warga {i};{(female ? "P" : "L")};{birth:dd/MM/yyyy};{relation};Jl. Bench {household};001;002;{site}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static async Task<JsonElement> UntilAsync(HttpClient client, string id, string status)
    {
        while (true)
        {
            var job = await client.GetFromJsonAsync<JsonElement>($"/api/imports/{id}");
            var now = job.GetProperty("status").GetString();
            if (now == status) return job;
            if (now == "failed") throw new InvalidOperationException($"The import failed: {job.GetProperty("error").GetString()}");
            await Task.Delay(250);
        }
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
