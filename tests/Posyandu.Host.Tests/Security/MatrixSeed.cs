using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Persistence;
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
        world.Ids["rtlh-household"] = await IdAsync(admin, "/api/registry/households", world.NewHousehold());
        world.Ids["rtlh-household-2"] = await IdAsync(admin, "/api/registry/households", world.NewHousehold());
        world.Ids["rtlh-household-3"] = await IdAsync(admin, "/api/registry/households", world.NewHousehold());
        world.Ids["resident"] = await IdAsync(admin, "/api/registry/residents", world.NewResident(), "resident");
        world.Ids["resident-nik"] = world.LastNik;
        world.Ids["resident-to-die"] = await IdAsync(admin, "/api/registry/residents", world.NewResident(), "resident");
        world.Ids["kader"] = await IdAsync(admin, "/api/registry/kader", world.NewKader());
        world.Ids["child"] = await IdAsync(admin, "/api/registry/residents", world.NewChild(), "resident");
        world.Ids["mother"] = await IdAsync(admin, "/api/registry/residents", world.NewResident(), "resident");
        world.Ids["mother-to-deliver"] = await IdAsync(admin, "/api/registry/residents", world.NewResident(), "resident");
        world.Ids["paud-child"] = await IdAsync(admin, "/api/registry/residents", world.NewChildBorn(new DateOnly(2022, 3, 10)), "resident");
        world.Ids["school-child"] = await IdAsync(admin, "/api/registry/residents", world.NewChildBorn(new DateOnly(2012, 5, 17)), "resident");
        world.Ids["school-child-2"] = await IdAsync(admin, "/api/registry/residents", world.NewChildBorn(new DateOnly(2011, 2, 3)), "resident");
        world.Ids["school-child-3"] = await IdAsync(admin, "/api/registry/residents", world.NewChildBorn(new DateOnly(2013, 9, 21)), "resident");
        // Sector modules learn of residents through the registry's events.
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("registry", CancellationToken.None);
        // Health's follow-up records: a pregnancy to check, one to close, a referral to receive, one to close.
        world.Ids["pregnancy"] = await IdAsync(admin, "/api/health/pregnancies", new { residentId = world.Ids["mother"], hpht = "2026-08-01", registeredOn = "2026-11-10" });
        world.Ids["pregnancy-to-close"] = await IdAsync(admin, "/api/health/pregnancies", new { residentId = world.Ids["mother-to-deliver"], hpht = "2026-02-01", registeredOn = "2026-04-01" });
        world.Ids["referral"] = await IdAsync(admin, "/api/health/referrals", world.NewReferral());
        world.Ids["referral-to-close"] = await IdAsync(admin, "/api/health/referrals", world.NewReferral());
        await SeedEducationAsync(admin, world);
        await SeedHousingAsync(admin, world);
        await SeedDeadMessagesAsync(host, world);
    }

    /// <summary>Dead outbox rows for the dead-letter samples: one to inspect, a few to revive (a sample may run more than once).</summary>
    private static async Task SeedDeadMessagesAsync(TestHost host, MatrixWorld world)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetServices<ModuleDatabase>().Single(d => d.Module == "registry").Resolve(scope.ServiceProvider);
        foreach (var key in new[] { "dead-message", "dead-message-to-revive-1", "dead-message-to-revive-2", "dead-message-to-revive-3" })
        {
            var message = new OutboxMessage(Guid.CreateVersion7(), "Matrix.NobodySubscribes", "{}", DateTime.UtcNow) { Status = OutboxStatus.Dead, Attempts = 8, LastError = "seeded" };
            registry.OutboxMessages.Add(message);
            world.Ids[key] = message.MessageId.ToString();
        }

        await registry.SaveChangesAsync();
    }

    /// <summary>Three RTLH houses: one to start works on, one whose works the sample completes, one whose works it cancels.</summary>
    private static async Task SeedHousingAsync(HttpClient admin, MatrixWorld world)
    {
        foreach (var household in new[] { "rtlh-household", "rtlh-household-2", "rtlh-household-3" })
        {
            await IdAsync(admin, $"/api/housing/households/{world[household]}/assessments", MatrixWorld.NewRtlhAssessment());
        }

        world.Ids["rehabilitation-to-complete"] = await IdAsync(admin, $"/api/housing/households/{world["rtlh-household-2"]}/rehabilitations", MatrixWorld.NewRehabilitation());
        world.Ids["rehabilitation-to-cancel"] = await IdAsync(admin, $"/api/housing/households/{world["rtlh-household-3"]}/rehabilitations", MatrixWorld.NewRehabilitation());
        world.Ids["housing-request"] = await IdAsync(admin, "/api/housing/service-requests", new
        {
            type = "rtlh-verification", householdId = world["household"], posyanduId = world["posyandu"], regionCode = MatrixWorld.Village,
            description = "Mohon pendataan rumah tidak layak huni",
        });
        foreach (var kind in new[] { "kk", "house-photo-front" })
        {
            using var document = new ByteArrayContent("%PDF-1.4 dokumen"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } };
            var attachment = await (await admin.PutAsync($"/api/housing/service-requests/{world["housing-request"]}/attachments/{kind}", document))
                .ShouldBe<JsonElement>(HttpStatusCode.Created);
            world.Ids["housing-attachment"] = attachment.GetProperty("id").GetString()!;
        }
    }

    private static async Task SeedEducationAsync(HttpClient admin, MatrixWorld world)
    {
        world.Ids["paud-enrolment"] = await IdAsync(admin, $"/api/education/paud/children/{world["child"]}/enrolments",
            new { institutionName = "KB Tunas Harapan", institutionType = "kb", startDate = "2026-07-13" });
        world.Ids["oos-case"] = await IdAsync(admin, $"/api/education/out-of-school/children/{world["school-child"]}/cases",
            new { identifiedOn = "2026-10-01", reason = "work" });
        world.Ids["oos-case-to-resolve"] = await IdAsync(admin, $"/api/education/out-of-school/children/{world["school-child-2"]}/cases",
            new { identifiedOn = "2026-10-01", reason = "cost" });
        world.Ids["education-request"] = await IdAsync(admin, "/api/education/service-requests", new
        {
            type = "return-to-school", residentId = world["school-child"], posyanduId = world["posyandu"], regionCode = MatrixWorld.Village,
            description = "Rujukan anak tidak sekolah ke Dinas Pendidikan",
        });
        using var kk = new ByteArrayContent("%PDF-1.4 kartu keluarga"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } };
        var attachment = await (await admin.PutAsync($"/api/education/service-requests/{world["education-request"]}/attachments/kk", kk))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        world.Ids["education-attachment"] = attachment.GetProperty("id").GetString()!;
    }

    private static async Task<string> IdAsync(HttpClient client, string url, object body, string? wrapper = null)
    {
        var json = await (await client.PostJson(url, body)).ShouldBe<JsonElement>(HttpStatusCode.Created);
        return (wrapper is null ? json : json.GetProperty(wrapper)).GetProperty("id").GetString()!;
    }
}
