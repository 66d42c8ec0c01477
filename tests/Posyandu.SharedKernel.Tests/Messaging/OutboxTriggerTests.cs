using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.SharedKernel.Tests.Messaging;

/// <summary>
/// The trigger's coalescing: however many commits arrive, a module has at most one dispatch job queued, and commits
/// made while one runs make it run again instead of queueing jobs that would only wait for its lock.
/// </summary>
public sealed class OutboxTriggerTests
{
    private RecordingJobs _jobs = null!;

    [SetUp]
    public void NewJobs() => _jobs = new RecordingJobs(); // NUnit shares one fixture instance between its tests

    [Test]
    public void Commits_while_a_job_is_queued_queue_nothing_more()
    {
        var trigger = new OutboxTrigger(_jobs);

        for (var i = 0; i < 50; i++)
        {
            trigger.Signal("health");
        }

        trigger.Signal("education");

        Assert.That(_jobs.Queued, Is.EqualTo(new[] { "health", "education" }));
    }

    [Test]
    public void Commits_while_a_job_runs_make_it_run_once_more_and_then_it_is_idle()
    {
        var trigger = new OutboxTrigger(_jobs);
        trigger.Signal("health");
        trigger.Started("health");

        trigger.Signal("health");
        trigger.Signal("health");

        Assert.That(_jobs.Queued, Has.Count.EqualTo(1), "no job queued behind the running one");
        Assert.That(trigger.MustRunAgain("health"), Is.True);
        Assert.That(trigger.MustRunAgain("health"), Is.False);
        trigger.Signal("health");
        Assert.That(_jobs.Queued, Has.Count.EqualTo(2), "once idle, the next commit queues a job");
    }

    [Test]
    public void A_job_that_failed_lets_the_next_commit_queue_a_new_one()
    {
        var trigger = new OutboxTrigger(_jobs);
        trigger.Signal("health");
        trigger.Started("health");

        trigger.Stopped("health");
        trigger.Signal("health");

        Assert.That(_jobs.Queued, Has.Count.EqualTo(2));
    }

    /// <summary>Records what would be enqueued; the trigger's only dependency.</summary>
    private sealed class RecordingJobs : IBackgroundJobClient
    {
        public List<string> Queued { get; } = [];

        public string Create(Job job, IState state)
        {
            Queued.Add((string)job.Args[0]);
            return Queued.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => true;
    }
}
