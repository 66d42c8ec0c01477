using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Reporting.Persistence;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Reports;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Reporting;

/// <summary>
/// Housing's contributions month by month: RTLH counts from an RTLH assessment until a later sound assessment or a
/// completed rehabilitation (Housing's <c>HouseStatus</c>, not a rule of Reporting's); late records land in the right
/// months; an older contribution delivered late or a contribution delivered twice changes nothing; a rebuild gives
/// the same figures.
/// </summary>
/// <remarks>Written through Housing's API with dates across 2025 (an assessment may predate the household's registration).</remarks>
public sealed class HousingReportingTests
{
    private const string Perian = "64.02.01.2001";
    private const string RawaMakmur = "64.72.01.1001";
    private TestHost _host = null!;
    private HttpClient _dpmd = null!;
    private HttpClient _housing = null!;

    [OneTimeSetUp]
    public async Task Seed()
    {
        _host = await TestHost.StartAsync();
        _dpmd = _host.Client([Roles.Dpmd], region: "64");
        _housing = _host.Client([Roles.Housing], region: "64");
        using var admin = _host.Client([Roles.Admin]);
        var melati = await IdOf(await admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Melati", regionCode = Perian, serviceDay = 10 }));
        var flamboyan = await IdOf(await admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Flamboyan", regionCode = RawaMakmur, serviceDay = 12 }));
        var (a, b) = (await HouseholdAsync(admin, "6402010101200001", Perian, melati), await HouseholdAsync(admin, "6402010101200002", Perian, melati));
        var (c, d) = (await HouseholdAsync(admin, "6472010101200001", RawaMakmur, flamboyan), await HouseholdAsync(admin, "6472010101200002", RawaMakmur, flamboyan));
        await DispatchAsync("registry");

        // A: RTLH in March, found sound in August; an earlier sound assessment (January) is recorded last.
        await AssessAsync(a, "2025-03-10", rtlh: true);
        await AssessAsync(a, "2025-08-05", rtlh: false);
        // B: RTLH from February, rehabilitated in June, re-assessed RTLH in September.
        await AssessAsync(b, "2025-02-01", rtlh: true);
        await RehabilitateAsync(b, "2025-05-15", "2025-06-15");
        await AssessAsync(b, "2025-09-02", rtlh: true);
        // C (Kota Samarinda): RTLH in April, rehabilitated in May.
        await AssessAsync(c, "2025-04-01", rtlh: true);
        await RehabilitateAsync(c, "2025-04-20", "2025-05-20");
        await AssessAsync(a, "2025-01-20", rtlh: false);
        // D (Kota Samarinda): two assessments on one day; the later recorded (RTLH) is in force.
        await AssessAsync(d, "2025-10-10", rtlh: false);
        await AssessAsync(d, "2025-10-10", rtlh: true);
        await DispatchAsync("housing");

        // D's first, older contribution delivered again after the newer one, and A's latest twice (a retry after a
        // lost acknowledgement): neither changes a figure.
        var contributions = await ContributionsAsync();
        await RepublishAsync(contributions.First(m => m.Contains(d.ToString(), StringComparison.Ordinal)));
        await RepublishAsync(contributions.Last(m => m.Contains(a.ToString(), StringComparison.Ordinal)));
        await DispatchAsync("housing");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd.Dispose();
        _housing.Dispose();
        await _host.DisposeAsync();
    }

    [TestCase("2024-12", 0, 0)]
    [TestCase("2025-01", 0, 1)]
    [TestCase("2025-02", 1, 2)]
    [TestCase("2025-03", 2, 2)]
    [TestCase("2025-06", 1, 2)]
    [TestCase("2025-07", 1, 2)]
    [TestCase("2025-08", 0, 2)]
    [TestCase("2025-09", 1, 2)]
    [TestCase("2026-03", 1, 2)]
    public async Task A_village_counts_each_household_from_its_first_assessment_and_as_rtlh_while_it_is(string period, long rtlh, long assessed)
    {
        var card = await ScorecardAsync(Perian, period);

        Assert.That(Figures(card, "rumah-rtlh"), Is.EqualTo((rtlh, assessed)));
    }

    [TestCase("2025-04", 3, 3, 0)]
    [TestCase("2025-05", 2, 3, 1)]
    [TestCase("2025-06", 1, 3, 1)]
    [TestCase("2025-07", 1, 3, 0)]
    public async Task The_province_adds_up_its_villages_and_counts_completions_in_their_month(string period, long rtlh, long assessed, long completed)
    {
        var card = await ScorecardAsync("64", period);

        Assert.That(Figures(card, "rumah-rtlh"), Is.EqualTo((rtlh, assessed)));
        Assert.That(Figures(card, "rumah-rehab").Numerator, Is.EqualTo(completed));
    }

    [Test]
    public async Task A_rehabilitation_counts_in_the_regency_and_district_it_happened_in()
    {
        var samarinda = await ScorecardAsync("64.72", "2025-05");
        var kutaiKartanegara = await ScorecardAsync("64.02.01", "2025-06");

        Assert.That(Figures(samarinda, "rumah-rehab").Numerator, Is.EqualTo(1));
        Assert.That(Figures(samarinda, "rumah-rtlh"), Is.EqualTo((0L, 1L)), "C was rehabilitated in May");
        Assert.That(Figures(kutaiKartanegara, "rumah-rehab").Numerator, Is.EqualTo(1));
    }

    [Test]
    public async Task Of_two_assessments_on_one_day_the_later_recorded_counts_whatever_the_delivery_order()
    {
        var card = await ScorecardAsync(RawaMakmur, "2025-10");

        Assert.That(Figures(card, "rumah-rtlh"), Is.EqualTo((1L, 2L)), "D is RTLH; C was rehabilitated in May");
    }

    [Test]
    public async Task Rebuilding_from_history_gives_identical_figures()
    {
        var before = await SnapshotAsync();

        var (_, failures) = await _host.Services.GetRequiredService<ReadModelRebuilder>().RebuildAsync("reporting", CancellationToken.None);

        Assert.That(failures, Is.Empty);
        Assert.That(await SnapshotAsync(), Is.EqualTo(before));
        Assert.That(before, Has.Some.Contains("housing.rtlh").And.Some.Contains("housing.assessed").And.Some.Contains("housing.rehab_completed"));
    }

    private static async Task<Guid> HouseholdAsync(HttpClient admin, string nomorKk, string village, Guid posyandu) =>
        await IdOf(await admin.PostJson("/api/registry/households", new { nomorKk, regionCode = village, posyanduId = posyandu }));

    /// <summary>A sound house of four, or an RTLH one (an earth floor, a shared latrine, 24 m² for four).</summary>
    private async Task AssessAsync(Guid household, string day, bool rtlh)
    {
        var response = await _housing.PostJson($"/api/housing/households/{household}/assessments", new
        {
            assessedOn = day, foundation = "good", columnsAndBeams = "good", roofStructure = "good", roofMaterial = "metal", wallMaterial = "wood",
            floorMaterial = rtlh ? "earth" : "wood", floorAreaM2 = rtlh ? 24.0 : 48.0, occupants = 4,
            adequateNaturalLighting = true, adequateVentilation = true, water = "shared", latrine = rtlh ? "shared" : "own",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    private async Task RehabilitateAsync(Guid household, string startedOn, string completedOn)
    {
        var works = await IdOf(await _housing.PostJson($"/api/housing/households/{household}/rehabilitations",
            new { startedOn, programme = "bspsApbn", plannedBudgetRupiah = 20_000_000 }));
        (await _housing.PostJson($"/api/housing/rehabilitations/{works}/complete", new { completedOn, finalCostRupiah = 20_000_000 })).EnsureSuccessStatusCode();
    }

    private async Task DispatchAsync(string module) => await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(module, CancellationToken.None);

    /// <summary>Housing's published contributions (payloads), oldest first.</summary>
    private async Task<List<string>> ContributionsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var housing = scope.ServiceProvider.GetServices<ModuleDatabase>().Single(d => d.Module == "housing").Resolve(scope.ServiceProvider);
        var type = IntegrationEventSerializer.TypeName(typeof(SpmDataReported));
        return await housing.OutboxMessages.AsNoTracking().Where(m => m.Type == type).OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync();
    }

    /// <summary>Writes a copy of a published contribution into Housing's outbox: delivered again, as a new message.</summary>
    private async Task RepublishAsync(string payload)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var housing = scope.ServiceProvider.GetServices<ModuleDatabase>().Single(d => d.Module == "housing").Resolve(scope.ServiceProvider);
        housing.Publish(IntegrationEventSerializer.Deserialize(payload, typeof(SpmDataReported)));
        await housing.SaveChangesAsync();
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> ScorecardAsync(string region, string period) =>
        await (await _dpmd.GetAsync($"/api/reporting/scorecard?region={region}&period={period}")).ShouldBe<JsonElement>(HttpStatusCode.OK);

    private async Task<List<string>> SnapshotAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var totals = (await db.Totals.AsNoTracking().ToListAsync()).Where(t => t.Value != 0).Select(t => $"{t.Period} {t.RegionCode} {t.Metric}={t.Value}");
        var posyandu = (await db.PosyanduTotals.AsNoTracking().ToListAsync()).Where(t => t.Value != 0).Select(t => $"{t.Period} {t.PosyanduId} {t.Metric}={t.Value}");
        var running = (await db.RunningTotals.AsNoTracking().ToListAsync()).Where(t => t.Delta != 0).Select(t => $"{t.Period} {t.RegionCode} {t.Metric} {t.Delta}");
        return totals.Concat(posyandu).Concat(running).Order(StringComparer.Ordinal).ToList();
    }

    private static (long Numerator, long Denominator) Figures(JsonElement card, string id)
    {
        var indicator = card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == id);
        return (indicator.GetProperty("numerator").GetInt64(),
            indicator.TryGetProperty("denominator", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetInt64() : 0);
    }
}
