using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Operations;

namespace Posyandu.SharedKernel.Tests.Messaging;

/// <summary>
/// The embedded default's cross-instance locks (issue 22 item 6). Two <see cref="FileDistributedLocks"/> on one folder
/// are two instances: the OS lock is per open file, so they exclude each other as two processes do (the two-host
/// process test, <c>TwoHostsTests</c>, runs the same over real processes) — and the rebuild gate built on them.
/// </summary>
public sealed class DistributedLockTests
{
    private string _folder = "";

    [SetUp]
    public void Folder() => _folder = Directory.CreateTempSubdirectory("posyandu-locks-").FullName;

    [TearDown]
    public void Remove() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task A_lock_held_by_one_instance_is_refused_to_another_until_released()
    {
        var (a, b) = (new FileDistributedLocks(_folder), new FileDistributedLocks(_folder));

        var held = await a.TryAcquireAsync("outbox:registry", TimeSpan.Zero, CancellationToken.None);
        var refused = await b.TryAcquireAsync("outbox:registry", TimeSpan.FromMilliseconds(100), CancellationToken.None);
        var other = await b.TryAcquireAsync("outbox:health", TimeSpan.Zero, CancellationToken.None);
        var waiting = b.TryAcquireAsync("outbox:registry", TimeSpan.FromSeconds(10), CancellationToken.None);
        await Task.Delay(50);
        var waitedWhileHeld = waiting.IsCompleted;
        await held!.DisposeAsync();
        var taken = await waiting;

        Assert.Multiple(() =>
        {
            Assert.That(held, Is.Not.Null);
            Assert.That(refused, Is.Null, "the other instance does not get it while it is held");
            Assert.That(other, Is.Not.Null, "another name is another lock");
            Assert.That(waitedWhileHeld, Is.False, "a waiter waits while it is held");
            Assert.That(taken, Is.Not.Null, "and gets it once released");
        });
        await other!.DisposeAsync();
        await taken!.DisposeAsync();
    }

    [Test]
    public async Task Within_one_instance_the_lock_is_exclusive_too()
    {
        var locks = new FileDistributedLocks(_folder);

        await using var held = await locks.TryAcquireAsync("service-request-sla", TimeSpan.Zero, CancellationToken.None);

        Assert.That(await locks.TryAcquireAsync("service-request-sla", TimeSpan.Zero, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task A_rebuild_in_one_instance_pauses_the_other_instances_delivery_to_that_module_and_refuses_its_rebuild()
    {
        var (a, b) = (new ReadModelRebuildGate(new FileDistributedLocks(_folder), TimeSpan.FromMilliseconds(100)),
            new ReadModelRebuildGate(new FileDistributedLocks(_folder), TimeSpan.FromMilliseconds(100)));

        var rebuild = await a.TryBeginAsync("reporting", CancellationToken.None);
        var paused = await b.TryEnterAsync("reporting", CancellationToken.None);
        var flowing = await b.TryEnterAsync("health", CancellationToken.None);
        var secondRebuild = await b.TryBeginAsync("social", CancellationToken.None);
        var busy = await b.IsBusyAsync(CancellationToken.None);
        await rebuild!.DisposeAsync();
        var resumed = await b.TryEnterAsync("reporting", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(rebuild, Is.Not.Null);
            Assert.That(paused, Is.Null, "B's delivery to the module A rebuilds waits for the rebuild");
            Assert.That(flowing, Is.Not.Null, "B's delivery to other modules goes on");
            Assert.That(secondRebuild, Is.Null, "one rebuild at a time across instances");
            Assert.That(busy, Is.True, "B's endpoint sees A's rebuild (409)");
            Assert.That(resumed, Is.Not.Null, "delivery resumes when the rebuild ends");
        });
        await flowing!.DisposeAsync();
        await resumed!.DisposeAsync();
        Assert.That(await b.IsBusyAsync(CancellationToken.None), Is.False);
    }

    [Test]
    public async Task A_rebuild_starts_only_when_the_other_instances_running_deliveries_to_its_module_are_done()
    {
        var (a, b) = (new ReadModelRebuildGate(new FileDistributedLocks(_folder), TimeSpan.FromMilliseconds(100)),
            new ReadModelRebuildGate(new FileDistributedLocks(_folder), TimeSpan.FromMilliseconds(100)));
        var delivering = await b.TryEnterAsync("reporting", CancellationToken.None);

        var starting = a.TryBeginAsync("reporting", CancellationToken.None);
        await Task.Delay(100);
        var startedWhileDelivering = starting.IsCompleted;
        await delivering!.DisposeAsync();
        await using var rebuild = await starting;

        Assert.Multiple(() =>
        {
            Assert.That(startedWhileDelivering, Is.False, "the rebuild waits for B's delivery");
            Assert.That(rebuild, Is.Not.Null, "and starts when it is done");
        });
    }
}
