using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Platform;

/// <summary>
/// One clock for the whole product: with the host's <see cref="TimeProvider"/> frozen (on a day the real clock has not
/// reached, at an hour when WITA is already a day ahead of UTC), the registry's, Health's, Housing's, the SLA's and
/// Reporting's "today" are all that local day — and all move when the clock moves.
/// </summary>
public sealed class OneClockTests
{
    private const string Perian = "64.02.01.2001";

    /// <summary>Monday 14 June 2027, 07:30 WITA — still Sunday 13 June in UTC.</summary>
    private static readonly DateOnly Monday = new(2027, 6, 14);

    private readonly TestClock _clock = TestClock.At(Monday, new TimeOnly(7, 30));
    private TestHost _host = null!;
    private HttpClient _admin = null!;
    private Guid _posyandu;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(_clock));
        _admin = _host.Client([Roles.Admin]);
        _posyandu = await IdOf(await _admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Melati", regionCode = Perian, serviceDay = 10 }));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _admin.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task Every_today_in_every_module_is_the_clocks_local_day_and_moves_with_it()
    {
        using var health = _host.Client([Roles.Health], region: "64.02");
        using var housing = _host.Client([Roles.Housing], region: "64.02");
        using var dpmd = _host.Client([Roles.Dpmd], region: "64");
        using var kader = _host.Client([Roles.Kader], region: Perian, posyandu: _posyandu, sectors: ["housing"]);
        var household = await IdOf(await _admin.PostJson("/api/registry/households", new { nomorKk = "6402010101270001", regionCode = Perian, posyanduId = _posyandu }));

        // Registry: a baby born this (WITA) morning is born today; tomorrow is the future.
        var baby = await BabyAsync(household, Monday);
        await (await BabyResponse(household, Monday.AddDays(1))).ShouldBeProblem(HttpStatusCode.BadRequest);
        await Dispatch("registry");

        // Health: a weighing today is accepted, a dose given tomorrow is not.
        (await health.PostJson($"/api/health/children/{baby}/visits", new { measuredOn = Iso(Monday), weightKg = 3.4, lengthHeightCm = 50.0, measurement = "lying" }))
            .EnsureSuccessStatusCode();
        await (await Dose(health, baby, Monday.AddDays(1))).ShouldBeProblem(HttpStatusCode.BadRequest);

        // Housing: the household arrived through the registry's event on the local day of that event; a house cannot be
        // assessed tomorrow.
        var record = await Ok(await housing.GetAsync($"/api/housing/households/{household}"));
        Assert.That((record.GetProperty("registeredOn").GetString(), record.GetProperty("asOf").GetString()), Is.EqualTo((Iso(Monday), Iso(Monday))));
        await (await Assess(housing, household, Monday.AddDays(1))).ShouldBeProblem(HttpStatusCode.BadRequest);

        // SLA: submitted on Monday (WITA), 5 working days end at Monday 21 June 24:00 WITA = 16:00 UTC.
        var request = await (await kader.PostJson("/api/housing/service-requests", new
        {
            type = "rtlh-verification", householdId = household, posyanduId = _posyandu, regionCode = Perian, description = "Mohon didata",
        })).ShouldBe<JsonElement>(HttpStatusCode.Created);
        Assert.That(request.GetProperty("dueAt").GetDateTime(), Is.EqualTo(new DateTime(2027, 6, 21, 16, 0, 0)));

        // Reporting: the default month is the clock's.
        Assert.That((await Ok(await dpmd.GetAsync($"/api/reporting/scorecard?region={Perian}"))).GetProperty("period").GetString(), Is.EqualTo("2027-06"));

        // 1 July 00:30 WITA, while UTC is still on 30 June: every "today" is 1 July.
        var july = new DateOnly(2027, 7, 1);
        _clock.SetLocal(july, new TimeOnly(0, 30));
        Assert.That(_clock.GetUtcNow().UtcDateTime.Day, Is.EqualTo(30), "the test needs a local day ahead of UTC's");

        await BabyAsync(household, july);
        (await Dose(health, baby, july)).EnsureSuccessStatusCode();
        (await Assess(housing, household, july)).EnsureSuccessStatusCode();
        var moved = await Ok(await housing.GetAsync($"/api/housing/households/{household}"));
        Assert.That(moved.GetProperty("asOf").GetString(), Is.EqualTo(Iso(july)));
        var july1 = await (await kader.PostJson("/api/housing/service-requests", new
        {
            type = "rtlh-verification", householdId = household, posyanduId = _posyandu, regionCode = Perian, description = "Mohon didata ulang",
        })).ShouldBe<JsonElement>(HttpStatusCode.Created);
        Assert.That(july1.GetProperty("dueAt").GetDateTime(), Is.EqualTo(new DateTime(2027, 7, 8, 16, 0, 0)), "Thursday 1 July + 5 working days = Thursday 8 July");
        Assert.That((await Ok(await dpmd.GetAsync($"/api/reporting/scorecard?region={Perian}"))).GetProperty("period").GetString(), Is.EqualTo("2027-07"));
    }

    private static int _serial;

    private Task<HttpResponseMessage> BabyResponse(Guid household, DateOnly born) =>
        _admin.PostJson("/api/registry/residents", new
        {
            nikIbu = "6402015708950001", name = $"Bayi {Interlocked.Increment(ref _serial)}", sex = "female", birthDate = Iso(born), householdId = household, relation = "anak",
        });

    private async Task<Guid> BabyAsync(Guid household, DateOnly born) =>
        (await (await BabyResponse(household, born)).ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetGuid();

    private static Task<HttpResponseMessage> Dose(HttpClient health, Guid child, DateOnly givenOn) =>
        health.PostJson($"/api/health/children/{child}/immunisations", new { antigen = "bcg", doseNumber = 1, givenOn = Iso(givenOn), place = "posyandu" });

    private static Task<HttpResponseMessage> Assess(HttpClient housing, Guid household, DateOnly on) =>
        housing.PostJson($"/api/housing/households/{household}/assessments", new
        {
            assessedOn = Iso(on), foundation = "good", columnsAndBeams = "good", roofStructure = "good", roofMaterial = "metal", wallMaterial = "wood",
            floorMaterial = "wood", floorAreaM2 = 48.0, adequateNaturalLighting = true, adequateVentilation = true, water = "shared", latrine = "own",
        });

    private Task<DispatchResult> Dispatch(string module) => _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(module, CancellationToken.None);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<JsonElement> Ok(HttpResponseMessage response) => await response.ShouldBe<JsonElement>(HttpStatusCode.OK);
}
