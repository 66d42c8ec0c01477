using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Housing.Tests;

/// <summary>Dinas Perumahan's monthly RTLH report, per Posyandu up to regency, and its agreement with the DPMD scorecard.</summary>
public sealed class ReportTests : HousingFixture
{
    private HttpClient? _province;

    /// <summary>DPMD of the province: sees the counts below the small-cell threshold (an OPD does not).</summary>
    private HttpClient Province => _province ??= Host.Client([Roles.Dpmd], region: "64");

    protected override async Task SeedAsync()
    {
        // Desa Perian: one RTLH, one layak huni, one rehabilitated in month 2, one never assessed.
        await AssessAsync(await HouseholdAsync(), Rtlh(Month(1, 5)));
        await AssessAsync(await HouseholdAsync(), House(Month(1, 6)));
        var rehabilitated = await HouseholdAsync();
        await AssessAsync(rehabilitated, Rtlh(Month(1, 7)));
        var works = await StartAsync(rehabilitated, Month(1, 10), budget: 20_000_000);
        await Ok(await Opd.PostJson($"/api/housing/rehabilitations/{works}/complete", new { completedOn = Iso(Month(2, 15)), finalCostRupiah = 19_000_000 }));
        await HouseholdAsync();
        // Kel. Rawa Makmur (Kota Samarinda): a thatched house assessed in month 2, its works started then.
        var flamboyan = await PosyanduAsync(RawaMakmur, "Posyandu Flamboyan");
        var samarinda = await HouseholdAsync(posyandu: flamboyan, village: RawaMakmur);
        await AssessAsync(samarinda, House(Month(2, 3), h => h["roofMaterial"] = "thatch"), Opd);
        await StartAsync(samarinda, Month(2, 5), "apbdProvinsi", 15_000_000);
    }

    [Test]
    public async Task Rtlh_and_rehabilitations_roll_up_from_posyandu_to_regency()
    {
        var report = await Ok(await Province.GetAsync($"/api/housing/reports/rtlh?region=64&period={PeriodOf(Month(2))}&by=regency"));

        var total = report.GetProperty("total");
        Assert.That(report.GetProperty("asOf").GetString(), Is.EqualTo(Iso(Month(3).AddDays(-1))));
        Assert.That(report.GetProperty("by").GetString(), Is.EqualTo("regency"));
        Assert.That(Figures(total), Is.EqualTo((5, 4, 2, 1)), "households, assessed, RTLH (the rehabilitated house no longer), in rehabilitation");
        Assert.That(total.GetProperty("rtlhPercent").GetDecimal(), Is.EqualTo(50.0m));
        Assert.That(Counts(total.GetProperty("rtlhReasons")), Is.EqualTo(new[] { "earthOrBambooFloor=1", "noOwnLatrine=1", "nonDurableRoof=1", "overcrowded=1" }));
        Assert.That((total.GetProperty("rehabilitationsStarted").GetInt32(), total.GetProperty("plannedBudgetRupiah").GetInt64()), Is.EqualTo((1, 15_000_000L)));
        Assert.That((total.GetProperty("rehabilitationsCompleted").GetInt32(), total.GetProperty("finalCostRupiah").GetInt64()), Is.EqualTo((1, 19_000_000L)));
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.That(rows.Select(r => r.GetProperty("key").GetString()), Is.EqualTo(new[] { "64.02", "64.72" }));
        Assert.That(Figures(rows[0]), Is.EqualTo((4, 3, 1, 0)));
        Assert.That(Figures(rows[1]), Is.EqualTo((1, 1, 1, 1)));
    }

    [Test]
    public async Task An_earlier_month_counts_what_was_true_then_per_posyandu_and_village()
    {
        var byPosyandu = await Ok(await Province.GetAsync($"/api/housing/reports/rtlh?region={Perian}&period={PeriodOf(Month(1))}"));
        var byVillage = await Ok(await Province.GetAsync($"/api/housing/reports/rtlh?region=64.02&period={PeriodOf(Month(1))}&by=village"));
        var beforeAnything = await Ok(await Province.GetAsync($"/api/housing/reports/rtlh?region=64.02&period={PeriodOf(RegistrationDay)}"));

        var row = byPosyandu.GetProperty("rows").EnumerateArray().Single();
        Assert.That(row.GetProperty("key").GetString(), Is.EqualTo(Posyandu.ToString()));
        Assert.That(row.GetProperty("name").GetString(), Is.EqualTo("Posyandu Melati"));
        Assert.That(Figures(row), Is.EqualTo((4, 3, 2, 1)), "both RTLH houses, one of them being rebuilt");
        Assert.That((row.GetProperty("rehabilitationsStarted").GetInt32(), row.GetProperty("plannedBudgetRupiah").GetInt64()), Is.EqualTo((1, 20_000_000L)));
        Assert.That(row.GetProperty("rehabilitationsCompleted").GetInt32(), Is.Zero);
        Assert.That(byVillage.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()), Is.EqualTo(new[] { Perian }));
        Assert.That(Figures(beforeAnything.GetProperty("total")), Is.EqualTo((4, 0, 0, 0)));
        Assert.That(beforeAnything.GetProperty("total").GetProperty("rtlhPercent").ValueKind, Is.EqualTo(JsonValueKind.Null), "nothing assessed: no share");
    }

    [Test]
    public async Task The_dpmd_scorecard_fed_by_housings_events_shows_the_same_figures()
    {
        await DispatchAsync("housing");
        using var dpmd = Host.Client([Roles.Dpmd], region: "64");

        var first = await Ok(await dpmd.GetAsync($"/api/reporting/scorecard?region=64&period={PeriodOf(Month(1))}"));
        var second = await Ok(await dpmd.GetAsync($"/api/reporting/scorecard?region=64&period={PeriodOf(Month(2))}"));
        var report = await Ok(await Province.GetAsync($"/api/housing/reports/rtlh?region=64&period={PeriodOf(Month(2))}"));

        Assert.That(Indicator(first, "rumah-rtlh"), Is.EqualTo((2L, 3L)));
        Assert.That(Indicator(first, "rumah-rehab").Numerator, Is.Zero);
        Assert.That(Indicator(second, "rumah-rtlh"), Is.EqualTo((2L, 4L)));
        Assert.That(Indicator(second, "rumah-rehab").Numerator, Is.EqualTo(1));
        var total = report.GetProperty("total");
        Assert.That((total.GetProperty("rtlh").GetInt64(), total.GetProperty("assessed").GetInt64()), Is.EqualTo(Indicator(second, "rumah-rtlh")));
    }

    [Test]
    public async Task A_region_outside_the_callers_scope_is_not_found_and_bad_parameters_are_400()
    {
        using var samarinda = Host.Client([Roles.Housing], region: "64.72");
        var period = PeriodOf(Month(2));

        await (await samarinda.GetAsync($"/api/housing/reports/rtlh?region=64.02&period={period}")).ShouldBeProblem(HttpStatusCode.NotFound);
        var own = await Ok(await samarinda.GetAsync($"/api/housing/reports/rtlh?period={period}"));
        var badPeriod = await (await Opd.GetAsync("/api/housing/reports/rtlh?region=64&period=2026-13")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var badRegion = await (await Opd.GetAsync($"/api/housing/reports/rtlh?region=6402&period={period}")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var badLevel = await (await Opd.GetAsync($"/api/housing/reports/rtlh?region=64&period={period}&by=country")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(own.GetProperty("region").GetString(), Is.EqualTo("64.72"), "the region defaults to the caller's own");
        var ownTotal = own.GetProperty("total");
        Assert.That(new[] { "households", "assessed", "rtlh", "rtlhPercent", "plannedBudgetRupiah" }.Select(p => ownTotal.GetProperty(p).ValueKind),
            Has.All.EqualTo(JsonValueKind.Null), "one house: an OPD sees its counts, share and budget withheld (small cell)");
        Assert.That(badPeriod.ErrorFields(), Is.EqualTo(new[] { "period" }));
        Assert.That(badRegion.ErrorFields(), Is.EqualTo(new[] { "region" }));
        Assert.That(badLevel.ErrorFields(), Is.EqualTo(new[] { "by" }));
        Assert.That((await Kader.GetAsync($"/api/housing/reports/rtlh?region=64.02&period={period}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static (int Households, int Assessed, int Rtlh, int InRehabilitation) Figures(JsonElement row) => (
        row.GetProperty("households").GetInt32(), row.GetProperty("assessed").GetInt32(), row.GetProperty("rtlh").GetInt32(),
        row.GetProperty("inRehabilitation").GetInt32());

    private static List<string> Counts(JsonElement counts) => counts.EnumerateObject().Select(p => $"{p.Name}={p.Value.GetInt32()}").ToList();

    private static (long Numerator, long Denominator) Indicator(JsonElement card, string id)
    {
        var indicator = card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == id);
        return (indicator.GetProperty("numerator").GetInt64(), indicator.TryGetProperty("denominator", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetInt64() : 0);
    }
}
