using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Registry.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Synthetic;

/// <summary>
/// The demo dataset (<c>--seed-demo</c>) at a tiny size — every 400th village (3: in Paser, Berau and Kutai Timur),
/// 4 households each: valid and consistent people, deterministic, seeded once across a restart, and every sector's
/// records in Reporting when the host starts serving.
/// </summary>
public sealed class DemoDataTests
{
    private static readonly IReadOnlyDictionary<string, string?> Tiny = new Dictionary<string, string?>
    {
        ["Demo:Seed"] = "true", ["Demo:VillageStep"] = "400", ["Demo:HouseholdsPerVillage"] = "4",
    };

    private static readonly string ThisMonth = Period.Of(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8))).ToString();
    private List<Person> _firstPeople = null!;
    private IReadOnlyCollection<string> _firstLogs = null!;
    private TestHost _again = null!;
    private TestHost _other = null!;

    private sealed record Person(string Nik, string Name, DateOnly BirthDate, Sex Sex, string RegionCode);

    [OneTimeSetUp]
    public async Task Seed()
    {
        // The two independent seedings overlap (one commits to SQLite while the other computes: ~4 s less), then the first restarts.
        var starting = TestHost.StartAsync(settings: Tiny);
        var first = await TestHost.StartAsync(settings: Tiny);
        _other = await starting;
        _firstPeople = await PeopleAsync(first);
        _firstLogs = first.Logs.Lines;
        await first.StopKeepingDataAsync();
        _again = await TestHost.StartAsync(settings: Tiny, dataDirectory: first.DataDirectory);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_again is not null) await _again.DisposeAsync();
        if (_other is not null) await _other.DisposeAsync();
    }

    [Test]
    public async Task Residents_have_niks_consistent_with_their_birth_date_sex_and_district()
    {
        var people = await PeopleAsync(_again);

        Assert.That(people, Has.Count.GreaterThanOrEqualTo(3 * 4 * 2), "at least two parents per household");
        foreach (var person in people)
        {
            var nik = Nik.Parse(person.Nik);
            Assert.That(nik.IsConsistentWith(person.BirthDate, person.Sex), Is.True, $"{person.Name}: NIK agrees with birth date and sex");
            Assert.That(nik.DistrictCode.IsAncestorOf(RegionCode.Parse(person.RegionCode)), Is.True, $"{person.Name}: NIK district is the village's");
        }
    }

    [Test]
    public async Task The_same_seed_gives_the_same_people()
    {
        Assert.That(await PeopleAsync(_other), Is.EqualTo(_firstPeople));
    }

    [Test]
    public async Task A_restart_seeds_nothing_twice()
    {
        await using var scope = _again.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();

        Assert.That(await db.Posyandu.CountAsync(), Is.EqualTo(3), "one Posyandu per demo village");
        Assert.That(await db.Kader.CountAsync(), Is.EqualTo(9), "three kader each");
        Assert.That(await db.Households.CountAsync(), Is.EqualTo(12));
        Assert.That(await PeopleAsync(_again), Is.EqualTo(_firstPeople));
        Assert.That(_firstLogs.Count(l => l.StartsWith("Information", StringComparison.Ordinal) && l.Contains("Demo data: 3 Posyandu, 9 kader, 12 households", StringComparison.Ordinal)),
            Is.EqualTo(1), "one summary line");
        Assert.That(_again.Logs.All, Does.Contain("nothing seeded"));
    }

    [Test]
    public async Task Every_outbox_is_dispatched_when_the_host_starts_serving()
    {
        var dispatcher = _other.Services.GetRequiredService<OutboxDispatcher>();
        foreach (var module in dispatcher.Modules)
        {
            var result = await dispatcher.DispatchAsync(module, CancellationToken.None);
            Assert.That(result.Delivered + result.Failed + result.Dead, Is.Zero, $"{module}'s outbox had undelivered events");
        }
    }

    [Test]
    public async Task Health_education_and_housing_records_reach_the_scorecard_of_a_demo_village_this_month()
    {
        // The restarted host runs no background jobs: whatever Reporting shows was delivered during the seeding.
        using var dpmd = _again.Client([Roles.Dpmd], region: "64");
        var villages = (await PeopleAsync(_again)).Select(p => p.RegionCode).Distinct().Order(StringComparer.Ordinal).ToList();
        var figures = new List<Denominators>();
        foreach (var region in villages.Prepend("64"))
        {
            var card = await (await dpmd.GetAsync($"/api/reporting/scorecard?region={region}&period={ThisMonth}")).ShouldBe<JsonElement>(HttpStatusCode.OK);
            var indicators = card.GetProperty("sectors").EnumerateArray().SelectMany(s => s.GetProperty("indicators").EnumerateArray())
                .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("denominator") is { ValueKind: JsonValueKind.Number } d ? d.GetInt64() : 0);
            figures.Add(new Denominators(region, indicators["kes-ds"], indicators["pend-paud"], indicators["rumah-rtlh"]));
        }

        Assert.That(figures[0].AllSectors, Is.True, $"the province: {figures[0]}");
        Assert.That(figures.Skip(1).Any(f => f.AllSectors), Is.True, string.Join("; ", figures));
    }

    [TestCase("kes-kurus-sekolah")]
    [TestCase("kes-obesitas-sekolah")]
    public async Task School_age_thinness_and_obesity_are_on_the_scorecard_with_data_in_the_window(string id)
    {
        // A third of the 5–17-year-olds are screened once or twice in the 12 months: in the tiny dataset not every month.
        using var dpmd = _again.Client([Roles.Dpmd], region: "64");
        var card = await (await dpmd.GetAsync($"/api/reporting/scorecard?region=64&period={ThisMonth}")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var series = await (await dpmd.GetAsync($"/api/reporting/indicators/{id}/series?region=64&period={ThisMonth}&months=12")).ShouldBe<JsonElement>(HttpStatusCode.OK);

        var health = card.GetProperty("sectors").EnumerateArray().Single(s => s.GetProperty("sector").GetString() == "health");
        Assert.That(health.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Does.Contain(id), "on the health card");
        var screened = series.GetProperty("points").EnumerateArray()
            .Sum(p => p.GetProperty("value").GetProperty("denominator") is { ValueKind: JsonValueKind.Number } d ? d.GetInt64() : 0);
        Assert.That(screened, Is.GreaterThan(0), series.ToString());
    }

    /// <summary>A scorecard's denominators: under-fives (D/S), children of PAUD age, houses assessed (RTLH).</summary>
    private sealed record Denominators(string Region, long UnderFives, long PaudAge, long HousesAssessed)
    {
        public bool AllSectors => UnderFives > 0 && PaudAge > 0 && HousesAssessed > 0;
    }

    private static async Task<List<Person>> PeopleAsync(TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var residents = await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Residents.AsNoTracking().ToListAsync();
        return residents.Select(r => new Person(r.Nik!, r.Name, r.BirthDate, r.Sex, r.RegionCode)).OrderBy(p => p.Nik, StringComparer.Ordinal).ToList();
    }
}
