using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Time;
using Posyandu.Testing;

namespace Posyandu.Social.Tests;

/// <summary>
/// One real host per fixture (temporary SQLite files) with a Posyandu in Desa Perian (Kec. Muara Muntai, Kab. Kutai
/// Kartanegara). Households and residents are registered in the registry and reach Social through the outbox, as in
/// production; the other sectors' facts reach it through their own endpoints and events.
/// </summary>
public abstract class SocialFixture
{
    /// <summary>Desa Perian, Kec. Muara Muntai, Kab. Kutai Kartanegara.</summary>
    protected const string Perian = "64.02.01.2001";

    private static int _serial;

    protected TestHost Host { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    /// <summary>Dinas Sosial staff for the whole province.</summary>
    protected HttpClient Opd { get; private set; } = null!;

    /// <summary>A kader of the fixture's Posyandu who serves social (user "kader-sari").</summary>
    protected HttpClient Kader { get; private set; } = null!;

    protected Guid Posyandu { get; private set; }

    protected DateOnly Today { get; private set; }

    [OneTimeSetUp]
    public async Task StartHost()
    {
        Host = await TestHost.StartAsync();
        Today = Host.Services.GetRequiredService<TimeProvider>().Today();
        Admin = Host.Client([Roles.Admin]);
        Opd = Host.Client([Roles.Social], region: "64");
        Posyandu = await IdOf(await Admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Melati", regionCode = Perian, serviceDay = 10 }));
        await DispatchAsync("registry");
        Kader = KaderClient("kader-sari");
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

    protected virtual Task SeedAsync() => Task.CompletedTask;

    protected HttpClient KaderClient(string user, params string[] sectors) =>
        Host.Client([Roles.Kader], region: Perian, posyandu: Posyandu, user: user, sectors: sectors.Length == 0 ? ["social"] : sectors);

    /// <summary>A household at the fixture's Posyandu; returns it and its residents (born on the given days, women).</summary>
    protected async Task<(Guid Household, List<Guid> Residents)> HouseholdAsync(params DateOnly[] births)
    {
        var household = await IdOf(await Admin.PostJson("/api/registry/households",
            new { nomorKk = $"640201010120{Interlocked.Increment(ref _serial):D4}", regionCode = Perian, posyanduId = Posyandu }));
        var residents = new List<Guid>();
        foreach (var born in births)
        {
            var nik = $"640201{born.Day + 40:D2}{born.Month:D2}{born.Year % 100:D2}{Interlocked.Increment(ref _serial):D4}";
            var created = await (await Admin.PostJson("/api/registry/residents", new
            {
                nik, name = $"Warga {residents.Count + 1}", sex = "female", birthDate = Iso(born), householdId = household,
                relation = residents.Count == 0 ? "istri" : "anak",
            })).ShouldBe<JsonElement>(HttpStatusCode.Created);
            residents.Add(created.GetProperty("resident").GetProperty("id").GetGuid());
        }

        await DispatchAsync("registry");
        return (household, residents);
    }

    protected static readonly DateOnly Adult = new(1985, 3, 12);

    protected static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected Task DispatchAsync(string module) => Host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(module, CancellationToken.None);

    protected static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    protected static async Task<JsonElement> Ok(HttpResponseMessage response) => await response.ShouldBe<JsonElement>(HttpStatusCode.OK);
}
