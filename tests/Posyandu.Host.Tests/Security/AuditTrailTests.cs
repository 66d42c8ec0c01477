using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Host.Tests.Outbox;
using Posyandu.Host.Tests.TestModules.Alpha;
using Posyandu.SharedKernel.Platform;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Security;

public sealed class AuditTrailTests
{
    private TestHost _host = null!;

    [OneTimeSetUp]
    public async Task StartHost() => _host = await TestHost.StartAsync(OutboxTests.AddTestModules);

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [Test]
    public async Task Every_write_and_every_individual_read_is_audited_with_actor_role_module_entity_and_action()
    {
        using var writer = _host.Client([Roles.Dpmd], region: "64", user: "coordinator-7");
        var thing = await (await writer.PostJson("/api/alpha/things", new { label = "audited", quantity = 1 })).ShouldBe<Thing>(HttpStatusCode.Created);
        await writer.PutAsJsonAsync($"/api/alpha/things/{thing.Id}", new { label = "changed" });
        await writer.GetAsync($"/api/alpha/things/{thing.Id}");

        using var admin = _host.Client([Roles.Admin], user: "root");
        var lines = await (await admin.GetAsync($"/api/platform/audit?entity=Thing&entityId={thing.Id}"))
            .ShouldBe<List<PlatformEndpoints.AuditLine>>(HttpStatusCode.OK);

        Assert.That(lines.Select(l => l.Action), Is.EquivalentTo(new[] { "create", "update", "read" }));
        Assert.That(lines, Has.All.Matches<PlatformEndpoints.AuditLine>(l =>
            l.Actor == "coordinator-7" && l.Roles.Contains("dpmd") && l.Module == "alpha" && l.EntityId == thing.Id.ToString()));
    }

    [Test]
    public async Task A_failed_write_leaves_no_audit_line()
    {
        using var writer = _host.Client([Roles.Dpmd], region: "64", user: "refused-writer");
        await (await writer.PostJson("/api/alpha/things", new { label = "refused", quantity = 1, failAfterPublishing = true }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        using var admin = _host.Client([Roles.Admin]);
        var lines = await (await admin.GetAsync("/api/platform/audit?actor=refused-writer")).ShouldBe<List<PlatformEndpoints.AuditLine>>(HttpStatusCode.OK);

        Assert.That(lines, Is.Empty);
    }

    [Test]
    public async Task Audit_entries_cannot_be_changed_or_deleted()
    {
        using (var writer = _host.Client([Roles.Dpmd], region: "64"))
        {
            await (await writer.PostJson("/api/alpha/things", new { label = "tamper", quantity = 1 })).ShouldBe<Thing>(HttpStatusCode.Created);
        }

        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlphaDbContext>();
        var entry = await db.AuditEntries.FirstAsync();
        db.AuditEntries.Remove(entry);

        Assert.That(async () => await db.SaveChangesAsync(), Throws.InvalidOperationException.With.Message.Contains("append-only"));
    }

    [Test]
    public async Task Only_admin_and_dpmd_may_query_the_audit_trail()
    {
        using var health = _host.Client([Roles.Health], region: "64");
        using var kader = _host.Client([Roles.Kader], region: "64.02.01.2001", posyandu: Guid.NewGuid());

        Assert.That((await health.GetAsync("/api/platform/audit")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await kader.GetAsync("/api/platform/audit")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
