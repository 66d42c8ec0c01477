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
/// is uploaded, dry-run and committed as a DPMD coordinator would from the import page, then the bench waits until
/// every module's outbox is delivered (the seven modules' projections of the new residents and households).
/// With <c>--measurements M</c> it then imports M under-five measurements in the e-PPGBM layout for children it
/// registered first (<see cref="Measurements"/>). Per phase it prints rows, seconds, rows/s, the host's CPU time
/// (utime + stime: the figure that survives a loaded machine) per row, and the host's peak RSS so far.
/// </summary>
internal static class ImportBench
{
    /// <summary>One measured phase: wall time, the host's CPU time over it, and its peak RSS at its end.</summary>
    private sealed record Phase(string Name, int Rows, TimeSpan Wall, TimeSpan Cpu, double PeakRssMb)
    {
        public string Line => string.Create(CultureInfo.InvariantCulture,
            $"| {Name} | {Rows:N0} | {Wall.TotalSeconds:F1} | {(Wall.TotalSeconds > 0 ? Rows / Wall.TotalSeconds : 0):F0} | {Cpu.TotalSeconds:F1} | {(Rows > 0 ? Cpu.TotalMilliseconds / Rows : 0):F2} | {PeakRssMb:F0} |");
    }

    /// <param name="warmup">Residents imported (and delivered) first, unmeasured, so the JIT has tiered the hot paths up and the
    /// figures are the steady state's rather than a cold start's (on a loaded machine tiering takes minutes).</param>
    public static async Task RunAsync(int residents, int measurements, int warmup, IReadOnlyList<string> hostSettings)
    {
        var data = Directory.CreateTempSubdirectory("posyandu-import-bench-").FullName;
        try
        {
            await using var host = await HostProcess.StartAsync(data, hostSettings);
            using var dpmd = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(10) };
            dpmd.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("bench-dpmd", [Roles.Dpmd], "64"));
            var posyandu = await PosyanduAsync(dpmd, 10);
            await DeliveredAsync(dpmd);
            Console.WriteLine($"host pid {host.Id}, started in {host.StartupTime.TotalSeconds:F1} s, RSS {host.RssMb:F0} MB; load average {LoadAverage()}");

            var phases = new List<Phase>();
            if (warmup > 0)
            {
                var warm = new List<Phase>();
                var cold = host.CpuTime;
                await ImportAsync(host, dpmd, "registry-residents", Csv(warmup, posyandu, offset: 900_000), "text/csv", "warmup.csv", warmup, warm, "warm-up");
                await DeliveredAsync(dpmd);
                Console.WriteLine($"warm-up: {warmup:N0} residents imported and delivered, {(host.CpuTime - cold).TotalSeconds:F1} s host CPU ({(host.CpuTime - cold).TotalMilliseconds / warmup:F2} ms/row, not counted below)");
            }

            var csv = measurements > 0 ? Measurements.ChildrenCsv(measurements, posyandu) : Csv(residents, posyandu);
            var rows = measurements > 0 ? Measurements.ChildrenOf(measurements) : residents;
            Console.WriteLine($"Import of {rows:N0} residents in {(measurements > 0 ? rows : rows / 4):N0} households ({csv.Length / 1048576.0:F1} MB CSV)");
            var total = Stopwatch.StartNew();
            var cpu0 = host.CpuTime;
            var imported = await ImportAsync(host, dpmd, "registry-residents", csv, "text/csv", "bench.csv", rows, phases, "residents");
            phases.Add(await MeasureAsync(host, "delivery to the 7 modules' projections (after the commit)", imported, () => DeliveredAsync(dpmd)));
            phases.Add(new Phase("**residents end to end, commit only** (upload → committed)", imported,
                phases.Take(3).Aggregate(TimeSpan.Zero, (t, p) => t + p.Wall), phases.Take(3).Aggregate(TimeSpan.Zero, (t, p) => t + p.Cpu), host.PeakRssMb));
            phases.Add(new Phase("**residents end to end, delivered** (upload → every outbox empty)", imported, total.Elapsed, host.CpuTime - cpu0, host.PeakRssMb));

            if (measurements > 0)
            {
                var sheet = Measurements.Csv(measurements, posyandu);
                Console.WriteLine($"Import of {measurements:N0} measurements ({sheet.Length / 1048576.0:F1} MB CSV, type {Measurements.Type})");
                var start = phases.Count;
                (total, cpu0) = (Stopwatch.StartNew(), host.CpuTime);
                // e-PPGBM is Health's: its type is for the health office (and kader of the health sector), not DPMD.
                using var health = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(10) };
                health.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("bench-dinkes", [Roles.Health], "64"));
                var done = await ImportAsync(host, health, Measurements.Type, sheet, "text/csv", "eppgbm.csv", measurements, phases, "measurements");
                phases.Add(await MeasureAsync(host, "delivery (measurements' events)", done, () => DeliveredAsync(dpmd)));
                phases.Add(new Phase("**measurements end to end, commit only**", done,
                    phases.Skip(start).Take(3).Aggregate(TimeSpan.Zero, (t, p) => t + p.Wall), phases.Skip(start).Take(3).Aggregate(TimeSpan.Zero, (t, p) => t + p.Cpu), host.PeakRssMb));
                phases.Add(new Phase("**measurements end to end, delivered**", done, total.Elapsed, host.CpuTime - cpu0, host.PeakRssMb));
            }

            Console.WriteLine();
            Console.WriteLine("| phase | rows | seconds | rows/s | host CPU s | host CPU ms/row | host peak RSS MB |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            phases.ForEach(p => Console.WriteLine(p.Line));
            Console.WriteLine($"load average at the end {LoadAverage()} on {Environment.ProcessorCount} cores");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>Upload, dry run and commit of one file, each a phase; the number of rows imported.</summary>
    private static async Task<int> ImportAsync(
        HostProcess host, HttpClient client, string type, byte[] file, string contentType, string fileName, int rows, List<Phase> phases, string what)
    {
        string? id = null;
        phases.Add(await MeasureAsync(host, $"{what}: upload (stream, limits, header, row count)", rows, async () =>
        {
            using var content = new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue(contentType) } };
            var job = await Json(await client.PostAsync($"/api/imports/types/{type}/files?fileName={fileName}", content));
            id = job.GetProperty("id").GetString();
        }));
        JsonElement validated = default;
        phases.Add(await MeasureAsync(host, $"{what}: dry run (every row through the module's validators, duplicates)", rows, async () =>
        {
            (await client.PostAsJsonAsync($"/api/imports/{id}/dry-run", new { })).EnsureSuccessStatusCode();
            validated = await UntilAsync(client, id!, "validated");
        }));
        var invalid = validated.GetProperty("invalidRows").GetInt32();
        if (invalid > 0)
        {
            var sample = await client.GetStringAsync($"/api/imports/{id}/rows?status=invalid");
            Console.WriteLine($"{what}: {invalid} rows invalid in the dry run, e.g. {sample[..Math.Min(400, sample.Length)]}");
        }

        var imported = 0;
        phases.Add(await MeasureAsync(host, $"{what}: commit (the module's commands, outbox, audit, markers)", rows - invalid, async () =>
        {
            (await client.PostAsync($"/api/imports/{id}/commit", null)).EnsureSuccessStatusCode();
            var job = await UntilAsync(client, id!, "committed");
            imported = job.GetProperty("importedRows").GetInt32();
        }));
        Console.WriteLine($"{what}: imported {imported:N0} of {rows:N0} rows, {invalid} rejected in the dry run");
        return imported;
    }

    private static async Task<Phase> MeasureAsync(HostProcess host, string name, int rows, Func<Task> action)
    {
        var cpu = host.CpuTime;
        var watch = Stopwatch.StartNew();
        await action();
        return new Phase(name, rows, watch.Elapsed, host.CpuTime - cpu, host.PeakRssMb);
    }

    /// <summary>Until every module's outbox has nothing pending (the readiness report's counts), polled once a second.</summary>
    private static async Task DeliveredAsync(HttpClient client)
    {
        while (true)
        {
            using var response = await client.GetAsync("/health/ready");
            var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var pending = 0;
            foreach (var check in report.GetProperty("checks").EnumerateArray())
            {
                if (check.TryGetProperty("data", out var modules) && modules.ValueKind == JsonValueKind.Object)
                {
                    foreach (var module in modules.EnumerateObject())
                    {
                        if (module.Value.ValueKind == JsonValueKind.Object && module.Value.TryGetProperty("pending", out var count))
                        {
                            pending += count.GetInt32();
                        }
                    }
                }
            }

            if (pending == 0) return;
            await Task.Delay(1000);
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

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
    private static byte[] Csv(int residents, List<(string Village, string Registration)> posyandu, int offset = 0)
    {
        var text = new StringBuilder("No. KK;NIK;Nama;Jenis kelamin;Tanggal lahir;Hubungan keluarga;Alamat;RT;RW;Posyandu\n");
        var start = new DateOnly(1950, 1, 1);
        for (var i = offset; i < offset + residents; i++)
        {
            var household = i / 4;
            var member = i % 4;
            var female = member == 1 || (member == 3 && household % 2 == 0);
            var birth = start.AddDays(i % 20000);
            var nik = Nik(birth, female, i / 20000 + 1);
            var kk = Kk(household);
            var relation = member switch { 0 => "Kepala Keluarga", 1 => "Istri", _ => "Anak" };
            var site = posyandu[household % posyandu.Count].Registration;
            text.Append(CultureInfo.InvariantCulture, $"{kk};{nik};Warga {i};{(female ? "P" : "L")};{birth:dd/MM/yyyy};{relation};Jl. Bench {household};001;002;{site}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A NIK of district 64.02.01 agreeing with the birth date and sex (day + 40 for women).</summary>
    internal static string Nik(DateOnly birth, bool female, int serial) =>
        string.Create(CultureInfo.InvariantCulture, $"640201{birth.Day + (female ? 40 : 0):D2}{birth.Month:D2}{birth.Year % 100:D2}{serial:D4}");

    internal static string Kk(int household) => string.Create(CultureInfo.InvariantCulture, $"6402010101{household / 9999 + 20:D2}{household % 9999 + 1:D4}");

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

    internal static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
