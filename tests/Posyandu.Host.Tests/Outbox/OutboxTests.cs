using System.Net;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Testing;
using Posyandu.Host.Tests.TestModules;
using Posyandu.Host.Tests.TestModules.Alpha;
using Posyandu.Host.Tests.TestModules.Beta;
using Posyandu.Host.Tests.TestModules.Gamma;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Platform;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Host.Tests.Outbox;

/// <summary>
/// The transactional outbox end to end, with three test-only modules on real SQLite files: alpha publishes
/// ThingCreated, beta and gamma consume it. The dispatcher is driven by the tests (no Hangfire server) so each
/// step can be observed.
/// </summary>
public sealed partial class OutboxTests
{
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public static void AddTestModules(ModuleCatalog modules) =>
        modules.Add(new AlphaModule()).Add(new BetaModule()).Add(new GammaModule());

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _host = await TestHost.StartAsync(AddTestModules, new Dictionary<string, string?>
        {
            ["Outbox:BaseRetryDelay"] = "00:00:00",
            ["Outbox:MaxAttempts"] = "3",
        });
        _client = _host.Client([Roles.Dpmd], region: "64");
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task Event_is_committed_with_the_change()
    {
        var thing = await CreateThingAsync("committed");

        await using var scope = _host.Services.CreateAsyncScope();
        var alpha = scope.ServiceProvider.GetRequiredService<AlphaDbContext>();
        Assert.That(await alpha.Things.AnyAsync(t => t.Id == thing.Id), Is.True);
        var messages = await alpha.OutboxMessages.Where(m => m.Payload.Contains(thing.Id.ToString())).ToListAsync();
        Assert.That(messages, Has.Count.EqualTo(1));
        Assert.That(messages[0].Type, Is.EqualTo(typeof(ThingCreated).FullName));
    }

    [Test]
    public async Task Event_vanishes_with_a_change_that_rolls_back()
    {
        var before = await CountOutboxAsync();

        var response = await _client.PostJson("/api/alpha/things", new { label = "refused", quantity = 1, failAfterPublishing = true });

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await using var scope = _host.Services.CreateAsyncScope();
        var alpha = scope.ServiceProvider.GetRequiredService<AlphaDbContext>();
        Assert.That(await alpha.Things.AnyAsync(t => t.Label == "refused"), Is.False);
        Assert.That(await CountOutboxAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Each_consumer_gets_the_event_once()
    {
        var thing = await CreateThingAsync("delivered");

        await DispatchAsync();

        Assert.That(await SeenByAsync<BetaDbContext>(thing.Id), Is.EqualTo(1));
        Assert.That(await SeenByAsync<GammaDbContext>(thing.Id), Is.EqualTo(1));
        Assert.That((await MessageForAsync(thing.Id)).Status, Is.EqualTo(OutboxStatus.Processed));
    }

    [Test]
    public async Task A_redelivered_message_has_no_second_effect()
    {
        var thing = await CreateThingAsync("redelivered");
        await DispatchAsync();

        // As if the dispatcher died after the consumers committed but before it marked the message processed.
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var alpha = scope.ServiceProvider.GetRequiredService<AlphaDbContext>();
            var message = await alpha.OutboxMessages.SingleAsync(m => m.Payload.Contains(thing.Id.ToString()));
            message.Status = OutboxStatus.Pending;
            await alpha.SaveChangesAsync();
        }

        await DispatchAsync();

        Assert.That(await SeenByAsync<BetaDbContext>(thing.Id), Is.EqualTo(1));
        Assert.That(await SeenByAsync<GammaDbContext>(thing.Id), Is.EqualTo(1));
        Assert.That((await MessageForAsync(thing.Id)).Status, Is.EqualTo(OutboxStatus.Processed));
    }

    [Test]
    public async Task A_consumer_that_throws_once_is_retried_and_succeeds()
    {
        _host.Services.GetRequiredService<FaultInjection>().FailNext("gamma", 1);
        var thing = await CreateThingAsync("retried");

        var first = await DispatchAsync();

        Assert.That(first.Failed, Is.GreaterThanOrEqualTo(1));
        Assert.That(await SeenByAsync<BetaDbContext>(thing.Id), Is.EqualTo(1));
        Assert.That(await SeenByAsync<GammaDbContext>(thing.Id), Is.EqualTo(0));
        var pending = await MessageForAsync(thing.Id);
        Assert.That(pending.Status, Is.EqualTo(OutboxStatus.Pending));
        Assert.That(pending.Attempts, Is.EqualTo(1));
        Assert.That(pending.LastError, Does.Contain("Injected failure in gamma"));

        await DispatchAsync();

        Assert.That(await SeenByAsync<BetaDbContext>(thing.Id), Is.EqualTo(1), "beta is not delivered twice");
        Assert.That(await SeenByAsync<GammaDbContext>(thing.Id), Is.EqualTo(1));
        Assert.That((await MessageForAsync(thing.Id)).Status, Is.EqualTo(OutboxStatus.Processed));
    }

    [Test]
    public async Task A_message_failing_every_attempt_is_dead_listed_and_can_be_revived()
    {
        _host.Services.GetRequiredService<FaultInjection>().FailNext("beta", 3);
        var thing = await CreateThingAsync("dead");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await DispatchAsync();
        }

        var dead = await MessageForAsync(thing.Id);
        Assert.That(dead.Status, Is.EqualTo(OutboxStatus.Dead));
        Assert.That(dead.Attempts, Is.EqualTo(3));
        using var admin = _host.Client([Roles.Admin]);
        var listed = await (await admin.GetAsync("/api/platform/outbox/dead"))
            .ShouldBe<List<PlatformEndpoints.DeadMessage>>(HttpStatusCode.OK);
        Assert.That(listed.Select(d => d.MessageId), Does.Contain(dead.MessageId));
        var failedJobs = _host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().FailedJobs(0, 100);
        Assert.That(failedJobs.Select(j => j.Value.ExceptionMessage), Has.Some.Contains(dead.MessageId.ToString()),
            "the dead message shows as a failed job on the Hangfire dashboard");

        var dispatcher = _host.Services.GetRequiredService<OutboxDispatcher>();
        Assert.That(await dispatcher.ReviveAsync("alpha", dead.MessageId, CancellationToken.None), Is.True);
        await DispatchAsync();

        Assert.That(await SeenByAsync<BetaDbContext>(thing.Id), Is.EqualTo(1));
        Assert.That(await SeenByAsync<GammaDbContext>(thing.Id), Is.EqualTo(1));
        Assert.That((await MessageForAsync(thing.Id)).Status, Is.EqualTo(OutboxStatus.Processed));
    }

    private async Task<Thing> CreateThingAsync(string label)
    {
        var response = await _client.PostJson("/api/alpha/things", new { label, quantity = 1 });
        return await response.ShouldBe<Thing>(HttpStatusCode.Created);
    }

    private Task<DispatchResult> DispatchAsync() =>
        _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("alpha", CancellationToken.None);

    private async Task<int> CountOutboxAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlphaDbContext>().OutboxMessages.CountAsync();
    }

    private async Task<OutboxMessage> MessageForAsync(Guid thingId)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlphaDbContext>().OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.Payload.Contains(thingId.ToString()));
    }

    private async Task<int> SeenByAsync<TContext>(Guid thingId)
        where TContext : ConsumerDbContext
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TContext>().Seen.CountAsync(s => s.ThingId == thingId);
    }
}
