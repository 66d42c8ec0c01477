using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Time;
using Posyandu.Testing;
using Posyandu.Testing.Matrix;
using Posyandu.Trantibumlinmas.Persistence;

namespace Posyandu.Trantibumlinmas.Tests;

/// <summary>
/// The sector through real HTTP on one real host (temporary SQLite files): a Posyandu in Desa Perian with a household
/// whose residents reach the module through the registry's events, as in production.
/// </summary>
public sealed class TrantibumlinmasTests
{
    /// <summary>Desa Perian, Kec. Muara Muntai, Kab. Kutai Kartanegara.</summary>
    private const string Perian = "64.02.01.2001";

    private const string Api = "/api/trantibumlinmas";

    /// <summary>The reporter's name: it must never leave the OPD's and the village head's answers.</summary>
    private const string ReporterName = "Rahmawati Saksi Rahasia";

    private const string FreeTextReporter = "Pelapor Tersembunyi Sekali";

    private TestHost _host = null!;
    private HttpClient _admin = null!, _opd = null!, _desa = null!, _kader = null!, _dpmd = null!, _health = null!, _otherDesa = null!;
    private Guid _posyandu, _reporter, _member;
    private string _today = "";

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _host = await TestHost.StartAsync();
        _admin = _host.Client([Roles.Admin]);
        _opd = _host.Client([Roles.Trantibumlinmas], region: "64", user: "satpolpp");
        _dpmd = _host.Client([Roles.Dpmd], region: "64");
        _health = _host.Client([Roles.Health], region: "64");
        _desa = _host.DesaClient(Perian);
        _otherDesa = _host.DesaClient("64.02.01.2002", user: "kepala-desa-lain");
        _today = _host.Services.GetRequiredService<TimeProvider>().Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _posyandu = await IdOf(await _admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Melati", regionCode = Perian, serviceDay = 10 }));
        var household = await IdOf(await _admin.PostJson("/api/registry/households", new { nomorKk = "6402010101200001", regionCode = Perian, posyanduId = _posyandu }));
        _reporter = await ResidentAsync(household, "6402015708950001", ReporterName);
        _member = await ResidentAsync(household, "6402015708950002", "Siti Linmas");
        await DispatchAsync("registry");
        _kader = _host.Client([Roles.Kader], region: Perian, posyandu: _posyandu, sectors: [Roles.Trantibumlinmas]);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _admin.Dispose();
        _opd.Dispose();
        _desa.Dispose();
        _kader.Dispose();
        _dpmd.Dispose();
        _health.Dispose();
        _otherDesa.Dispose();

        await _host.DisposeAsync();
    }

    [Test]
    public async Task A_sensitive_incident_is_escalated_only_after_the_village_head_approves_and_who_approved_is_kept()
    {
        var incident = await Created(await _kader.PostJson($"{Api}/incidents", Incident("kdrt", new { name = FreeTextReporter, contact = "0812-0000-1111" })));
        var id = incident.GetProperty("id").GetGuid();
        var approval = incident.GetProperty("pendingApprovalId").GetGuid();
        Assert.That(incident.GetProperty("sensitive").GetBoolean(), Is.True);
        Assert.That(incident.GetProperty("reporter").ValueKind, Is.EqualTo(JsonValueKind.Null), "the kader who recorded it does not get the reporter back");

        // Undecided: 409 naming the approval, and nothing changes.
        var before = await Ok(await _opd.GetAsync($"{Api}/incidents/{id}"));
        var waiting = await (await _opd.PostJson($"{Api}/incidents/{id}/escalation", new { to = "polisi" })).ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.That(waiting.GetProperty("approvalId").GetGuid(), Is.EqualTo(approval));
        var unchanged = await Ok(await _opd.GetAsync($"{Api}/incidents/{id}"));
        Assert.That(unchanged.GetProperty("status").GetString(), Is.EqualTo("dilaporkan"));
        Assert.That(unchanged.GetProperty("escalatedTo").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(unchanged.GetProperty("version").GetInt32(), Is.EqualTo(before.GetProperty("version").GetInt32()));

        // Only the village head of the incident's village decides: the OPD 403, another village 404.
        await (await _opd.PostJson($"{Api}/approvals/{approval}/decision", new { to = "disetujui" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await _otherDesa.PostJson($"{Api}/approvals/{approval}/decision", new { to = "disetujui" })).ShouldBeProblem(HttpStatusCode.NotFound);
        var waitingList = await Ok(await _desa.GetAsync($"{Api}/approvals/"));
        Assert.That(waitingList.EnumerateArray().Select(a => a.GetProperty("id").GetGuid()), Does.Contain(approval));
        Assert.That(waitingList.ToString(), Does.Not.Contain(FreeTextReporter), "the approval's reason names no one");
        await Ok(await _desa.PostJson($"{Api}/approvals/{approval}/decision", new { to = "disetujui", note = "Segera ditangani" }));

        var escalated = await Ok(await _opd.PostJson($"{Api}/incidents/{id}/escalation", new { to = "polisi" }));
        Assert.That(escalated.GetProperty("status").GetString(), Is.EqualTo("dieskalasi"));
        Assert.That(escalated.GetProperty("escalatedTo").GetString(), Is.EqualTo("polisi"));
        Assert.That(escalated.GetProperty("approvalId").GetGuid(), Is.EqualTo(approval));
        Assert.That(escalated.GetProperty("approvedBy").GetString(), Is.EqualTo("kepala-desa"));
        Assert.That(escalated.GetProperty("escalatedBy").GetString(), Is.EqualTo("satpolpp"));
        await (await _opd.PostJson($"{Api}/incidents/{id}/escalation", new { to = "opd" })).ShouldBeProblem(HttpStatusCode.Conflict);
        var published = (await PublishedAsync("IncidentEscalated")).Single(e => e.GetProperty("incidentId").GetGuid() == id);
        Assert.That(published.GetProperty("approvalId").GetGuid(), Is.EqualTo(approval));

        // Refused: 422, and again nothing changes.
        var refused = await Created(await _desa.PostJson($"{Api}/incidents", Incident("perdagangan-orang", new { residentId = _reporter })));
        var refusedId = refused.GetProperty("id").GetGuid();
        await (await _desa.PostJson($"{Api}/approvals/{refused.GetProperty("pendingApprovalId").GetGuid()}/decision", new { to = "ditolak" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        await Ok(await _desa.PostJson($"{Api}/approvals/{refused.GetProperty("pendingApprovalId").GetGuid()}/decision", new { to = "ditolak", note = "Sudah diselesaikan keluarga" }));
        await (await _desa.PostJson($"{Api}/incidents/{refusedId}/escalation", new { to = "polisi" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var still = await Ok(await _opd.GetAsync($"{Api}/incidents/{refusedId}"));
        Assert.That(still.GetProperty("status").GetString(), Is.EqualTo("dilaporkan"));
        Assert.That(still.GetProperty("escalatedTo").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That((await PublishedAsync("IncidentEscalated")).Any(e => e.GetProperty("incidentId").GetGuid() == refusedId), Is.False);

        // A type that is not sensitive asks no approval and is escalated at once.
        var fire = await Created(await _kader.PostJson($"{Api}/incidents", Incident("kebakaran", new { residentId = _reporter })));
        Assert.That(fire.GetProperty("pendingApprovalId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var sent = await Ok(await _kader.PostJson($"{Api}/incidents/{fire.GetProperty("id").GetGuid()}/escalation", new { to = "opd" }));
        Assert.That(sent.GetProperty("approvedBy").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task The_reporter_is_seen_only_by_the_opd_the_village_head_and_admin_and_never_in_lists_events_logs_reports_or_exports()
    {
        var named = await Created(await _opd.PostJson($"{Api}/incidents", Incident("narkoba", new { residentId = _reporter })));
        var told = await Created(await _kader.PostJson($"{Api}/incidents", Incident("asusila", new { name = FreeTextReporter, contact = "0813-2222-3333" })));
        Assert.That(named.GetProperty("reporter").GetProperty("name").GetString(), Is.EqualTo(ReporterName), "the OPD that recorded it");
        var (namedId, toldId) = (named.GetProperty("id").GetGuid(), told.GetProperty("id").GetGuid());

        foreach (var (client, who) in new[] { (_opd, "opd"), (_desa, "desa"), (_admin, "admin") })
        {
            var read = await Ok(await client.GetAsync($"{Api}/incidents/{namedId}"));
            Assert.That(read.GetProperty("reporter").GetProperty("residentId").GetGuid(), Is.EqualTo(_reporter), who);
            Assert.That(read.GetProperty("reporter").GetProperty("name").GetString(), Is.EqualTo(ReporterName), who);
            var other = await Ok(await client.GetAsync($"{Api}/incidents/{toldId}"));
            Assert.That(other.GetProperty("reporter").GetProperty("name").GetString(), Is.EqualTo(FreeTextReporter), who);
        }

        foreach (var (client, who) in new[] { (_dpmd, "dpmd"), (_kader, "kader") })
        {
            foreach (var id in new[] { namedId, toldId })
            {
                var body = await (await client.GetAsync($"{Api}/incidents/{id}")).Content.ReadAsStringAsync();
                Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("reporter").ValueKind, Is.EqualTo(JsonValueKind.Null), who);
                AssertNoReporter(body, who);
            }
        }

        await (await _otherDesa.GetAsync($"{Api}/incidents/{namedId}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _health.GetAsync($"{Api}/incidents/{namedId}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        foreach (var client in new[] { _opd, _desa, _admin, _dpmd, _kader })
        {
            AssertNoReporter(await (await client.GetAsync($"{Api}/incidents?region={Perian}")).Content.ReadAsStringAsync(), "list");
        }

        // Each read of the reporter is in the audit trail (ids only).
        var audit = await Ok(await _admin.GetAsync($"/api/platform/audit?module=trantibumlinmas&entity=IncidentReporter&entityId={namedId}"));
        Assert.That(audit.EnumerateArray().Count(a => a.GetProperty("action").GetString() == "read"), Is.GreaterThanOrEqualTo(3));

        // Events, the monthly report, the scorecard and its exports, the logs: no reporter.
        await DispatchAsync("trantibumlinmas");
        var outbox = await InDatabase(db => db.OutboxMessages.AsNoTracking().Select(m => m.Payload).ToListAsync());
        Assert.That(outbox, Is.Not.Empty);
        AssertNoReporter(string.Join('\n', outbox), "events");
        Assert.That(string.Join('\n', outbox), Does.Not.Contain(_reporter.ToString()), "the reporter's resident id is in no event");
        var month = _today[..7];
        var report = await Ok(await _dpmd.GetAsync($"{Api}/reports/monthly?region={Perian}&period={month}")); // DPMD of the province: no small cell withheld
        Assert.That(report.GetProperty("total").GetProperty("incidentsByType").GetProperty("narkoba").GetInt32(), Is.GreaterThanOrEqualTo(1));
        AssertNoReporter(report.ToString(), "report");
        foreach (var url in new[] { $"/api/reporting/scorecard?region={Perian}&period={month}", $"/api/reporting/scorecard/export?region={Perian}&period={month}&format=csv" })
        {
            using var response = await _admin.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            AssertNoReporter(await response.Content.ReadAsStringAsync(), url);
        }

        AssertNoReporter(_host.Logs.All, "logs");
    }

    [Test]
    public async Task Preparedness_and_protection_show_in_the_village_views_the_monthly_report_and_the_scorecard()
    {
        const string village = $"{Api}/villages/{Perian}";
        await Ok(await _desa.PutAsJsonAsync($"{village}/hazards/banjir", new { riskLevel = "tinggi", assessedOn = _today }));
        await (await _desa.PostJson($"{village}/hazard-information", new { hazard = "gempa-bumi", givenOn = _today, method = "sosialisasi", householdsReached = 10 }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await Created(await _desa.PostJson($"{village}/hazard-information", new { hazard = "banjir", givenOn = _today, method = "papanInformasi", householdsReached = 35 }));
        await Created(await _opd.PostJson($"{village}/evacuation-points", new { name = "Masjid Al-Ikhlas", latitude = -0.41, longitude = 116.35, capacity = 200 }));
        var post = await Created(await _kader.PostJson($"{village}/poskamling", new { name = "Poskamling RT 03", status = "aktif", checkedOn = _today }));
        await Ok(await _kader.PutAsJsonAsync($"{Api}/poskamling/{post.GetProperty("id").GetGuid()}/patrols/{_today[..7]}", new { nights = 14, participants = 9 }));
        await Created(await _desa.PostJson($"{village}/linmas-members", new { residentId = _member, position = "komandan", joinedOn = _today }));
        await (await _desa.PostJson($"{village}/linmas-members", new { residentId = _member, position = "anggota", joinedOn = _today })).ShouldBeProblem(HttpStatusCode.Conflict);
        var apar = await Created(await _opd.PostJson($"{village}/equipment", new { kind = "apar", location = "Balai desa", quantity = 2, lastCheckedOn = "2025-01-10", working = true }));
        Assert.That(apar.GetProperty("checkDue").GetBoolean(), Is.True, "not checked for six months");
        var checkedApar = await Ok(await _opd.PostJson($"{Api}/equipment/{apar.GetProperty("id").GetGuid()}/checks", new { checkedOn = _today, working = true, expiresOn = "2199-01-01" }));
        Assert.That(checkedApar.GetProperty("checkDue").GetBoolean(), Is.False);

        // KIE on kesiapsiagaan is GeneralEducation's: it reaches this module through ActivityHeld, never its tables.
        using var dikmas = _host.Client([Roles.GeneralEducation], region: "64");
        var activity = await Created(await dikmas.PostJson($"/api/generaleducation/posyandu/{_posyandu}/activities",
            new { date = _today, topic = "siaga-banjir", method = "penyuluhan", targetGroup = "everyone", facilitatorRole = Roles.Trantibumlinmas }));
        await Ok(await dikmas.PostJson($"/api/generaleducation/activities/{activity.GetProperty("id").GetGuid()}/attendance", new { attendees = new[] { new { residentId = _member } }, guests = 6 }));
        await DispatchAsync("generaleducation");

        var preparedness = await Ok(await _kader.GetAsync($"{village}/preparedness"));
        Assert.That(preparedness.GetProperty("informed").GetBoolean(), Is.True);
        Assert.That(preparedness.GetProperty("hazards").EnumerateArray().Select(h => h.GetProperty("hazard").GetString()), Does.Contain("banjir"));
        Assert.That(preparedness.GetProperty("evacuationPoints").GetArrayLength(), Is.GreaterThanOrEqualTo(1));
        var session = preparedness.GetProperty("sessions").EnumerateArray().Single();
        Assert.That((session.GetProperty("topic").GetString(), session.GetProperty("attendees").GetInt32()), Is.EqualTo(("siaga-banjir", 7)));
        var protection = await Ok(await _dpmd.GetAsync($"{village}/protection"));
        Assert.That(protection.GetProperty("linmasMembers").EnumerateArray().Single().GetProperty("residentId").GetGuid(), Is.EqualTo(_member));
        Assert.That(protection.GetProperty("poskamling").EnumerateArray().Any(p => p.GetProperty("status").GetString() == "aktif"), Is.True);
        Assert.That(protection.GetProperty("patrols").EnumerateArray().Single().GetProperty("nights").GetInt32(), Is.EqualTo(14));
        await (await _otherDesa.GetAsync($"{village}/protection")).ShouldBeProblem(HttpStatusCode.NotFound);

        var row = (await Ok(await _desa.GetAsync($"{Api}/reports/monthly?region={Perian}&by=village"))).GetProperty("rows").EnumerateArray().Single();
        Assert.That(row.GetProperty("key").GetString(), Is.EqualTo(Perian));
        Assert.That((row.GetProperty("villagesWithHazards").GetInt32(), row.GetProperty("villagesInformed").GetInt32()), Is.EqualTo((1, 1)));
        Assert.That(row.GetProperty("poskamlingActive").GetInt32(), Is.GreaterThanOrEqualTo(1));
        Assert.That((row.GetProperty("patrolNights").GetInt32(), row.GetProperty("kieSessions").GetInt32(), row.GetProperty("kieAttendees").GetInt32()), Is.EqualTo((14, 1, 7)));

        await DispatchAsync("trantibumlinmas");
        var card = await Ok(await _admin.GetAsync($"/api/reporting/scorecard?region={Perian}&period={_today[..7]}"));
        var sector = card.GetProperty("sectors").EnumerateArray().Single(s => s.GetProperty("sector").GetString() == "trantibumlinmas");
        var values = sector.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("value"));
        Assert.That(values["trantib-informasi"].GetDecimal(), Is.EqualTo(100m));
        Assert.That(values["trantib-poskamling"].ValueKind, Is.EqualTo(JsonValueKind.Number));
    }

    /// <summary>
    /// One fire at one Posyandu of Muara Leka, three at the other (threshold 2 here, 5 by default): below DPMD of the
    /// province the one is withheld and so are the three — in the incidents and in the incidents by type, which add up
    /// to them — else the village's four less three gives the one away; DPMD of the province sees every count.
    /// </summary>
    [Test]
    public async Task The_monthly_report_withholds_a_small_cell_and_its_complement_below_dpmd_of_the_province()
    {
        const string muaraLeka = "64.02.01.2002";
        var one = await IdOf(await _admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Kenanga", regionCode = muaraLeka, serviceDay = 5 }));
        var three = await IdOf(await _admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Anggrek", regionCode = muaraLeka, serviceDay = 6 }));
        await DispatchAsync("registry");
        var at = _host.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddMinutes(-1);
        foreach (var posyandu in new[] { one, three, three, three })
        {
            await Created(await _opd.PostJson($"{Api}/incidents", new
            {
                type = "kebakaran", posyanduId = posyandu, occurredAt = at, latitude = -0.42, longitude = 116.36, description = "Kebakaran dapur",
                reporter = new { name = FreeTextReporter, contact = "0812-0000-2222" },
            }));
        }

        var url = $"{Api}/reports/monthly?region={muaraLeka}&period={_today[..7]}";
        JsonElement below, province;
        using (_host.SmallCellThreshold(2))
        {
            below = await Ok(await _opd.GetAsync(url));
            province = await Ok(await _dpmd.GetAsync(url));
        }

        int?[] Shown(JsonElement report, string property)
        {
            var rows = report.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
            JsonElement Of(JsonElement row) => property == "incidents" ? row.GetProperty("incidents") : row.GetProperty("incidentsByType").GetProperty(property);
            return [.. new[] { report.GetProperty("total"), rows[one.ToString()], rows[three.ToString()] }.Select(Of)
                .Select(e => e.ValueKind == JsonValueKind.Null ? (int?)null : e.GetInt32())];
        }

        foreach (var property in new[] { "incidents", "kebakaran" })
        {
            Assert.That(Shown(province, property), Is.EqualTo(new int?[] { 4, 1, 3 }), $"{property}: total, the one, the three — DPMD of the province");
            Assert.That(Shown(below, property), Is.EqualTo(new int?[] { 4, null, null }), $"{property}: the one withheld, and the three with it");
        }

        var row = below.GetProperty("rows").EnumerateArray().First();
        Assert.That(row.GetProperty("handledWithinSlaPercent").ValueKind, Is.EqualTo(JsonValueKind.Null), "the share over a withheld count is null too");
    }

    [Test]
    public async Task An_incident_is_handled_within_its_hours_and_bad_input_is_a_400_naming_the_field()
    {
        var at = _host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var fire = await Created(await _kader.PostJson($"{Api}/incidents", Incident("kebakaran", new { residentId = _reporter }, at.AddHours(-3))));
        var id = fire.GetProperty("id").GetGuid();
        var handled = await Ok(await _desa.PostJson($"{Api}/incidents/{id}/actions", new { at = at.AddHours(-2), action = "Dipadamkan linmas dan warga" }));
        Assert.That((handled.GetProperty("status").GetString(), handled.GetProperty("handledWithinSla").GetBoolean()), Is.EqualTo(("ditangani", true)));
        var late = await Created(await _kader.PostJson($"{Api}/incidents", Incident("kebakaran", new { residentId = _reporter }, at.AddHours(-5))));
        var lateAction = await Ok(await _kader.PostJson($"{Api}/incidents/{late.GetProperty("id").GetGuid()}/actions", new { at = at.AddHours(-1), action = "Dipadamkan", close = true }));
        Assert.That((lateAction.GetProperty("status").GetString(), lateAction.GetProperty("handledWithinSla").GetBoolean()), Is.EqualTo(("selesai", false)));
        await (await _kader.PostJson($"{Api}/incidents/{late.GetProperty("id").GetGuid()}/actions", new { at = at, action = "Lagi" })).ShouldBeProblem(HttpStatusCode.Conflict);

        var contribution = (await PublishedAsync("SpmDataReported")).Last(e => e.GetProperty("subjectId").GetGuid() == id);
        Assert.That(contribution.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("element").GetString()),
            Is.EquivalentTo(new[] { "trantibumlinmas.incidents", "trantibumlinmas.incidents.bencana", "trantibumlinmas.incidents_within_sla" }));

        async Task<IReadOnlyList<string>> Fields(object body) =>
            (await (await _kader.PostJson($"{Api}/incidents", body)).ShouldBeProblem(HttpStatusCode.BadRequest)).ErrorFields();
        Assert.That(await Fields(new { type = "tsunami-palsu", posyanduId = _posyandu, occurredAt = at, description = "x", reporter = new { name = "A" } }), Is.EqualTo(new[] { "type" }));
        Assert.That(await Fields(new { type = "banjir", posyanduId = _posyandu, occurredAt = at, latitude = 116.4, longitude = -0.3, description = "x", reporter = new { name = "A" } }),
            Is.EquivalentTo(new[] { "latitude", "longitude" }));
        Assert.That(await Fields(new { type = "banjir", posyanduId = _posyandu, occurredAt = at.AddDays(1), description = "x", reporter = new { name = "A" } }), Is.EqualTo(new[] { "occurredAt" }));
        Assert.That(await Fields(new { type = "banjir", posyanduId = _posyandu, occurredAt = at, description = "x", reporter = new { contact = "0812" } }), Is.EqualTo(new[] { "reporter" }));
        Assert.That(await Fields(new { type = "banjir", posyanduId = _posyandu, occurredAt = at, description = new string('x', 2001), reporter = new { name = "A" } }), Is.EqualTo(new[] { "description" }));
        await (await _kader.PostJson($"{Api}/incidents", new { type = "banjir", posyanduId = Guid.NewGuid(), occurredAt = at, description = "x", reporter = new { name = "A" } }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        using var otherKader = _host.Client([Roles.Kader], region: Perian, posyandu: _posyandu, sectors: [Roles.Health]);
        await (await otherKader.PostJson($"{Api}/incidents", Incident("banjir", new { name = "A" }))).ShouldBeProblem(HttpStatusCode.Forbidden);

        var catalogue = await Ok(await _health.GetAsync($"{Api}/catalogue"));
        var sensitive = catalogue.GetProperty("incidentTypes").EnumerateArray().Where(t => t.GetProperty("sensitive").GetBoolean()).Select(t => t.GetProperty("code").GetString());
        Assert.That(sensitive, Is.EquivalentTo(new[] { "narkoba", "perdagangan-orang", "kdrt", "asusila" }));
    }

    /// <summary>
    /// The new role is an OPD of one sector: every endpoint of the other sectors that does not name it answers 403 to a
    /// Satpol PP / BPBD token (the matrix kit checks only the first role an endpoint does not allow).
    /// </summary>
    [Test]
    public async Task The_trantibumlinmas_role_gets_403_on_every_other_sectors_endpoint_that_does_not_allow_it()
    {
        string[] sectors = [.. Roles.Sectors.Where(s => s != Roles.Trantibumlinmas)];
        var endpoints = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => sectors.Any(s => e.RoutePattern.RawText?.StartsWith($"/api/{s}/", StringComparison.Ordinal) == true))
            .Where(e => AuthorizationMatrix.AllowedRoles(e) is { Count: > 0 } allowed && !allowed.Contains(Roles.Trantibumlinmas))
            .ToList();
        var wrong = new List<string>();
        foreach (var endpoint in endpoints)
        {
            using var response = await _opd.SendAsync(AuthorizationMatrix.PlaceholderRequest(endpoint));
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                wrong.Add($"{endpoint.RoutePattern.RawText} → {(int)response.StatusCode}");
            }
        }

        Assert.That(endpoints.Select(e => e.RoutePattern.RawText!.Split('/')[2]).Distinct(), Is.EquivalentTo(sectors), "every other sector has endpoints the OPD may not call");
        Assert.That(wrong, Is.Empty);
    }

    private object Incident(string type, object reporter, DateTimeOffset? occurredAt = null) => new
    {
        type, posyanduId = _posyandu, occurredAt = occurredAt ?? _host.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddHours(-1),
        latitude = -0.41, longitude = 116.35, description = "Kejadian di Dusun II", reporter,
    };

    private static void AssertNoReporter(string text, string where)
    {
        Assert.That(text, Does.Not.Contain(ReporterName), where);
        Assert.That(text, Does.Not.Contain(FreeTextReporter), where);
        Assert.That(text, Does.Not.Contain("0813-2222-3333"), where);
    }

    private async Task<Guid> ResidentAsync(Guid household, string nik, string name) =>
        (await (await _admin.PostJson("/api/registry/residents", new { nik, name, sex = "female", birthDate = "1995-08-17", householdId = household, relation = "istri" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetGuid();

    private async Task DispatchAsync(string module) => await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(module, CancellationToken.None);

    private async Task<T> InDatabase<T>(Func<TrantibumlinmasDbContext, Task<T>> query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TrantibumlinmasDbContext>());
    }

    private Task<List<JsonElement>> PublishedAsync(string eventType) =>
        InDatabase(async db => (await db.OutboxMessages.AsNoTracking().Where(m => m.Type.EndsWith(eventType)).OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync())
            .Select(p => JsonDocument.Parse(p).RootElement).ToList());

    private static async Task<Guid> IdOf(HttpResponseMessage response) => (await Created(response)).GetProperty("id").GetGuid();

    private static Task<JsonElement> Created(HttpResponseMessage response) => response.ShouldBe<JsonElement>(HttpStatusCode.Created);

    private static Task<JsonElement> Ok(HttpResponseMessage response) => response.ShouldBe<JsonElement>(HttpStatusCode.OK);
}
