using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Host.Hosting;
using Posyandu.Host.Tests.Outbox;
using Posyandu.Host.Tests.TestModules;
using Posyandu.Host.Tests.TestModules.Alpha;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Operations;

/// <summary>
/// Issue 24 item 3: readiness tells the truth about delivery — degraded, naming the module, while a consumer keeps
/// failing (first the message waits too long, then it is dead), healthy again once the message is revived and
/// delivered. Liveness runs no check at all.
/// </summary>
public sealed class ReadinessTests
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TestHost _host = null!;
    private HttpClient _dpmd = null!;
    private HttpClient _anonymous = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync(OutboxTests.AddTestModules, new Dictionary<string, string?>
        {
            ["Outbox:BaseRetryDelay"] = "00:00:00",
            ["Outbox:MaxAttempts"] = "3",
            ["Outbox:HealthMaxPendingAge"] = "00:05:00",
        }, services: s => s.AddSingleton<TimeProvider>(_clock));
        _dpmd = _host.Client([Roles.Dpmd], region: "64");
        _anonymous = _host.Client();
        await BackupCommands.DeliverPendingAsync(_host.Services); // the regions seeded at start-up (no Hangfire server here)
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd.Dispose();
        _anonymous.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task Readiness_is_degraded_while_a_consumer_keeps_failing_and_healthy_after_the_revived_message_is_delivered()
    {
        Assert.That(await ReadyAsync(), Is.EqualTo("Healthy"));
        var faults = _host.Services.GetRequiredService<FaultInjection>();
        faults.FailNext("gamma", 100, "gamma cannot apply it");
        (await _dpmd.PostJson("/api/alpha/things", new { label = "stuck-label", quantity = 1 })).EnsureSuccessStatusCode();

        await DispatchAsync();
        Assert.That(await ReadyAsync(), Is.EqualTo("Healthy"), "one failed attempt, retried at once: not yet a problem");

        _clock.SetUtcNow(_clock.GetUtcNow().AddMinutes(6));
        var waiting = await ReadyBodyAsync();
        Assert.That(Status(waiting), Is.EqualTo("Degraded"));
        Assert.That(Outbox(waiting).GetProperty("description").GetString(), Does.Contain("alpha: oldest pending message waits 360 s"));
        Assert.That(Outbox(waiting).GetProperty("data").GetProperty("alpha").GetProperty("pending").GetInt32(), Is.EqualTo(1));

        await DispatchAsync();
        await DispatchAsync(); // the third attempt: dead
        var dead = await ReadyBodyAsync();
        Assert.That(Status(dead), Is.EqualTo("Degraded"));
        Assert.That(Outbox(dead).GetProperty("description").GetString(), Does.Contain("alpha: 1 dead message(s)"));
        Assert.That(Outbox(dead).GetProperty("data").GetProperty("alpha").GetProperty("dead").GetInt32(), Is.EqualTo(1));
        Assert.That(Outbox(dead).GetProperty("data").GetProperty("gamma").GetProperty("dead").GetInt32(), Is.Zero);
        Assert.That(dead.GetRawText(), Does.Not.Contain("stuck-label"), "counts and ages only, never a payload");

        faults.FailNext("gamma", 0);
        Guid messageId;
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            messageId = await scope.ServiceProvider.GetRequiredService<AlphaDbContext>().OutboxMessages
                .Where(m => m.Status == OutboxStatus.Dead).Select(m => m.MessageId).SingleAsync();
        }

        using var admin = _host.Client([Roles.Admin]);
        Assert.That((await admin.PostAsync($"/api/platform/outbox/dead/alpha/{messageId}/revive", null)).StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        await DispatchAsync();
        await BackupCommands.DeliverPendingAsync(_host.Services);

        var healthy = await ReadyBodyAsync();
        Assert.That(Status(healthy), Is.EqualTo("Healthy"), healthy.GetRawText());
    }

    [Test]
    public async Task Liveness_runs_no_check()
    {
        var response = await _anonymous.GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    private async Task DispatchAsync() =>
        await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("alpha", CancellationToken.None);

    private async Task<JsonElement> ReadyBodyAsync()
    {
        var response = await _anonymous.GetAsync("/health/ready");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "degraded still serves: 200");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<string?> ReadyAsync() => Status(await ReadyBodyAsync());

    private static string? Status(JsonElement body) => body.GetProperty("status").GetString();

    private static JsonElement Outbox(JsonElement body) =>
        body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "outbox");
}
