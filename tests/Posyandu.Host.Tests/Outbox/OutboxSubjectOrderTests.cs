using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Host.Tests.TestModules;
using Posyandu.Host.Tests.TestModules.Alpha;
using Posyandu.Host.Tests.TestModules.Beta;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Host.Tests.Outbox;

/// <summary>
/// Issue 22 item 2: a consumer never applies an older fact about a subject over a newer one. The older rename is
/// refused once (then due for a retry later than the newer one arrives, as back-off makes it), and the newer one waits
/// behind it instead of overtaking it — across runs, and within one batch.
/// </summary>
public sealed partial class OutboxTests
{
    [Test]
    public async Task A_newer_fact_about_a_subject_waits_behind_an_older_one_that_is_retried_and_is_applied_after_it()
    {
        var faults = _host.Services.GetRequiredService<FaultInjection>();
        var (thing, other) = (Guid.NewGuid(), Guid.NewGuid());

        await DispatchAsync(); // what other tests left pending: the older rename is then the consumer's only delivery

        // Across runs: the older rename fails and is due again only later; the newer one is committed meanwhile.
        var older = await PublishAsync(new ThingRenamed(thing, "Posyandu Melati"));
        faults.FailNext("beta-rename", 1);
        await DispatchAsync();
        await SetDueAsync(older, DateTime.UtcNow.AddHours(1));
        var newer = await PublishAsync(new ThingRenamed(thing, "Posyandu Mawar"));
        var unrelated = await PublishAsync(new ThingRenamed(other, "Posyandu Anggrek"));
        var held = await DispatchAsync();
        var heldMessage = await MessageByIdAsync(newer);
        Assert.That(await RenamesSeenAsync(thing), Is.Empty, "the newer fact is not applied before the older one");
        Assert.That(await RenamesSeenAsync(other), Is.EqualTo(new[] { unrelated }), "another subject is not held up");
        Assert.That(held.Held, Is.EqualTo(1));
        Assert.That((heldMessage.Status, heldMessage.Attempts), Is.EqualTo((OutboxStatus.Pending, 0)), "waiting costs no attempt");

        await SetDueAsync(older, DateTime.UtcNow.AddSeconds(-1));
        await SetDueAsync(newer, DateTime.UtcNow.AddSeconds(-1));
        await DispatchAsync();
        Assert.That(await RenamesSeenAsync(thing), Is.EqualTo(new[] { older, newer }), "applied in the order they occurred");

        // Within one batch: the consumer refuses the older one (batched try and its one-by-one retry); the newer is not applied before it.
        var first = await PublishAsync(new ThingRenamed(other, "Posyandu Kenanga"));
        var second = await PublishAsync(new ThingRenamed(other, "Posyandu Dahlia"));
        faults.FailNext("beta-rename", 2);
        await DispatchAsync();
        Assert.That(await RenamesSeenAsync(other), Is.EqualTo(new[] { unrelated }));
        Assert.That((await MessageByIdAsync(second)).LastError, Does.Contain("Waits for an earlier message about"));
        await SetDueAsync(first, DateTime.UtcNow.AddSeconds(-1));
        await SetDueAsync(second, DateTime.UtcNow.AddSeconds(-1));
        await DispatchAsync();
        Assert.That(await RenamesSeenAsync(other), Is.EqualTo(new[] { unrelated, first, second }));
    }

    private async Task<Guid> PublishAsync(IIntegrationEvent integrationEvent)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var alpha = scope.ServiceProvider.GetRequiredService<AlphaDbContext>();
        alpha.Publish(integrationEvent);
        await alpha.SaveChangesAsync();
        return await alpha.OutboxMessages.OrderByDescending(m => m.Sequence).Select(m => m.MessageId).FirstAsync();
    }

    private async Task SetDueAsync(Guid messageId, DateTime due)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AlphaDbContext>().OutboxMessages.Where(m => m.MessageId == messageId)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.NextAttemptAt, due));
    }

    /// <summary>The renames of a thing in the order the handler applied them, checked against what beta committed.</summary>
    private async Task<List<Guid>> RenamesSeenAsync(Guid thingId)
    {
        var applied = ThingRenamedHandler.Applied.Where(a => a.ThingId == thingId).Select(a => a.MessageId).ToList();
        await using var scope = _host.Services.CreateAsyncScope();
        var committed = await scope.ServiceProvider.GetRequiredService<BetaDbContext>().Seen.Where(s => s.ThingId == thingId).Select(s => s.MessageId).ToListAsync();
        Assert.That(committed, Is.EquivalentTo(applied), "what the handler applied is what was committed");
        return applied;
    }
}
