using System.Net;
using System.Text.Json;
using Posyandu.Host.Tests.TestModules.Epsilon;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Approvals;

/// <summary>
/// The generic "needs the village head's approval" step (SharedKernel/Approvals) through real HTTP, on a test module
/// whose incident escalation requires it: asked with the record, decided once by the desa user of the incident's
/// village, checked by the module before it acts, and in the audit trail.
/// </summary>
public sealed class ApprovalTests
{
    private const string Village = "64.02.01.2001";
    private TestHost _host = null!;
    private HttpClient _opd = null!;
    private HttpClient _kepalaDesa = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _host = await TestHost.StartAsync(m => m.Add(new EpsilonModule()));
        _opd = _host.Client([Roles.Social], region: "64.02", user: "satpol-1");
        _kepalaDesa = _host.DesaClient(Village, user: "kades-perian");
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _opd.Dispose();
        _kepalaDesa.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task The_module_acts_only_after_the_village_head_approved_and_who_decided_when_is_audited()
    {
        var (incident, approval) = await ReportAsync();

        var waiting = await (await Escalate(incident)).ShouldBeProblem(HttpStatusCode.Conflict);
        var listed = await (await _kepalaDesa.GetAsync("/api/epsilon/approvals?status=Menunggu")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);
        var approved = await (await Decide(_kepalaDesa, approval, new { to = "disetujui", note = "Sudah dimusyawarahkan." })).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var escalated = await (await Escalate(incident)).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var again = await (await Decide(_kepalaDesa, approval, new { to = "ditolak", note = "berubah pikiran" })).ShouldBeProblem(HttpStatusCode.Conflict);
        using var admin = _host.Client([Roles.Admin]);
        var audit = await (await admin.GetAsync($"/api/platform/audit?module=epsilon&entity=Approval&entityId={approval}"))
            .ShouldBe<List<JsonElement>>(HttpStatusCode.OK);

        Assert.That(waiting.GetProperty("approvalId").GetGuid(), Is.EqualTo(approval), "409 while the village has not decided, naming the approval");
        Assert.That(listed.Select(a => a.GetProperty("id").GetGuid()), Does.Contain(approval));
        Assert.That((approved.GetProperty("status").GetString(), approved.GetProperty("decidedBy").GetString(), approved.GetProperty("requestedBy").GetString()),
            Is.EqualTo(("disetujui", "kades-perian", "satpol-1")));
        Assert.That(approved.GetProperty("decidedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
        Assert.That(escalated.GetProperty("escalated").GetBoolean(), Is.True);
        Assert.That(again.GetProperty("detail").GetString(), Does.Contain("already decided"));
        Assert.That(audit.Select(a => (a.GetProperty("actor").GetString(), a.GetProperty("action").GetString())),
            Is.EquivalentTo(new[] { ("satpol-1", "create"), ("kades-perian", "update") }), "who asked and who decided, with the time of each");
        Assert.That(audit.Select(a => a.GetProperty("at").GetDateTime()), Is.All.Not.EqualTo(default(DateTime)));
    }

    [Test]
    public async Task A_refusal_needs_its_reason_and_the_module_then_answers_422()
    {
        var (incident, approval) = await ReportAsync();

        var noReason = await (await Decide(_kepalaDesa, approval, new { to = "ditolak" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var pending = await (await Decide(_kepalaDesa, approval, new { to = "menunggu" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await Decide(_kepalaDesa, approval, new { to = "ditolak", note = "Cukup diselesaikan secara kekeluargaan." })).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var refused = await (await Escalate(incident)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        Assert.That(noReason.ErrorFields(), Is.EqualTo(new[] { "note" }));
        Assert.That(pending.ErrorFields(), Is.EqualTo(new[] { "to" }));
        Assert.That(refused.GetProperty("detail").GetString(), Does.Contain("kekeluargaan"));
    }

    [Test]
    public async Task The_status_filter_binds_by_name_only()
    {
        using var byName = await _kepalaDesa.GetAsync("/api/epsilon/approvals?status=ditolak");
        var byNumber = await (await _kepalaDesa.GetAsync("/api/epsilon/approvals?status=3")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var combined = await (await _kepalaDesa.GetAsync("/api/epsilon/approvals?status=menunggu,ditolak")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(byName.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(byNumber.ErrorFields(), Is.EqualTo(new[] { "status" }));
        Assert.That(byNumber.GetProperty("errors").GetProperty("status")[0].GetString(), Does.Contain("menunggu, disetujui, ditolak"));
        Assert.That(combined.ErrorFields(), Is.EqualTo(new[] { "status" }));
    }

    [Test]
    public async Task Only_the_desa_user_of_that_village_decides()
    {
        var (_, approval) = await ReportAsync();
        using var neighbour = _host.DesaClient("64.02.01.2002", user: "kades-tetangga");
        using var dpmd = _host.Client([Roles.Dpmd], region: "64", user: "dpmd-1");
        using var admin = _host.Client([Roles.Admin]);

        await (await neighbour.GetAsync($"/api/epsilon/approvals/{approval}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Decide(neighbour, approval, new { to = "disetujui" })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Decide(dpmd, approval, new { to = "disetujui" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Decide(admin, approval, new { to = "disetujui" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        var seenByDpmd = await (await dpmd.GetAsync($"/api/epsilon/approvals/{approval}")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var neighbours = await (await neighbour.GetAsync("/api/epsilon/approvals")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);

        Assert.That(seenByDpmd.GetProperty("status").GetString(), Is.EqualTo("menunggu"), "DPMD reads it, but the decision is the village's");
        Assert.That(neighbours, Is.Empty);
    }

    [Test]
    public async Task An_approval_is_asked_of_a_village()
    {
        var response = await _opd.PostJson("/api/epsilon/incidents", new { regionCode = "64.02.01", summary = "Perselisihan batas lahan" });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { "regionCode" }));
    }

    private async Task<(Guid Incident, Guid Approval)> ReportAsync()
    {
        var reported = await (await _opd.PostJson("/api/epsilon/incidents", new { regionCode = Village, summary = "Perselisihan batas lahan" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        return (reported.GetProperty("id").GetGuid(), reported.GetProperty("approvalId").GetGuid());
    }

    private Task<HttpResponseMessage> Escalate(Guid incident) => _opd.PostJson($"/api/epsilon/incidents/{incident}/escalate", new { });

    private static Task<HttpResponseMessage> Decide(HttpClient client, Guid approval, object body) =>
        client.PostJson($"/api/epsilon/approvals/{approval}/decision", body);
}
