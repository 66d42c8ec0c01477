using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Security;

/// <summary>Seeds, through the API as admin, the records the samples work on, all inside <see cref="MatrixWorld.Village"/>.</summary>
internal static class MatrixSeed
{
    public static async Task SeedAsync(TestHost host, MatrixWorld world)
    {
        using var admin = host.Client([Roles.Admin]);
        world.Ids["posyandu"] = await IdAsync(admin, "/api/registry/posyandu", new { name = "Posyandu Melati", regionCode = MatrixWorld.Village, serviceDay = 10 });
        world.Ids["posyandu-to-close"] = await IdAsync(admin, "/api/registry/posyandu", new { name = "Posyandu Mawar", regionCode = MatrixWorld.Village, serviceDay = 12 });
        world.Ids["household"] = await IdAsync(admin, "/api/registry/households", world.NewHousehold());
        world.Ids["household-2"] = await IdAsync(admin, "/api/registry/households", world.NewHousehold());
        world.Ids["resident"] = await IdAsync(admin, "/api/registry/residents", world.NewResident(), "resident");
        world.Ids["resident-nik"] = world.LastNik;
        world.Ids["resident-to-die"] = await IdAsync(admin, "/api/registry/residents", world.NewResident(), "resident");
        world.Ids["kader"] = await IdAsync(admin, "/api/registry/kader", world.NewKader());
        world.Ids["child"] = await IdAsync(admin, "/api/registry/residents", world.NewChild(), "resident");
        world.Ids["mother"] = await IdAsync(admin, "/api/registry/residents", world.NewResident(), "resident");
        world.Ids["mother-to-deliver"] = await IdAsync(admin, "/api/registry/residents", world.NewResident(), "resident");
        // Sector modules learn of residents through the registry's events.
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("registry", CancellationToken.None);
        // Health's follow-up records: a pregnancy to check, one to close, a referral to receive, one to close.
        world.Ids["pregnancy"] = await IdAsync(admin, "/api/health/pregnancies", new { residentId = world.Ids["mother"], hpht = "2026-08-01", registeredOn = "2026-11-10" });
        world.Ids["pregnancy-to-close"] = await IdAsync(admin, "/api/health/pregnancies", new { residentId = world.Ids["mother-to-deliver"], hpht = "2026-02-01", registeredOn = "2026-04-01" });
        world.Ids["referral"] = await IdAsync(admin, "/api/health/referrals", world.NewReferral());
        world.Ids["referral-to-close"] = await IdAsync(admin, "/api/health/referrals", world.NewReferral());
    }

    private static async Task<string> IdAsync(HttpClient client, string url, object body, string? wrapper = null)
    {
        var json = await (await client.PostJson(url, body)).ShouldBe<JsonElement>(HttpStatusCode.Created);
        return (wrapper is null ? json : json.GetProperty(wrapper)).GetProperty("id").GetString()!;
    }
}
