using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Housing.Contracts;
using Posyandu.Reporting.Persistence;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Reporting;

/// <summary>
/// Housing's events month by month: RTLH counts from an RTLH assessment until a later sound assessment or a
/// completed rehabilitation; late and out-of-order events land in the right months; a rebuild gives the same figures.
/// </summary>
/// <remarks>
/// The events are written into Housing's outbox as the module writes them, with dates across 2025: through Housing's
/// API an assessment cannot predate the household's registration (today, in a test), so history comes this way.
/// </remarks>
public sealed class HousingReportingTests
{
    private const string Perian = "64.02.01.2001";
    private const string RawaMakmur = "64.72.01.1001";
    private static readonly Guid Melati = Guid.NewGuid();
    private static readonly Guid Flamboyan = Guid.NewGuid();
    private TestHost _host = null!;
    private HttpClient _dpmd = null!;

    [OneTimeSetUp]
    public async Task Seed()
    {
        _host = await TestHost.StartAsync();
        _dpmd = _host.Client([Roles.Dpmd], region: "64");
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var soundAgain = Guid.CreateVersion7();

        // A: RTLH in March, found sound in August; an earlier sound assessment (January) arrives last.
        await PublishAsync(Assessed(a, Perian, Melati, "2025-03-10", rtlh: true));
        await PublishAsync(Assessed(a, Perian, Melati, "2025-08-05", rtlh: false, soundAgain));
        // B: RTLH from February, rehabilitated in June, re-assessed RTLH in September.
        await PublishAsync(Assessed(b, Perian, Melati, "2025-02-01", rtlh: true));
        await PublishAsync(Completed(b, Perian, Melati, "2025-06-15"));
        await PublishAsync(Assessed(b, Perian, Melati, "2025-09-02", rtlh: true));
        // C (Kota Samarinda): the completion is delivered before the assessment it follows.
        await PublishAsync(Completed(c, RawaMakmur, Flamboyan, "2025-05-20"));
        await PublishAsync(Assessed(c, RawaMakmur, Flamboyan, "2025-04-01", rtlh: true));
        await PublishAsync(Assessed(a, Perian, Melati, "2025-01-20", rtlh: false));
        // D (Kota Samarinda): two assessments on one day, the later recorded (RTLH) published first: it stays in force.
        var d = Guid.NewGuid();
        var recorded = new DateTime(2025, 10, 10, 3, 0, 0, DateTimeKind.Utc);
        await PublishAsync(Assessed(d, RawaMakmur, Flamboyan, "2025-10-10", rtlh: true) with { RecordedAt = recorded.AddMinutes(30) });
        await PublishAsync(Assessed(d, RawaMakmur, Flamboyan, "2025-10-10", rtlh: false) with { RecordedAt = recorded });
        // The August assessment published twice (a retry after a lost acknowledgement) counts once.
        await PublishAsync(Assessed(a, Perian, Melati, "2025-08-05", rtlh: false, soundAgain));
        await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("housing", CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd.Dispose();
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

    private static HouseAssessed Assessed(Guid household, string village, Guid posyandu, string day, bool rtlh, Guid? id = null)
    {
        var on = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        return new HouseAssessed(id ?? Guid.CreateVersion7(), household, posyandu, village, on, rtlh, rtlh ? [RtlhReasons.EarthOrBambooFloor] : [], day[..7], DateTime.UtcNow);
    }

    private static RehabilitationCompleted Completed(Guid household, string village, Guid posyandu, string day)
    {
        var on = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        return new RehabilitationCompleted(Guid.CreateVersion7(), household, posyandu, village, on.AddMonths(-1), on, RehabilitationProgrammes.BspsApbn, 20_000_000, day[..7]);
    }

    /// <summary>Writes the event into Housing's outbox, as Housing's own handlers do (committed on its own).</summary>
    private async Task PublishAsync(IIntegrationEvent integrationEvent)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var housing = scope.ServiceProvider.GetServices<ModuleDatabase>().Single(d => d.Module == "housing").Resolve(scope.ServiceProvider);
        housing.Publish(integrationEvent);
        await housing.SaveChangesAsync();
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
