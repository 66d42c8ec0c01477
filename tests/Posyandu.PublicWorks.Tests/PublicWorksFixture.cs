using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.PublicWorks.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Time;
using Posyandu.Testing;

namespace Posyandu.PublicWorks.Tests;

/// <summary>
/// One real host per fixture with a Posyandu in Desa Perian (Kec. Muara Muntai, Kab. Kutai Kartanegara); households
/// and residents are registered in the registry and reach Dinas PU through the outbox, as in production.
/// </summary>
/// <remarks>
/// One clock (a <see cref="TestClock"/>): households are registered on <see cref="RegistrationDay"/>, then the clock
/// returns to "today" in month 4, and the tests date their surveys in the months between: <see cref="Month"/>(1) is the
/// month after registration.
/// </remarks>
public abstract class PublicWorksFixture
{
    /// <summary>Desa Perian, Kec. Muara Muntai, Kab. Kutai Kartanegara.</summary>
    protected const string Perian = "64.02.01.2001";

    private static int _serial;

    /// <summary>The day (WITA) every household is registered on: the real day the fixture starts.</summary>
    protected static readonly DateOnly RegistrationDay = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static readonly TimeOnly MorningService = new(10, 0);

    protected TestClock Clock { get; } = TestClock.At(Month(4), MorningService);

    protected TestHost Host { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    /// <summary>Dinas PU staff for the whole province.</summary>
    protected HttpClient Opd { get; private set; } = null!;

    /// <summary>DPMD of the province: the reports' counts below the small-cell threshold, which an OPD sees withheld.</summary>
    protected HttpClient Province => field ??= Host.Client([Roles.Dpmd], region: "64");

    /// <summary>A kader of the fixture's Posyandu who serves public works.</summary>
    protected HttpClient Kader { get; private set; } = null!;

    /// <summary>A DPMD coordinator for the province.</summary>
    protected HttpClient Dpmd { get; private set; } = null!;

    protected Guid Posyandu { get; private set; }

    /// <summary>The first day of the <paramref name="n"/>-th month after the registration month.</summary>
    protected static DateOnly Month(int n, int day = 1) => new DateOnly(RegistrationDay.Year, RegistrationDay.Month, 1).AddMonths(n).AddDays(day - 1);

    protected static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static string PeriodOf(DateOnly day) => Period.Of(day).ToString();

    [OneTimeSetUp]
    public async Task StartHost()
    {
        Host = await TestHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(Clock));
        Admin = Host.Client([Roles.Admin]);
        Opd = Host.Client([Roles.PublicWorks], region: "64");
        Dpmd = Host.Client([Roles.Dpmd], region: "64");
        Posyandu = await PosyanduAsync(Perian, "Posyandu Melati");
        Kader = Host.Client([Roles.Kader], region: Perian, posyandu: Posyandu, sectors: ["publicworks"]);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        Admin.Dispose();
        Opd.Dispose();
        Dpmd.Dispose();
        Kader.Dispose();
        await Host.DisposeAsync();
    }

    protected async Task<Guid> PosyanduAsync(string village, string name)
    {
        var posyandu = await IdOf(await Admin.PostJson("/api/registry/posyandu", new { name, regionCode = village, serviceDay = 10 }));
        await DispatchAsync("registry");
        return posyandu;
    }

    /// <summary>Registers a household at <paramref name="posyandu"/> (default: the fixture's) with <paramref name="residents"/> living members; returns it and its first resident.</summary>
    protected async Task<(Guid Household, Guid FirstResident)> HouseholdAsync(int residents = 4, Guid? posyandu = null, string village = Perian)
    {
        var district = village.Replace(".", "", StringComparison.Ordinal)[..6];
        var today = Clock.GetUtcNow();
        Clock.SetLocal(RegistrationDay, MorningService);
        var household = await IdOf(await Admin.PostJson("/api/registry/households",
            new { nomorKk = $"{district}010120{Interlocked.Increment(ref _serial):D4}", regionCode = village, posyanduId = posyandu ?? Posyandu }));
        var first = Guid.Empty;
        for (var i = 0; i < residents; i++)
        {
            var created = await (await Admin.PostJson("/api/registry/residents", new
            {
                nik = $"{district}570895{Interlocked.Increment(ref _serial):D4}", // a woman born 17 Aug 1995
                name = i == 0 ? "Siti Aminah" : $"Anggota {i}", sex = "female", birthDate = "1995-08-17", householdId = household,
                relation = i == 0 ? "istri" : "anak",
            })).ShouldBe<JsonElement>(HttpStatusCode.Created);
            if (i == 0) first = created.GetProperty("resident").GetProperty("id").GetGuid();
        }

        await DispatchAsync("registry");
        Clock.SetUtcNow(today);
        return (household, first);
    }

    /// <summary>A survey body: piped water, 400 L a day for four, an own flush toilet to a septic tank — layak, basic — unless <paramref name="change"/> says otherwise.</summary>
    protected static Dictionary<string, object?> Survey(DateOnly on, Action<Dictionary<string, object?>>? change = null)
    {
        var survey = new Dictionary<string, object?>
        {
            ["surveyedOn"] = Iso(on), ["waterSource"] = "piped", ["waterLitresPerDay"] = 400, ["members"] = 4, ["collectionMinutes"] = 0,
            ["toilet"] = "flushToSepticTank", ["toiletShared"] = false, ["wastewater"] = "soakPit", ["waste"] = "collected",
            ["handwashingWithSoap"] = true, ["drinkingWaterTreated"] = true,
        };
        change?.Invoke(survey);
        return survey;
    }

    protected async Task<Guid> SurveyAsync(Guid household, Dictionary<string, object?> survey, HttpClient? client = null) =>
        await IdOf(await (client ?? Kader).PostJson($"/api/publicworks/households/{household}/surveys", survey));

    protected Task DispatchAsync(string module) => Host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(module, CancellationToken.None);

    /// <summary>Runs <paramref name="query"/> on Dinas PU's own database, unscoped (as the system).</summary>
    protected async Task<T> InDatabase<T>(Func<PublicWorksDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PublicWorksDbContext>());
    }

    /// <summary>The payloads of Dinas PU's outbox messages of one event type, oldest first.</summary>
    protected Task<List<JsonElement>> PublishedAsync(string eventType) =>
        InDatabase(async db => (await db.OutboxMessages.AsNoTracking().Where(m => m.Type.EndsWith(eventType)).OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync())
            .Select(p => JsonDocument.Parse(p).RootElement).ToList());

    protected static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    protected static async Task<JsonElement> Ok(HttpResponseMessage response) => await response.ShouldBe<JsonElement>(HttpStatusCode.OK);
}
