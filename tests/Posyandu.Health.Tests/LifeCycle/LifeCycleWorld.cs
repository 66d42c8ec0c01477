using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Health.Persistence;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Health.Tests.LifeCycle;

/// <summary>
/// A host with one Posyandu in Desa Perian whose residents reached Health through the registry's events, and a
/// kader who serves health there. One per fixture.
/// </summary>
internal sealed class LifeCycleWorld : IAsyncDisposable
{
    public const string Perian = "64.02.01.2001";
    private static int _serial;
    private readonly HttpClient _admin;
    private Guid _household;

    private LifeCycleWorld(TestHost host, HttpClient admin)
    {
        Host = host;
        _admin = admin;
    }

    public TestHost Host { get; }

    public Guid Posyandu { get; private set; }

    public HttpClient Kader { get; private set; } = null!;

    /// <param name="addModules">Test-only modules, e.g. a listener of Health's events.</param>
    public static async Task<LifeCycleWorld> StartAsync(Action<ModuleCatalog>? addModules = null)
    {
        var host = await TestHost.StartAsync(addModules);
        var world = new LifeCycleWorld(host, host.Client([Roles.Admin]));
        world.Posyandu = await world.PosyanduAsync("Posyandu Melati");
        world._household = await IdOf(await world._admin.PostJson("/api/registry/households",
            new { nomorKk = $"640201010120{Interlocked.Increment(ref _serial):D4}", regionCode = Perian, posyanduId = world.Posyandu }));
        world.Kader = host.Client([Roles.Kader], region: Perian, posyandu: world.Posyandu, sectors: ["health"]);
        return world;
    }

    public async Task<Guid> PosyanduAsync(string name) =>
        await IdOf(await _admin.PostJson("/api/registry/posyandu", new { name, regionCode = Perian, serviceDay = 10 }));

    /// <summary>Registers a resident (NIK consistent with birth date and sex) and lets Health project it.</summary>
    public async Task<Guid> ResidentAsync(string name, string sex, string birthDate)
    {
        var born = DateOnly.ParseExact(birthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var day = born.Day + (sex == "female" ? 40 : 0);
        var nik = string.Create(CultureInfo.InvariantCulture, $"640201{day:D2}{born:MMyy}{Interlocked.Increment(ref _serial):D4}");
        var relation = born.Year >= 2005 ? "anak" : "lainnya";
        var response = await _admin.PostJson("/api/registry/residents", new { nik, name, sex, birthDate, householdId = _household, relation });
        var id = (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetGuid();
        await Host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("registry", CancellationToken.None);
        return id;
    }

    /// <summary>Payloads of the Health outbox messages of one event type that mention <paramref name="id"/>.</summary>
    public async Task<IReadOnlyList<JsonElement>> EventsAsync(string type, Guid id)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var payloads = await scope.ServiceProvider.GetRequiredService<HealthDbContext>().OutboxMessages
            .Where(m => m.Type.EndsWith(type)).Select(m => m.Payload).ToListAsync();
        return payloads.Where(p => p.Contains(id.ToString(), StringComparison.Ordinal)).Select(p => JsonDocument.Parse(p).RootElement).ToList();
    }

    /// <summary>Rows of every life-cycle table and the outbox, to show a refused request stored nothing.</summary>
    public async Task<(int Pregnancies, int Checks, int Screenings, int Referrals, int Outbox)> CountAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HealthDbContext>();
        return (await db.Pregnancies.CountAsync(), await db.AntenatalChecks.CountAsync(), await db.Screenings.CountAsync(),
            await db.Referrals.CountAsync(), await db.OutboxMessages.CountAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Kader.Dispose();
        _admin.Dispose();
        await Host.DisposeAsync();
    }

    public static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
