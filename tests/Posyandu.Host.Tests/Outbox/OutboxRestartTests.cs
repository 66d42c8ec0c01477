using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Testing;
using Posyandu.Host.Tests.TestModules;
using Posyandu.Host.Tests.TestModules.Alpha;
using Posyandu.Host.Tests.TestModules.Beta;
using Posyandu.Host.Tests.TestModules.Gamma;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Platform;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Host.Tests.Outbox;

public sealed class OutboxRestartTests
{
    [Test]
    public async Task A_dispatcher_stopped_mid_batch_and_restarted_delivers_everything_exactly_once()
    {
        const int things = 40;
        var first = await TestHost.StartAsync(OutboxTests.AddTestModules);
        var data = first.DataDirectory;
        using (var client = first.Client([Roles.Dpmd], region: "64"))
        {
            for (var i = 0; i < things; i++)
            {
                var response = await client.PostJson("/api/alpha/things", new { label = $"batch-{i}", quantity = 1 });
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            }
        }

        // The process "dies" after 25 consumer commits, in the middle of the batch (before the batch is marked).
        var stop = first.Services.GetRequiredService<DispatchInterrupt>().ArmAfter(25);
        Assert.That(
            async () => await first.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("alpha", stop),
            Throws.InstanceOf<OperationCanceledException>());
        await first.StopKeepingDataAsync();

        await using var second = await TestHost.StartAsync(OutboxTests.AddTestModules, dataDirectory: data);
        await second.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("alpha", CancellationToken.None);

        await using var scope = second.Services.CreateAsyncScope();
        foreach (var seen in new IQueryable<ThingSeen>[]
                 {
                     scope.ServiceProvider.GetRequiredService<BetaDbContext>().Seen,
                     scope.ServiceProvider.GetRequiredService<GammaDbContext>().Seen,
                 })
        {
            var perThing = await seen.GroupBy(s => s.ThingId).Select(g => g.Count()).ToListAsync();
            Assert.That(perThing, Has.Count.EqualTo(things), "every thing delivered");
            Assert.That(perThing, Has.All.EqualTo(1), "none delivered twice");
        }

        var alpha = scope.ServiceProvider.GetRequiredService<AlphaDbContext>();
        Assert.That(await alpha.OutboxMessages.CountAsync(m => m.Status != OutboxStatus.Processed), Is.Zero);
    }

    [Test]
    public async Task A_dead_message_is_listed_inspected_and_revived_by_api_after_a_restart()
    {
        var settings = new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "1" };
        var first = await TestHost.StartAsync(OutboxTests.AddTestModules, settings);
        var data = first.DataDirectory;
        Thing thing;
        using (var client = first.Client([Roles.Dpmd], region: "64"))
        {
            thing = await (await client.PostJson("/api/alpha/things", new { label = "dies", quantity = 1 })).ShouldBe<Thing>(HttpStatusCode.Created);
        }

        first.Services.GetRequiredService<FaultInjection>().FailNext("beta", 1);
        var result = await first.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("alpha", CancellationToken.None);
        Assert.That(result.Dead, Is.EqualTo(1));
        await first.StopKeepingDataAsync(); // Hangfire's in-memory failed job is gone with the process

        await using var second = await TestHost.StartAsync(OutboxTests.AddTestModules, settings, dataDirectory: data);
        using var admin = second.Client([Roles.Admin]);
        var dead = (await (await admin.GetAsync("/api/platform/outbox/dead")).ShouldBe<List<PlatformEndpoints.DeadMessage>>(HttpStatusCode.OK))
            .Single(d => d.Module == "alpha");
        var detail = await (await admin.GetAsync($"/api/platform/outbox/dead/alpha/{dead.MessageId}"))
            .ShouldBe<PlatformEndpoints.DeadMessageDetail>(HttpStatusCode.OK);
        Assert.That(detail.Payload, Does.Contain(thing.Id.ToString()));
        Assert.That(detail.LastError, Does.Contain("Injected failure in beta"));

        var revived = await admin.PostAsync($"/api/platform/outbox/dead/alpha/{dead.MessageId}/revive", null);
        Assert.That(revived.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        await (await admin.PostAsync($"/api/platform/outbox/dead/alpha/{dead.MessageId}/revive", null)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await admin.PostAsync($"/api/platform/outbox/dead/nowhere/{dead.MessageId}/revive", null)).ShouldBeProblem(HttpStatusCode.NotFound);
        await second.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("alpha", CancellationToken.None);

        await using var scope = second.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<BetaDbContext>().Seen.CountAsync(s => s.ThingId == thing.Id), Is.EqualTo(1));
        Assert.That(await scope.ServiceProvider.GetRequiredService<GammaDbContext>().Seen.CountAsync(s => s.ThingId == thing.Id), Is.EqualTo(1));
        Assert.That(await scope.ServiceProvider.GetRequiredService<AlphaDbContext>().OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Dead), Is.Zero);
        Assert.That((await (await admin.GetAsync("/api/platform/outbox/dead")).ShouldBe<List<PlatformEndpoints.DeadMessage>>(HttpStatusCode.OK)), Is.Empty);
    }
}
