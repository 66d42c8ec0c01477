using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Health.Persistence;
using Posyandu.SharedKernel.Messaging;
using Posyandu.Testing;

namespace Posyandu.Health.Tests.Immunisation;

/// <summary>Registers Posyandu, households and children through the registry's API, so Health learns of them by its events.</summary>
internal sealed class ImmunisationWorld(TestHost host, HttpClient admin)
{
    /// <summary>Desa Perian, Kec. Muara Muntai, Kab. Kutai Kartanegara.</summary>
    public const string Perian = "64.02.01.2001";

    private int _serial;

    public async Task<Guid> PosyanduAsync(string name) =>
        await IdOf(await admin.PostJson("/api/registry/posyandu", new { name, regionCode = Perian, serviceDay = 10 }));

    public async Task<Guid> HouseholdAsync(Guid posyandu) =>
        await IdOf(await admin.PostJson("/api/registry/households", new { nomorKk = $"640201010120{Interlocked.Increment(ref _serial):D4}", regionCode = Perian, posyanduId = posyandu }));

    /// <summary>A boy born on <paramref name="birthDate"/> (NIK with the matching DDMMYY part).</summary>
    public async Task<Guid> ChildAsync(Guid household, DateOnly birthDate, string name = "Rizky")
    {
        var nik = $"640201{birthDate:ddMMyy}{Interlocked.Increment(ref _serial):D4}";
        var body = new { nik, name, sex = "male", birthDate = birthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), householdId = household, relation = "anak" };
        return (await (await admin.PostJson("/api/registry/residents", body)).ShouldBe<JsonElement>(HttpStatusCode.Created))
            .GetProperty("resident").GetProperty("id").GetGuid();
    }

    /// <summary>Delivers the registry's events, so Health's replica knows the residents.</summary>
    public Task DeliverAsync() => host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("registry", CancellationToken.None);

    public async Task<int> CountDosesAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HealthDbContext>().Immunisations.CountAsync();
    }

    /// <summary>The ImmunisationRecorded events in Health's outbox about <paramref name="residentId"/>, oldest first.</summary>
    public async Task<List<JsonElement>> EventsAboutAsync(Guid residentId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var payloads = await scope.ServiceProvider.GetRequiredService<HealthDbContext>().OutboxMessages
            .Where(m => m.Type.EndsWith("ImmunisationRecorded") && m.Payload.Contains(residentId.ToString()))
            .OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync();
        return payloads.Select(p => JsonDocument.Parse(p).RootElement).ToList();
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
