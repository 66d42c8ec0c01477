using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Reporting.Persistence;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Reporting;

/// <summary>
/// One village, three sectors: a weighing (Health), a PAUD enrolment (Education) and an RTLH assessment (Housing)
/// reach the village, district, regency and province scorecards through events only, and a rebuild from history
/// gives the same figures.
/// </summary>
public sealed class CrossSectorReportingTests
{
    private const string Perian = "64.02.01.2001";
    private TestHost _host = null!;
    private HttpClient _dpmd = null!;

    /// <summary>
    /// The month of the RTLH assessment: the current one, since a house cannot be assessed before its household was
    /// registered (today, in this test).
    /// </summary>
    private readonly string _assessmentMonth = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    [OneTimeSetUp]
    public async Task Seed()
    {
        _host = await TestHost.StartAsync();
        _dpmd = _host.Client([Roles.Dpmd], region: "64");
        using var admin = _host.Client([Roles.Admin]);
        var posyandu = await IdOf(await admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Melati", regionCode = Perian, serviceDay = 10 }));
        var household = await IdOf(await admin.PostJson("/api/registry/households", new { nomorKk = "6402010101200001", regionCode = Perian, posyanduId = posyandu }));
        var baby = await ResidentAsync(admin, household, "6402015702250001", "Salsa", "female", "2025-02-17");
        var preschooler = await ResidentAsync(admin, household, "6402011003220001", "Bima", "male", "2022-03-10");
        await Dispatch("registry");

        using var health = _host.Client([Roles.Health], region: "64.02");
        (await health.PostJson($"/api/health/children/{baby}/visits", new { measuredOn = "2026-11-10", weightKg = 9.6, lengthHeightCm = 78.8, measurement = "lying" })).EnsureSuccessStatusCode();
        using var education = _host.Client([Roles.Education], region: "64.02");
        var enrolment = await education.PostJson($"/api/education/paud/children/{preschooler}/enrolments", new { institutionName = "KB Tunas Harapan", institutionType = "kb", startDate = "2026-07-13" });
        Assert.That(enrolment.StatusCode, Is.EqualTo(HttpStatusCode.Created), await enrolment.Content.ReadAsStringAsync());
        // The household's house: an earth floor makes it RTLH; its two residents (from the registry) have 10 m² each.
        using var housing = _host.Client([Roles.Housing], region: "64.02");
        var assessment = await housing.PostJson($"/api/housing/households/{household}/assessments", new
        {
            assessedOn = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            foundation = "good", columnsAndBeams = "good", roofStructure = "good", roofMaterial = "metal", wallMaterial = "wood", floorMaterial = "earth",
            floorAreaM2 = 20.0, adequateNaturalLighting = true, adequateVentilation = true, water = "shared", latrine = "own",
        });
        Assert.That(assessment.StatusCode, Is.EqualTo(HttpStatusCode.Created), await assessment.Content.ReadAsStringAsync());
        await Dispatch("health");
        await Dispatch("education");
        await Dispatch("housing");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd.Dispose();
        await _host.DisposeAsync();
    }

    [TestCase(Perian)]
    [TestCase("64.02.01")]
    [TestCase("64.02")]
    [TestCase("64")]
    public async Task A_weighing_a_paud_enrolment_and_an_rtlh_house_show_at_every_level(string region)
    {
        var card = await (await _dpmd.GetAsync($"/api/reporting/scorecard?region={region}&period=2026-11")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var assessed = await (await _dpmd.GetAsync($"/api/reporting/scorecard?region={region}&period={_assessmentMonth}")).ShouldBe<JsonElement>(HttpStatusCode.OK);

        Assert.That(Figures(card, "kes-ds"), Is.EqualTo((1L, 2L)), "D/S: the baby weighed, of two under-fives");
        Assert.That(Figures(card, "pend-paud"), Is.EqualTo((1L, 1L)), "PAUD: the four-year-old enrolled, of one child of PAUD age");
        Assert.That(Figures(assessed, "rumah-rtlh"), Is.EqualTo((1L, 1L)), "RTLH: the one house assessed is not layak huni");
        Assert.That(Indicator(assessed, "rumah-rtlh").GetProperty("value").GetDecimal(), Is.EqualTo(100.0m));
    }

    [Test]
    public async Task The_enrolment_counts_from_its_start_month_only()
    {
        var june = await (await _dpmd.GetAsync($"/api/reporting/scorecard?region={Perian}&period=2026-06")).ShouldBe<JsonElement>(HttpStatusCode.OK);

        Assert.That(Figures(june, "pend-paud"), Is.EqualTo((0L, 1L)));
    }

    [Test]
    public async Task Rebuilding_from_history_gives_identical_figures()
    {
        var before = await SnapshotAsync();

        var (_, failures) = await _host.Services.GetRequiredService<ReadModelRebuilder>().RebuildAsync("reporting", CancellationToken.None);

        Assert.That(failures, Is.Empty);
        Assert.That(await SnapshotAsync(), Is.EqualTo(before));
        Assert.That(before, Has.Some.Contains("education.paud_enrolled"));
        Assert.That(before, Has.Some.Contains("housing.rtlh").And.Some.Contains("housing.assessed"));
    }

    [Test]
    public async Task A_rebuild_runs_alone_and_live_delivery_to_its_module_waits_for_it()
    {
        var before = await SnapshotAsync();
        var gate = _host.Services.GetRequiredService<ReadModelRebuildGate>();
        var reportingEvents = _host.Services.GetRequiredService<SubscriptionRegistry>().All.Where(s => s.ConsumerModule == "reporting")
            .Select(s => IntegrationEventSerializer.TypeName(s.EventType)).ToList();
        await using var scope = _host.Services.CreateAsyncScope();
        var health = scope.ServiceProvider.GetRequiredService<IEnumerable<ModuleDatabase>>().Single(d => d.Module == "health").Resolve(scope.ServiceProvider);
        var weighing = await health.OutboxMessages.FirstAsync(m => reportingEvents.Contains(m.Type));
        var attempts = weighing.Attempts;

        var rebuild = await gate.TryBeginAsync("reporting", CancellationToken.None);
        Assert.That(rebuild, Is.Not.Null, "a rebuild of reporting starts");
        try
        {
            using var admin = _host.Client([Roles.Admin]);
            var refused = await (await admin.PostAsync("/api/platform/read-models/reporting/rebuild", null)).ShouldBeProblem(HttpStatusCode.Conflict);
            Assert.That(refused.GetProperty("detail").GetString(), Does.Contain("one rebuild at a time"));
            Assert.ThrowsAsync<Posyandu.SharedKernel.Errors.ConflictException>(() =>
                _host.Services.GetRequiredService<ReadModelRebuilder>().RebuildAsync("reporting", CancellationToken.None));

            // A live delivery meanwhile (the weighing's event delivered again) waits: pending, no attempt counted.
            weighing.Status = OutboxStatus.Pending;
            weighing.NextAttemptAt = null;
            await health.SaveChangesAsync();
            await Dispatch("health");
            await health.Entry(weighing).ReloadAsync();
            Assert.That((weighing.Status, weighing.Attempts, weighing.LastError), Is.EqualTo((OutboxStatus.Pending, attempts, "Waits for the rebuild of a consumer's read models.")));
        }
        finally
        {
            await rebuild!.DisposeAsync();
        }

        weighing.NextAttemptAt = null;
        await health.SaveChangesAsync();
        await Dispatch("health");
        await health.Entry(weighing).ReloadAsync();
        Assert.That(weighing.Status, Is.EqualTo(OutboxStatus.Processed), "delivered once the rebuild is over");
        Assert.That(await SnapshotAsync(), Is.EqualTo(before), "and counted once (the inbox has it)");
    }

    private async Task<List<string>> SnapshotAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var totals = (await db.Totals.AsNoTracking().ToListAsync()).Where(t => t.Value != 0).Select(t => $"{t.Period} {t.RegionCode} {t.Metric}={t.Value}");
        var running = (await db.RunningTotals.AsNoTracking().ToListAsync()).Where(t => t.Delta != 0).Select(t => $"{t.Period} {t.RegionCode} {t.Metric} {t.Delta}");
        return totals.Concat(running).Order(StringComparer.Ordinal).ToList();
    }

    private static (long, long) Figures(JsonElement card, string id)
    {
        var indicator = Indicator(card, id);
        return (indicator.GetProperty("numerator").GetInt64(), indicator.GetProperty("denominator").GetInt64());
    }

    private static JsonElement Indicator(JsonElement card, string id) =>
        card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray()).Single(i => i.GetProperty("id").GetString() == id);

    private Task<DispatchResult> Dispatch(string module) => _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(module, CancellationToken.None);

    private static async Task<Guid> ResidentAsync(HttpClient client, Guid household, string nik, string name, string sex, string birthDate) =>
        (await (await client.PostJson("/api/registry/residents", new { nik, name, sex, birthDate, householdId = household, relation = "anak" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetGuid();

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
