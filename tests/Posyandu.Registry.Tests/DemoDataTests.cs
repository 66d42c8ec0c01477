using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Registry.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.Testing;

namespace Posyandu.Registry.Tests;

/// <summary>The demo dataset (`--seed-demo`), at a small size: valid, consistent, deterministic, and seeded once.</summary>
public sealed class DemoDataTests
{
    private static readonly Dictionary<string, string?> Small = new()
    {
        ["Demo:Seed"] = "true", ["Demo:Posyandu"] = "4", ["Demo:Households"] = "12",
    };

    [Test]
    public async Task Demo_data_is_consistent_deterministic_and_seeded_once()
    {
        var first = await TestHost.StartAsync(settings: Small);
        var names = await ResidentNamesAsync(first);
        await first.StopKeepingDataAsync();
        await using var again = await TestHost.StartAsync(settings: Small, dataDirectory: first.DataDirectory);
        await using var other = await TestHost.StartAsync(settings: Small);

        await using var scope = again.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        Assert.That(await db.Posyandu.CountAsync(), Is.EqualTo(4), "a restart seeds nothing twice");
        Assert.That(await db.Kader.CountAsync(), Is.EqualTo(8));
        Assert.That(await db.Households.CountAsync(), Is.EqualTo(12));
        var residents = await db.Residents.ToListAsync();
        Assert.That(residents, Has.Count.GreaterThanOrEqualTo(24));
        foreach (var resident in residents)
        {
            var nik = Nik.Parse(resident.Nik!);
            Assert.That(nik.IsConsistentWith(resident.BirthDate, resident.Sex), Is.True, "NIK agrees with birth date and sex");
            Assert.That(nik.DistrictCode.IsAncestorOf(RegionCode.Parse(resident.RegionCode)), Is.True, "NIK district is the village's");
        }

        Assert.That(await ResidentNamesAsync(other), Is.EqualTo(names), "the same seed gives the same people");
    }

    private static async Task<List<string>> ResidentNamesAsync(TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Residents.OrderBy(r => r.Nik).Select(r => r.Name).ToListAsync();
    }
}
