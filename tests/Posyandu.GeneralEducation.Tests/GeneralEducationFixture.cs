using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.GeneralEducation.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.GeneralEducation.Tests;

/// <summary>
/// One real host per fixture with a Posyandu in Desa Perian (Kec. Muara Muntai, Kab. Kutai Kartanegara); residents are
/// registered in the registry and reach the module through the outbox, as in production.
/// </summary>
/// <remarks>
/// The host reads a <see cref="TestClock"/> the tests move: <see cref="Month"/>(1) is the month after the real one, so
/// nothing predates the registration; a test sets the day it acts on (<see cref="At"/>).
/// </remarks>
public abstract class GeneralEducationFixture
{
    /// <summary>Desa Perian, Kec. Muara Muntai, Kab. Kutai Kartanegara.</summary>
    protected const string Perian = "64.02.01.2001";

    /// <summary>Kel. Rawa Makmur, Kec. Palaran, Kota Samarinda.</summary>
    protected const string RawaMakmur = "64.72.01.1001";

    private static readonly DateOnly RealToday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    private static readonly TimeOnly Morning = new(10, 0);
    private static int _serial;

    protected TestClock Clock { get; } = TestClock.At(RealToday, Morning);

    protected TestHost Host { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    /// <summary>The OPD of community education, whole province.</summary>
    protected HttpClient Opd { get; private set; } = null!;

    /// <summary>A kader of the fixture's Posyandu who serves general education.</summary>
    protected HttpClient Kader { get; private set; } = null!;

    protected Guid Posyandu { get; private set; }

    protected Guid Household { get; private set; }

    /// <summary>The <paramref name="day"/>-th of the <paramref name="n"/>-th month after the real one.</summary>
    protected static DateOnly Month(int n, int day = 1) => new DateOnly(RealToday.Year, RealToday.Month, 1).AddMonths(n).AddDays(day - 1);

    protected static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static string PeriodOf(DateOnly day) => Period.Of(day).ToString();

    /// <summary>Sets the host's "today".</summary>
    protected void At(DateOnly day) => Clock.SetLocal(day, Morning);

    [OneTimeSetUp]
    public async Task StartHost()
    {
        Host = await TestHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(Clock));
        Admin = Host.Client([Roles.Admin]);
        Opd = Host.Client([Roles.GeneralEducation], region: "64");
        (Posyandu, Household) = await PosyanduAsync(Perian, "Posyandu Melati");
        Kader = Host.Client([Roles.Kader], region: Perian, posyandu: Posyandu, sectors: ["generaleducation"]);
        At(Month(1, 1));
        await SeedAsync();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        Admin.Dispose();
        Opd.Dispose();
        Kader.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>Per-fixture records, after the Posyandu exists.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    /// <summary>A Posyandu in <paramref name="village"/> with one household (KK).</summary>
    protected async Task<(Guid Posyandu, Guid Household)> PosyanduAsync(string village, string name)
    {
        var posyandu = await IdOf(await Admin.PostJson("/api/registry/posyandu", new { name, regionCode = village, serviceDay = 10 }));
        var district = village.Replace(".", "", StringComparison.Ordinal)[..6];
        var household = await IdOf(await Admin.PostJson("/api/registry/households",
            new { nomorKk = $"{district}010120{Interlocked.Increment(ref _serial):D4}", regionCode = village, posyanduId = posyandu }));
        await DispatchAsync("registry");
        return (posyandu, household);
    }

    /// <summary>Registers a woman (or a girl born on <paramref name="birthDate"/>) in a household (default: the fixture's).</summary>
    protected async Task<Guid> ResidentAsync(Guid? household = null, string village = Perian, string birthDate = "1995-08-17", string relation = "istri")
    {
        var born = DateOnly.ParseExact(birthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var district = village.Replace(".", "", StringComparison.Ordinal)[..6];
        var nik = $"{district}{born.Day + 40:D2}{born.Month:D2}{born.Year % 100:D2}{Interlocked.Increment(ref _serial):D4}";
        var response = await Admin.PostJson("/api/registry/residents",
            new { nik, name = "Siti Aminah", sex = "female", birthDate, householdId = household ?? Household, relation });
        var id = (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetGuid();
        await DispatchAsync("registry");
        return id;
    }

    /// <summary>Adds a line to <paramref name="posyandu"/>'s (default: the fixture's) plan for the month of <paramref name="day"/>.</summary>
    protected async Task<Guid> PlanAsync(DateOnly day, string topic = "gizi-seimbang", Guid? posyandu = null) =>
        await IdOf(await Kader.PostJson($"/api/generaleducation/posyandu/{posyandu ?? Posyandu}/plans/{PeriodOf(day)}/activities",
            new { topic, targetGroup = "parentsOfUnderFives", facilitatorRole = "kader", plannedDate = Iso(day) }));

    /// <summary>Enters an activity on <paramref name="day"/> (realising <paramref name="plan"/>, or of <paramref name="bkbGroup"/>).</summary>
    protected async Task<Guid> ActivityAsync(DateOnly day, Guid? plan = null, string topic = "gizi-seimbang", Guid? posyandu = null, Guid? bkbGroup = null, HttpClient? client = null) =>
        await IdOf(await (client ?? Opd).PostJson($"/api/generaleducation/posyandu/{posyandu ?? Posyandu}/activities", new
        {
            date = Iso(day), topic, method = "demonstrasi", targetGroup = "parentsOfUnderFives", facilitatorRole = "health",
            facilitatorName = "Bidan desa", materials = "Bahan MP-ASI, leaflet", plannedActivityId = plan, bkbGroupId = bkbGroup,
        }));

    protected Task<HttpResponseMessage> AttendAsync(Guid activity, object[] attendees, int guests = 0, HttpClient? client = null) =>
        (client ?? Kader).PostJson($"/api/generaleducation/activities/{activity}/attendance", new { attendees, guests });

    protected static object Attendee(Guid resident, int? pre = null, int? post = null) => new { residentId = resident, preTestScore = pre, postTestScore = post };

    protected Task DispatchAsync(string module) => Host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(module, CancellationToken.None);

    /// <summary>A scorecard indicator's numerator and denominator for a region and month, after the module's events reached Reporting.</summary>
    protected async Task<(long Numerator, long Denominator)> ScorecardAsync(string region, DateOnly month, string indicator)
    {
        await DispatchAsync(GeneralEducationModule.ModuleName);
        using var dpmd = Host.Client([Roles.Dpmd], region: "64");
        var card = await Ok(await dpmd.GetAsync($"/api/reporting/scorecard?region={region}&period={PeriodOf(month)}"));
        var found = card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == indicator);
        return (found.GetProperty("numerator").GetInt64(),
            found.TryGetProperty("denominator", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetInt64() : 0);
    }

    /// <summary>Runs <paramref name="query"/> on the module's own database, unscoped (as the system).</summary>
    protected async Task<T> InDatabase<T>(Func<GeneralEducationDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<GeneralEducationDbContext>());
    }

    /// <summary>The payloads of the module's outbox messages of one event type, oldest first.</summary>
    protected Task<List<JsonElement>> PublishedAsync(string eventType) =>
        InDatabase(async db => (await db.OutboxMessages.AsNoTracking().Where(m => m.Type.EndsWith(eventType)).OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync())
            .Select(p => JsonDocument.Parse(p).RootElement).ToList());

    protected static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    protected static async Task<JsonElement> Ok(HttpResponseMessage response) => await response.ShouldBe<JsonElement>(HttpStatusCode.OK);
}
