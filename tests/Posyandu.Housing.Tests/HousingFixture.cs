using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Housing.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Time;
using Posyandu.Testing;

namespace Posyandu.Housing.Tests;

/// <summary>
/// One real host per fixture with a Posyandu in Desa Perian (Kec. Muara Muntai, Kab. Kutai Kartanegara); households
/// and residents are registered in the registry and reach Housing through the outbox, as in production.
/// </summary>
/// <remarks>
/// The registry and Housing read one clock (a <see cref="TestClock"/>). Households are registered on
/// <see cref="RegistrationDay"/> — Housing's report counts a household from that day on — then the clock returns to
/// "today" in month 4, and the tests date their records in the whole months between, none in the future:
/// <see cref="Month"/>(1) is the month after registration.
/// </remarks>
public abstract class HousingFixture
{
    /// <summary>Desa Perian, Kec. Muara Muntai, Kab. Kutai Kartanegara.</summary>
    protected const string Perian = "64.02.01.2001";

    /// <summary>Kel. Rawa Makmur, Kec. Palaran, Kota Samarinda.</summary>
    protected const string RawaMakmur = "64.72.01.1001";

    private static int _serial;

    /// <summary>The day (WITA) every household is registered on: the real day the fixture starts.</summary>
    protected static readonly DateOnly RegistrationDay = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static readonly TimeOnly MorningService = new(10, 0);

    protected TestClock Clock { get; } = TestClock.At(Month(4), MorningService);

    protected TestHost Host { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    /// <summary>Dinas Perumahan staff for the whole province.</summary>
    protected HttpClient Opd { get; private set; } = null!;

    /// <summary>A kader of the fixture's Posyandu who serves housing.</summary>
    protected HttpClient Kader { get; private set; } = null!;

    protected Guid Posyandu { get; private set; }

    /// <summary>The first day of the <paramref name="n"/>-th month after the registration month.</summary>
    protected static DateOnly Month(int n, int day = 1)
    {
        var first = new DateOnly(RegistrationDay.Year, RegistrationDay.Month, 1).AddMonths(n);
        return first.AddDays(day - 1);
    }

    protected static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static string PeriodOf(DateOnly day) => Period.Of(day).ToString();

    protected DateOnly Today => Clock.Today();

    [OneTimeSetUp]
    public async Task StartHost()
    {
        Host = await TestHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(Clock));
        Admin = Host.Client([Roles.Admin]);
        Opd = Host.Client([Roles.Housing], region: "64");
        Posyandu = await PosyanduAsync(Perian, "Posyandu Melati");
        Kader = Host.Client([Roles.Kader], region: Perian, posyandu: Posyandu, sectors: ["housing"]);
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

    protected async Task<Guid> PosyanduAsync(string village, string name)
    {
        var posyandu = await IdOf(await Admin.PostJson("/api/registry/posyandu", new { name, regionCode = village, serviceDay = 10 }));
        await DeliverRegistryEventsAsync();
        return posyandu;
    }

    /// <summary>Registers a household at <paramref name="posyandu"/> (default: the fixture's) with <paramref name="residents"/> living members.</summary>
    protected async Task<Guid> HouseholdAsync(int residents = 4, Guid? posyandu = null, string village = Perian)
    {
        var district = village.Replace(".", "", StringComparison.Ordinal)[..6];
        var today = Clock.GetUtcNow();
        Clock.SetLocal(RegistrationDay, MorningService);
        var household = await IdOf(await Admin.PostJson("/api/registry/households",
            new { nomorKk = $"{district}010120{Interlocked.Increment(ref _serial):D4}", regionCode = village, posyanduId = posyandu ?? Posyandu }));
        for (var i = 0; i < residents; i++)
        {
            var nik = $"{district}570895{Interlocked.Increment(ref _serial):D4}"; // a woman born 17 Aug 1995
            (await Admin.PostJson("/api/registry/residents", new
            {
                nik, name = i == 0 ? "Siti Aminah" : $"Anggota {i}", sex = "female", birthDate = "1995-08-17", householdId = household,
                relation = i == 0 ? "istri" : "anak",
            })).EnsureSuccessStatusCode();
        }

        await DeliverRegistryEventsAsync();
        Clock.SetUtcNow(today);
        return household;
    }

    /// <summary>An assessment body: a sound, roomy, healthy house (not RTLH) unless <paramref name="change"/> makes it otherwise.</summary>
    protected static Dictionary<string, object?> House(DateOnly assessedOn, Action<Dictionary<string, object?>>? change = null)
    {
        var house = new Dictionary<string, object?>
        {
            ["assessedOn"] = Iso(assessedOn),
            ["foundation"] = "good", ["columnsAndBeams"] = "good", ["roofStructure"] = "minorDamage",
            ["roofMaterial"] = "metal", ["wallMaterial"] = "wood", ["floorMaterial"] = "wood",
            ["floorAreaM2"] = 48.0, ["occupants"] = 4,
            ["adequateNaturalLighting"] = true, ["adequateVentilation"] = true, ["water"] = "shared", ["latrine"] = "own",
        };
        change?.Invoke(house);
        return house;
    }

    /// <summary>An RTLH house: an earth floor, a shared latrine and 24 m² for four people.</summary>
    protected static Dictionary<string, object?> Rtlh(DateOnly assessedOn) =>
        House(assessedOn, h => { h["floorMaterial"] = "earth"; h["latrine"] = "shared"; h["floorAreaM2"] = 24.0; });

    protected async Task<Guid> AssessAsync(Guid household, Dictionary<string, object?> house, HttpClient? client = null) =>
        await IdOf(await (client ?? Kader).PostJson($"/api/housing/households/{household}/assessments", house));

    protected async Task<Guid> StartAsync(Guid household, DateOnly startedOn, string programme = "bspsApbn", long budget = 20_000_000) =>
        await IdOf(await Opd.PostJson($"/api/housing/households/{household}/rehabilitations",
            new { startedOn = Iso(startedOn), programme, plannedBudgetRupiah = budget }));

    protected Task DeliverRegistryEventsAsync() => DispatchAsync("registry");

    protected Task DispatchAsync(string module) => Host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(module, CancellationToken.None);

    /// <summary>Runs <paramref name="query"/> on Housing's own database, unscoped (as the system).</summary>
    protected async Task<T> InDatabase<T>(Func<HousingDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HousingDbContext>());
    }

    /// <summary>The payloads of Housing's outbox messages of one event type, oldest first.</summary>
    protected Task<List<JsonElement>> PublishedAsync(string eventType) =>
        InDatabase(async db => (await db.OutboxMessages.AsNoTracking().Where(m => m.Type.EndsWith(eventType)).OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync())
            .Select(p => JsonDocument.Parse(p).RootElement).ToList());

    /// <summary>Rows Housing writes — assessments, rehabilitations, outbox messages — to show a refused request stored nothing.</summary>
    protected Task<(int Assessments, int Rehabilitations, int Events)> CountAsync() =>
        InDatabase(async db => (await db.Assessments.CountAsync(), await db.Rehabilitations.CountAsync(), await db.OutboxMessages.CountAsync()));

    protected static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    protected static async Task<JsonElement> Ok(HttpResponseMessage response) => await response.ShouldBe<JsonElement>(HttpStatusCode.OK);
}
