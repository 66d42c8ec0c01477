using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Education.Persistence;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Education.Tests;

/// <summary>
/// One real host per fixture with a Posyandu in Desa Perian (Kec. Muara Muntai, Kab. Kutai Kartanegara); residents
/// are registered in the registry and reach Education through the outbox, as in production.
/// </summary>
public abstract class EducationFixture
{
    /// <summary>Desa Perian, Kec. Muara Muntai, Kab. Kutai Kartanegara.</summary>
    protected const string Perian = "64.02.01.2001";

    /// <summary>Kel. Rawa Makmur, Kec. Palaran, Kota Samarinda.</summary>
    protected const string RawaMakmur = "64.72.01.1001";

    private static int _serial;

    protected TestHost Host { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    /// <summary>Dinas Pendidikan staff for the whole province.</summary>
    protected HttpClient Opd { get; private set; } = null!;

    /// <summary>A kader of the fixture's Posyandu who serves education.</summary>
    protected HttpClient Kader { get; private set; } = null!;

    protected Guid Posyandu { get; private set; }

    protected Guid Household { get; private set; }

    [OneTimeSetUp]
    public async Task StartHost()
    {
        Host = await TestHost.StartAsync();
        Admin = Host.Client([Roles.Admin]);
        Opd = Host.Client([Roles.Education], region: "64");
        (Posyandu, Household) = await PosyanduWithHouseholdAsync(Perian, "Posyandu Melati");
        Kader = Host.Client([Roles.Kader], region: Perian, posyandu: Posyandu, sectors: ["education"]);
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

    protected async Task<(Guid Posyandu, Guid Household)> PosyanduWithHouseholdAsync(string village, string name)
    {
        var posyandu = await IdOf(await Admin.PostJson("/api/registry/posyandu", new { name, regionCode = village, serviceDay = 10 }));
        var district = village.Replace(".", "", StringComparison.Ordinal)[..6];
        var household = await IdOf(await Admin.PostJson("/api/registry/households",
            new { nomorKk = $"{district}010120{Interlocked.Increment(ref _serial):D4}", regionCode = village, posyanduId = posyandu }));
        await DeliverRegistryEventsAsync();
        return (posyandu, household);
    }

    /// <summary>Registers a girl born on <paramref name="birthDate"/> in <paramref name="household"/> (default: the fixture's) and delivers the event.</summary>
    protected async Task<Guid> ChildAsync(string birthDate, Guid? household = null, string village = Perian, string name = "Putri Lestari")
    {
        var born = DateOnly.ParseExact(birthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var district = village.Replace(".", "", StringComparison.Ordinal)[..6];
        var nik = $"{district}{born.Day + 40:D2}{born.Month:D2}{born.Year % 100:D2}{Interlocked.Increment(ref _serial):D4}";
        var response = await Admin.PostJson("/api/registry/residents",
            new { nik, name, sex = "female", birthDate, householdId = household ?? Household, relation = "anak" });
        var id = (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetGuid();
        await DeliverRegistryEventsAsync();
        return id;
    }

    protected Task DeliverRegistryEventsAsync() =>
        Host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("registry", CancellationToken.None);

    /// <summary>Runs <paramref name="query"/> on Education's own database, unscoped (as the system).</summary>
    protected async Task<T> InDatabase<T>(Func<EducationDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<EducationDbContext>());
    }

    /// <summary>The payloads of Education's outbox messages of one event type, oldest first.</summary>
    protected Task<List<JsonElement>> PublishedAsync(string eventType) =>
        InDatabase(async db => (await db.OutboxMessages.AsNoTracking().Where(m => m.Type.EndsWith(eventType)).OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync())
            .Select(p => JsonDocument.Parse(p).RootElement).ToList());

    protected static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    protected static async Task<JsonElement> Ok(HttpResponseMessage response) => await response.ShouldBe<JsonElement>(HttpStatusCode.OK);
}
