using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Testing;
using Posyandu.Host.Tests.Outbox;
using Posyandu.Host.Tests.TestModules.Alpha;
using Posyandu.SharedKernel.Security;

namespace Posyandu.Host.Tests.Platform;

/// <summary>What every endpoint of every module gets from the shared pipeline: ProblemDetails, validation, idempotency, ETags.</summary>
public sealed partial class ApiConventionsTests
{
    private TestHost _host = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _host = await TestHost.StartAsync(OutboxTests.AddTestModules);
        _client = _host.Client([Roles.Dpmd], region: "64");
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task Invalid_fields_give_400_with_an_error_per_field_and_store_nothing()
    {
        var before = await CountThingsAsync();

        var response = await _client.PostJson("/api/alpha/things", new { label = "", quantity = 99 });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem.ErrorFields(), Is.EquivalentTo(new[] { "label", "quantity" }));
        Assert.That(await CountThingsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_value_of_the_wrong_type_names_the_field()
    {
        var response = await _client.PostAsync("/api/alpha/things",
            new StringContent("""{ "label": "x", "quantity": "many" }""", Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { "quantity" }));
    }

    [Test]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        var response = await _client.PostAsync("/api/alpha/things",
            new StringContent("""{ "label": "x", """, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_retry_with_the_same_idempotency_key_replays_the_first_response_and_creates_nothing()
    {
        var key = Guid.NewGuid().ToString();
        var before = await CountThingsAsync();

        var first = await _client.PostJson("/api/alpha/things", new { label = "once", quantity = 2 }, key);
        var second = await _client.PostJson("/api/alpha/things", new { label = "once", quantity = 2 }, key);

        var created = await first.ShouldBe<Thing>(HttpStatusCode.Created);
        var replayed = await second.ShouldBe<Thing>(HttpStatusCode.Created);
        Assert.That(replayed.Id, Is.EqualTo(created.Id));
        Assert.That(second.Headers.Location, Is.EqualTo(first.Headers.Location));
        Assert.That(second.Headers.GetValues("Idempotency-Replayed"), Is.EqualTo(new[] { "true" }));
        Assert.That(await CountThingsAsync(), Is.EqualTo(before + 1));
    }

    [Test]
    public async Task The_same_idempotency_key_with_another_body_is_refused_with_422()
    {
        var key = Guid.NewGuid().ToString();
        await (await _client.PostJson("/api/alpha/things", new { label = "first", quantity = 1 }, key)).ShouldBe<Thing>(HttpStatusCode.Created);
        var before = await CountThingsAsync();

        var reuse = await _client.PostJson("/api/alpha/things", new { label = "second", quantity = 1 }, key);

        await reuse.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(await CountThingsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_failed_request_frees_its_idempotency_key_for_a_corrected_retry()
    {
        var key = Guid.NewGuid().ToString();
        await (await _client.PostJson("/api/alpha/things", new { label = "", quantity = 1 }, key)).ShouldBeProblem(HttpStatusCode.BadRequest);

        var corrected = await _client.PostJson("/api/alpha/things", new { label = "fixed", quantity = 1 }, key);

        await corrected.ShouldBe<Thing>(HttpStatusCode.Created);
    }

    [Test]
    public async Task An_update_with_a_stale_etag_gets_412_and_changes_nothing()
    {
        var thing = await (await _client.PostJson("/api/alpha/things", new { label = "v0", quantity = 1 })).ShouldBe<Thing>(HttpStatusCode.Created);

        var update = await PutAsync(thing.Id, "v1", "\"0\"");
        Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(update.Headers.ETag?.Tag, Is.EqualTo("\"1\""));

        var stale = await PutAsync(thing.Id, "lost update", "\"0\"");

        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        await using var scope = _host.Services.CreateAsyncScope();
        var label = await scope.ServiceProvider.GetRequiredService<AlphaDbContext>().Things.Where(t => t.Id == thing.Id).Select(t => t.Label).SingleAsync();
        Assert.That(label, Is.EqualTo("v1"));
    }

    [Test]
    public async Task An_unknown_record_is_a_404_problem()
    {
        var response = await PutAsync(Guid.NewGuid(), "x", null);

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Json_uses_camel_case()
    {
        var response = await _client.PostJson("/api/alpha/things", new { label = "camel", quantity = 1 });

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Contain("\"label\":\"camel\"").And.Contain("\"version\":0"));
    }

    private Task<HttpResponseMessage> PutAsync(Guid id, string label, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/alpha/things/{id}") { Content = JsonContent.Create(new { label }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return _client.SendAsync(request);
    }

    private async Task<int> CountThingsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlphaDbContext>().Things.CountAsync();
    }
}
