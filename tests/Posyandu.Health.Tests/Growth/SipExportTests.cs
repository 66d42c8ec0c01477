using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Posyandu.Health.Persistence;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Health.Tests.Growth;

/// <summary>
/// The SIP exports (issue 23) on the SKDN fixture's months: Format 2 and the SKDN recap opened with MiniExcel and
/// checked against the module's data and the JSON SKDN report; the scope (a kader of another Posyandu, DPMD without
/// names) and the audit line of the register.
/// </summary>
public sealed partial class SkdnTests
{
    [Test]
    public async Task Format_2_lists_the_under_fives_with_the_months_weights_N_T_and_is_audited()
    {
        var rows = await Format2Async(_health);

        Assert.That(rows, Has.Count.EqualTo(5), "A–E: the adult and the child of 69 months are not balita in 2026");
        var b = rows.Single(r => Equals(r["Oktober BB (kg)"], 9.1));
        Assert.Multiple(() =>
        {
            Assert.That((b["Nama bayi/balita"], b["Jenis kelamin (L/P)"], b["Tanggal lahir"]), Is.EqualTo(("Anak", "L", "15-01-2025")));
            Assert.That((b["September BB (kg)"], b["September N/T"], b["Oktober N/T"], b["November N/T"]), Is.EqualTo((9.0, "B", "T", "T")));
            Assert.That(b["Catatan"], Is.EqualTo("2T November"));
            Assert.That((b["Nama ayah"], b["Nama ibu"]), Is.EqualTo(((object?)null, "Ibu Sari")), "the household's wife is the mother; no head or husband");
            Assert.That(rows.Count(r => Equals(r["Oktober N/T"], "N")), Is.EqualTo(1), "N in October is the SKDN's N");
            Assert.That(rows.Count(r => r["Oktober BB (kg)"] is not null), Is.EqualTo(4), "D in October");
        });

        await using var scope = _host.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<HealthDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Entity == "SipFormat2").OrderByDescending(a => a.Id).FirstAsync();
        Assert.That(audit.Subjects!.Split(','), Is.EquivalentTo(new[] { "A", "B", "C", "D", "E" }.Select(c => _children[c].ToString())));
    }

    [Test]
    public async Task Format_2_is_refused_to_a_kader_of_another_Posyandu_and_shows_DPMD_no_names()
    {
        using var own = _host.Client([Roles.Kader], region: Perian, posyandu: _posyandu, sectors: [Roles.Health]);
        using var other = _host.Client([Roles.Kader], region: Perian, posyandu: Guid.NewGuid(), sectors: [Roles.Health]);
        using var elsewhere = _host.Client([Roles.Health], region: "64.72");
        using var dpmd = _host.Client([Roles.Dpmd], region: "64.02");

        Assert.That(await Format2Async(own), Has.Count.EqualTo(5));
        await (await other.GetAsync($"/api/health/posyandu/{_posyandu}/sip/format-2?year=2026")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await elsewhere.GetAsync($"/api/health/posyandu/{_posyandu}/sip/format-2?year=2026")).ShouldBeProblem(HttpStatusCode.NotFound);
        var rows = await Format2Async(dpmd);
        Assert.That(rows.Select(r => r["Nama bayi/balita"]).ToList(), Has.Count.EqualTo(5).And.All.Null);
        Assert.That(rows.Count(r => r["Oktober BB (kg)"] is not null), Is.EqualTo(4));
    }

    [Test]
    public async Task The_SKDN_recap_of_a_month_and_of_a_year_has_the_SKDN_reports_figures()
    {
        var json = await Skdn(Perian, "2026-10");
        var month = await XlsxAsync(await _province.GetAsync($"/api/health/reports/skdn/xlsx?region={Perian}&period=2026-10"), "SKDN 2026-10");
        var year = await XlsxAsync(await _province.GetAsync($"/api/health/reports/skdn/xlsx?posyanduId={_posyandu}&period=2026"), "SKDN 2026");

        Assert.That(month.Select(r => r["Posyandu / wilayah"]), Is.EqualTo(new[] { _posyandu.ToString(), $"Jumlah {Perian}" }));
        Assert.That(Figures(month[^1]), Is.EqualTo(Figures(json.GetProperty("total"))));
        Assert.That(Figures(month[^1]).Take(4), Is.EqualTo(new object?[] { 5.0, 4.0, 4.0, 1.0 }), "S K D N");
        Assert.That((month[^1]["D/S (%)"], month[^1]["N/D (%)"], month[^1]["K/S (%)"]), Is.EqualTo((80.0, 25.0, 80.0)));
        var october = year.Single(r => Equals(r["Bulan"], "Oktober"));
        Assert.That(Figures(october), Is.EqualTo(Figures(json.GetProperty("rows")[0])));
        Assert.That(Figures(year.Single(r => Equals(r["Bulan"], "November"))).Take(4), Is.EqualTo(Figures((await Skdn(Perian, "2026-11")).GetProperty("total")).Take(4)));
        await (await _province.GetAsync($"/api/health/reports/skdn/xlsx?region={Perian}&period=2026-13")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    private static readonly string[] Counted = ["S", "K", "D", "N", "T", "O", "B", "2T", "BGM"];

    private static object?[] Figures(IDictionary<string, object?> row) => [.. Counted.Select(c => row[c])];

    private static object?[] Figures(JsonElement row) =>
        [.. new[] { "s", "k", "d", "n", "t", "o", "b", "twoT", "bgm" }.Select(p => row.GetProperty(p).ValueKind == JsonValueKind.Null ? null : (object)(double)row.GetProperty(p).GetInt32())];

    private async Task<List<IDictionary<string, object?>>> Format2Async(HttpClient client) =>
        await XlsxAsync(await client.GetAsync($"/api/health/posyandu/{_posyandu}/sip/format-2?year=2026"), "Format 2 2026");

    private static async Task<List<IDictionary<string, object?>>> XlsxAsync(HttpResponseMessage response, string sheet)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];
    }
}
