using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Host.Tests.TestModules.Alpha;
using Posyandu.SharedKernel.Platform;
using Posyandu.SharedKernel.Web;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Platform;

/// <summary>
/// Issue 22 item 5: a request killed mid-flight leaves its key "in progress". The two moments a process can die
/// at, as the rows they leave: before the effect committed (no marker in the module's database) and after it
/// (marker there, key never completed).
/// </summary>
public sealed partial class ApiConventionsTests
{
    [Test]
    public async Task A_key_left_in_progress_before_the_effect_committed_is_taken_over_after_the_timeout_and_takes_effect_once()
    {
        var body = new { label = "after-crash", quantity = 3 };
        var template = await KeyedRecordAsync(body);
        var key = Guid.NewGuid().ToString();
        await InsertInProgressAsync(template, key, DateTime.UtcNow);
        var before = await CountThingsAsync();

        var tooSoon = await _client.PostJson("/api/alpha/things", body, key);
        var stillRunning = await tooSoon.ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.That(stillRunning.GetProperty("detail").GetString(), Does.Contain("still being processed"), "a live request's key is not taken over");

        await AgeAsync(template.Caller, key);
        var retried = await (await _client.PostJson("/api/alpha/things", body, key)).ShouldBe<Thing>(HttpStatusCode.Created);
        var again = await _client.PostJson("/api/alpha/things", body, key);

        Assert.That((await again.ShouldBe<Thing>(HttpStatusCode.Created)).Id, Is.EqualTo(retried.Id));
        Assert.That(again.Headers.GetValues("Idempotency-Replayed"), Is.EqualTo(new[] { "true" }));
        Assert.That(await CountThingsAsync(), Is.EqualTo(before + 1));
    }

    [Test]
    public async Task A_key_left_in_progress_after_the_effect_committed_answers_already_applied_and_creates_nothing()
    {
        var body = new { label = "lost-answer", quantity = 4 };
        var key = Guid.NewGuid().ToString();
        await (await _client.PostJson("/api/alpha/things", body, key)).ShouldBe<Thing>(HttpStatusCode.Created);
        // The process died after the module's commit, before the key was completed.
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var platform = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await platform.IdempotencyRecords.Where(r => r.Key == key)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Completed, false).SetProperty(r => r.Body, (byte[]?)null)
                    .SetProperty(r => r.CreatedAt, DateTime.UtcNow.AddHours(-1)));
        }

        var before = await CountThingsAsync();

        var retry = await _client.PostJson("/api/alpha/things", body, key);
        var problem = await retry.ShouldBeProblem(HttpStatusCode.Conflict);
        var replay = await _client.PostJson("/api/alpha/things", body, key);

        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Already applied."));
        Assert.That((await replay.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("title").GetString(), Is.EqualTo("Already applied."));
        Assert.That(await CountThingsAsync(), Is.EqualTo(before), "the effect is not repeated");
    }

    [Test]
    public async Task The_proof_of_effect_is_committed_with_the_effect_in_the_module_database()
    {
        var key = Guid.NewGuid().ToString();
        await (await _client.PostJson("/api/alpha/things", new { label = "marked", quantity = 1 }, key)).ShouldBe<Thing>(HttpStatusCode.Created);
        await (await _client.PostJson("/api/alpha/things", new { label = "", quantity = 1 }, Guid.NewGuid().ToString())).ShouldBeProblem(HttpStatusCode.BadRequest);

        await using var scope = _host.Services.CreateAsyncScope();
        var caller = (await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().IdempotencyRecords.SingleAsync(r => r.Key == key)).Caller;
        var alpha = scope.ServiceProvider.GetRequiredService<AlphaDbContext>();
        Assert.That(await alpha.InboxMessages.AnyAsync(i => i.MessageId == IdempotencyMarker.For(caller, key) && i.Handler == IdempotencyMarker.Handler), Is.True);
    }

    /// <summary>A completed record of this body, to copy the caller and the request hash from (the hash does not include the key).</summary>
    private async Task<IdempotencyRecord> KeyedRecordAsync(object body)
    {
        var key = Guid.NewGuid().ToString();
        var response = await _client.PostJson("/api/alpha/things", body, key);
        await response.ShouldBe<Thing>(HttpStatusCode.Created);
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().IdempotencyRecords.AsNoTracking().SingleAsync(r => r.Key == key);
    }

    private async Task InsertInProgressAsync(IdempotencyRecord template, string key, DateTime createdAt)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var platform = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        platform.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Caller = template.Caller, Key = key, RequestHash = template.RequestHash, Path = template.Path, CreatedAt = createdAt,
        });
        await platform.SaveChangesAsync();
    }

    private async Task AgeAsync(string caller, string key)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().IdempotencyRecords
            .Where(r => r.Caller == caller && r.Key == key)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.CreatedAt, DateTime.UtcNow.AddMinutes(-3)));
    }
}
