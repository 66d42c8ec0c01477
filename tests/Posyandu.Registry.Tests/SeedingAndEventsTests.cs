using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Registry.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Registry.Tests;

/// <summary>Region seeding is complete and idempotent; a sector-side consumer gets ResidentRegistered exactly once.</summary>
public sealed class SeedingAndEventsTests
{
    [Test]
    public async Task Kaltim_is_seeded_once_with_its_full_hierarchy_and_a_restart_adds_nothing()
    {
        var first = await TestHost.StartAsync(firstStart: true);
        var counts = await LevelCountsAsync(first);
        var announced = await OutboxCountAsync(first);
        await first.StopKeepingDataAsync();

        await using var second = await TestHost.StartAsync(dataDirectory: first.DataDirectory);

        Assert.That(counts, Is.EqualTo(new Dictionary<RegionLevel, int>
        {
            [RegionLevel.Province] = 1, [RegionLevel.Regency] = 10, [RegionLevel.District] = 105, [RegionLevel.Village] = 1038,
        }));
        Assert.That(announced, Is.EqualTo(1154), "every region announced once");
        Assert.That(await LevelCountsAsync(second), Is.EqualTo(counts));
        Assert.That(await OutboxCountAsync(second), Is.EqualTo(1154), "nothing seeded or announced twice");
    }

    [Test]
    public async Task A_sector_module_receives_resident_registered_exactly_once_even_when_redelivered()
    {
        await using var host = await TestHost.StartAsync(m => m.Add(new ListenerModule()));
        using var dpmd = host.Client([Roles.Dpmd], region: "64");
        var posyandu = await IdOf(await dpmd.PostJson("/api/registry/posyandu", new { name = "Posyandu Seroja", regionCode = "64.02.01.2001", serviceDay = 9 }));
        var household = await IdOf(await dpmd.PostJson("/api/registry/households", new { nomorKk = "6402010101209999", regionCode = "64.02.01.2001", posyanduId = posyandu }));
        var resident = (await (await dpmd.PostJson("/api/registry/residents", new { nik = "6402015503210001", name = "Putri", sex = "female", birthDate = "2021-03-15", householdId = household, relation = "anak" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetGuid();

        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DispatchAsync("registry", CancellationToken.None);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // Redeliver everything, as after a crash before the outbox was marked.
            var registry = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            await registry.OutboxMessages.ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, OutboxStatus.Pending));
        }

        await dispatcher.DispatchAsync("registry", CancellationToken.None);

        await using var check = host.Services.CreateAsyncScope();
        var seen = await check.ServiceProvider.GetRequiredService<ListenerDbContext>().Seen.Where(s => s.ResidentId == resident).ToListAsync();
        Assert.That(seen, Has.Count.EqualTo(1));
        Assert.That(seen[0].Sex, Is.EqualTo("female"));
        Assert.That(seen[0].PosyanduId, Is.EqualTo(posyandu));
    }

    private static async Task<Dictionary<RegionLevel, int>> LevelCountsAsync(TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        return await db.Regions.GroupBy(r => r.Level).ToDictionaryAsync(g => g.Key, g => g.Count());
    }

    private static async Task<int> OutboxCountAsync(TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().OutboxMessages.CountAsync();
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
