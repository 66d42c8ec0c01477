using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Host.Tests.TestModules;
using Posyandu.Host.Tests.TestModules.Alpha;
using Posyandu.Host.Tests.TestModules.Beta;
using Posyandu.Host.Tests.TestModules.Gamma;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Platform;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Outbox;

/// <summary>Issue 22 items 1 and 3: a poison message is set aside, everything else keeps flowing; waiting is not dying.</summary>
public sealed partial class OutboxTests
{
    private const string NikLike = "6472011234567890";

    [Test]
    public async Task A_payload_that_cannot_be_read_is_dead_at_once_and_the_messages_after_it_are_delivered()
    {
        var poisoned = await CreateThingAsync("poisoned");
        var after = await CreateThingAsync("after-poison");
        // As a deploy that renamed a field's type would leave it: the stored JSON no longer fits the event.
        await CorruptPayloadAsync(poisoned.Id, $$"""{"thingId":"{{NikLike}}","label":"poisoned"}""");

        var result = await DispatchAsync();

        Assert.That(result.Dead, Is.EqualTo(1));
        Assert.That(await SeenByAsync<BetaDbContext>(after.Id), Is.EqualTo(1), "the message after the poison is delivered");
        Assert.That(await SeenByAsync<GammaDbContext>(after.Id), Is.EqualTo(1));
        var dead = await MessageByIdAsync(await MessageIdForLabelAsync("poisoned"));
        Assert.That(dead.Status, Is.EqualTo(OutboxStatus.Dead));
        Assert.That(dead.LastError, Does.Contain("Unreadable as ThingCreated").And.Contain("$.thingId"));
        Assert.That(dead.LastError, Does.Not.Contain(NikLike), "the reason never carries the payload's values");

        using var admin = _host.Client([Roles.Admin]);
        var detail = await (await admin.GetAsync($"/api/platform/outbox/dead/alpha/{dead.MessageId}"))
            .ShouldBe<PlatformEndpoints.DeadMessageDetail>(HttpStatusCode.OK);
        Assert.That(detail.LastError, Is.EqualTo(dead.LastError));
        Assert.That(detail.Payload, Does.Contain("poisoned"), "an operator can inspect what was stored");
        await (await admin.GetAsync($"/api/platform/outbox/dead/alpha/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"/api/platform/outbox/dead/alpha/{dead.MessageId}")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_failing_handler_reason_masks_personal_numbers()
    {
        _host.Services.GetRequiredService<FaultInjection>().FailNext("gamma", 1, $"Resident {NikLike} is unknown.");
        var thing = await CreateThingAsync("careless");

        await DispatchAsync();

        var message = await MessageForAsync(thing.Id);
        Assert.That(message.LastError, Does.Contain("Resident [redacted-16-digits] is unknown."));
        Assert.That(message.LastError, Does.Not.Contain(NikLike));
        await DispatchAsync();
        Assert.That((await MessageForAsync(thing.Id)).Status, Is.EqualTo(OutboxStatus.Processed));
    }

    [Test]
    public async Task The_sweep_goes_on_to_the_other_modules_when_one_module_cannot_be_dispatched()
    {
        // Alpha's outbox holds a row its dispatch cannot even read (a broken timestamp): alpha's run fails as a whole.
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var alpha = scope.ServiceProvider.GetRequiredService<AlphaDbContext>();
            await alpha.Database.ExecuteSqlRawAsync(
                "INSERT INTO outbox_messages (MessageId, Type, Payload, OccurredAt, Status, Attempts) VALUES ({0}, 'x', {1}, 'not a time', 0, 0)",
                Guid.NewGuid(), "{}");
        }

        // Gamma publishes after alpha in the sweep's order.
        var thingId = Guid.NewGuid();
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var gamma = scope.ServiceProvider.GetRequiredService<GammaDbContext>();
            gamma.Publish(new ThingCreated(thingId, "from-gamma"));
            await gamma.SaveChangesAsync();
        }

        var dispatcher = _host.Services.GetRequiredService<OutboxDispatcher>();
        Assert.That(dispatcher.Modules.ToList().IndexOf("alpha"), Is.LessThan(dispatcher.Modules.ToList().IndexOf("gamma")));
        try
        {
            await _host.Services.GetRequiredService<OutboxDispatchJob>().SweepAsync(CancellationToken.None);

            Assert.That(await SeenByAsync<BetaDbContext>(thingId), Is.EqualTo(1), "gamma's event was delivered despite alpha");
            Assert.That(_host.Logs.Lines, Has.Some.Contains("could not dispatch the outbox of alpha"));
        }
        finally
        {
            await using var scope = _host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AlphaDbContext>().Database
                .ExecuteSqlRawAsync("DELETE FROM outbox_messages WHERE OccurredAt = 'not a time'");
        }
    }

    [Test]
    public async Task A_message_waiting_for_a_healthy_module_is_retried_past_the_attempt_limit_without_dying()
    {
        // Beta has no dead message: what gamma waits for from it is still on its way.
        _host.Services.GetRequiredService<FaultInjection>().WaitNext("gamma", 5, "beta");
        var thing = await CreateThingAsync("waits");

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await DispatchAsync();
            Assert.That((await MessageForAsync(thing.Id)).Status, Is.EqualTo(OutboxStatus.Pending), $"attempt {attempt + 1} of a limit of 3");
        }

        await DispatchAsync();
        Assert.That(await SeenByAsync<GammaDbContext>(thing.Id), Is.EqualTo(1));
        Assert.That((await MessageForAsync(thing.Id)).Status, Is.EqualTo(OutboxStatus.Processed));
    }

    [Test]
    public async Task A_message_waiting_for_a_module_with_a_dead_message_dies_after_the_attempt_limit()
    {
        var poisoned = await CreateThingAsync("poison-2");
        await CorruptPayloadAsync(poisoned.Id, """{"thingId":12}""");
        await DispatchAsync(); // alpha now has a dead message: what is awaited from alpha may never come
        _host.Services.GetRequiredService<FaultInjection>().WaitNext("gamma", 3, "alpha");
        var thing = await CreateThingAsync("waits-in-vain");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await DispatchAsync();
        }

        Assert.That((await MessageForAsync(thing.Id)).Status, Is.EqualTo(OutboxStatus.Dead));
    }

    private async Task CorruptPayloadAsync(Guid thingId, string payload)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var alpha = scope.ServiceProvider.GetRequiredService<AlphaDbContext>();
        var rows = await alpha.Database.ExecuteSqlRawAsync(
            "UPDATE outbox_messages SET Payload = {0} WHERE Payload LIKE {1}", payload, $"%{thingId}%");
        Assert.That(rows, Is.EqualTo(1));
    }

    private async Task<Guid> MessageIdForLabelAsync(string label)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlphaDbContext>().OutboxMessages
            .Where(m => m.Payload.Contains($"\"{label}\"")).Select(m => m.MessageId).SingleAsync();
    }

    private async Task<OutboxMessage> MessageByIdAsync(Guid messageId)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlphaDbContext>().OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.MessageId == messageId);
    }
}
