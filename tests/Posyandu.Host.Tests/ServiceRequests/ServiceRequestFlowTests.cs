using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Host.Tests.TestModules.Delta;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.ServiceRequests;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.ServiceRequests;

/// <summary>The shared service-request machinery through real HTTP, on a test sector module, with a controllable clock.</summary>
public sealed class ServiceRequestFlowTests
{
    private const string Village = "64.02.01.2001";
    private static readonly Guid Posyandu = Guid.NewGuid();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero)); // Monday 10:00 WITA
    private TestHost _host = null!;
    private HttpClient _kader = null!;
    private HttpClient _village = null!;
    private HttpClient _housing = null!;
    private HttpClient _dpmd = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _host = await TestHost.StartAsync(m => m.Add(new DeltaModule()), services: s => s.AddSingleton<TimeProvider>(_clock));
        _kader = _host.Client([Roles.Kader], region: Village, posyandu: Posyandu, user: "kader-1", sectors: [Roles.Housing]);
        _village = _host.DesaClient(Village, user: "desa-1");
        _dpmd = _host.Client([Roles.Dpmd], region: "64.02", user: "dpmd-1");
        _housing = _host.Client([Roles.Housing], region: "64.02", user: "perkim-1");
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _kader.Dispose();
        _village.Dispose();
        _housing.Dispose();
        _dpmd.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    [Order(1)] // the clock is shared and only moves forward: the fixed deadline below is checked before the SLA test advances it
    public async Task A_request_walks_through_every_state_with_its_history_and_events()
    {
        var request = await SubmitAsync(DeltaModule.Rehab.Code);
        Assert.That(request.GetProperty("status").GetString(), Is.EqualTo("diajukan"));
        Assert.That(request.GetProperty("dueAt").GetDateTime(), Is.EqualTo(new DateTime(2026, 11, 30, 16, 0, 0)), "5 working days, end of day WITA");
        var id = request.GetProperty("id").GetGuid();

        await UploadAsync(id, DocumentKinds.Ktp, "application/pdf", Pdf);
        await UploadAsync(id, DocumentKinds.HousePhotoFront, "image/jpeg", Jpeg);
        var waitingBefore = await WaitingForVillageAsync(_village);
        var notYetForTheOpd = await (await _housing.GetAsync("/api/delta/service-requests?status=Diteruskan")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);
        var verified = await TransitionAsync(_village, id, "diverifikasi", HttpStatusCode.OK, note: "Kunjungan rumah: atap bocor, dinding papan lapuk.");
        var forwarded = await TransitionAsync(_village, id, "diteruskan", HttpStatusCode.OK, note: "Diteruskan ke Dinas Perkim.");
        var waitingAfter = await WaitingForVillageAsync(_village);
        var forTheOpd = await (await _housing.GetAsync("/api/delta/service-requests?status=Diteruskan")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);
        var processing = await TransitionAsync(_housing, id, "diproses", HttpStatusCode.OK);
        var done = await TransitionAsync(_housing, id, "selesai", HttpStatusCode.OK, outcome: "Masuk program BSPS 2027.");

        Assert.That(waitingBefore.Select(w => w.GetProperty("id").GetGuid()), Does.Contain(id), "the village sees what waits for it");
        Assert.That(notYetForTheOpd.Select(r => r.GetProperty("id").GetGuid()), Does.Not.Contain(id));
        Assert.That(waitingAfter.Select(w => w.GetProperty("id").GetGuid()), Does.Not.Contain(id), "forwarded: no longer the village's");
        Assert.That(forTheOpd.Select(r => r.GetProperty("id").GetGuid()), Does.Contain(id), "the OPD sees what was forwarded to it");
        // The SLA clock per step as before: each step gets its own 5 working days from when it began (all at Monday 10:00 here).
        Assert.That(new[] { verified, forwarded, processing }.Select(r => r.GetProperty("dueAt").GetDateTime()),
            Is.All.EqualTo(new DateTime(2026, 11, 30, 16, 0, 0)));
        Assert.That(done.GetProperty("dueAt").ValueKind, Is.EqualTo(JsonValueKind.Null), "a final status has no deadline");
        Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("selesai"));
        var history = done.GetProperty("history").EnumerateArray().ToList();
        Assert.That(history.Select(h => h.GetProperty("to").GetString()), Is.EqualTo(new[] { "diajukan", "diverifikasi", "diteruskan", "diproses", "selesai" }));
        Assert.That(history.Select(h => h.GetProperty("actor").GetString()), Is.EqualTo(new[] { "kader-1", "desa-1", "desa-1", "perkim-1", "perkim-1" }));
        Assert.That(history.Select(h => h.GetProperty("forVillage").GetBoolean()), Is.All.False, "the village took its own steps");
        Assert.That(history[1].GetProperty("note").GetString(), Does.Contain("Kunjungan rumah"));
        Assert.That(await EventsAsync(id), Is.EqualTo(new[]
        {
            nameof(ServiceRequestSubmitted), nameof(ServiceRequestStatusChanged), nameof(ServiceRequestStatusChanged),
            nameof(ServiceRequestStatusChanged), nameof(ServiceRequestStatusChanged), nameof(ServiceRequestCompleted),
        }));
    }

    [Test]
    public async Task An_illegal_transition_is_409_with_the_allowed_next_states()
    {
        var id = (await SubmitAsync(DeltaModule.Water.Code)).GetProperty("id").GetGuid();

        var response = await Post(_village, id, new { to = "selesai", outcome = "x" });

        var problem = await response.ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "diverifikasi", "ditolak" }));
    }

    [Test]
    public async Task A_request_for_an_unknown_resident_or_with_bad_fields_is_refused_and_stores_nothing()
    {
        var before = (await (await _village.GetAsync("/api/delta/service-requests?take=500")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK)).Count;

        await (await _kader.PostJson("/api/delta/service-requests", new
        {
            type = DeltaModule.Water.Code, residentId = DeltaSubjects.Unknown, posyanduId = Posyandu, regionCode = Village, description = "x",
        })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var invalid = await (await _kader.PostJson("/api/delta/service-requests", new { type = "nope", posyanduId = Posyandu, regionCode = "64.02" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(invalid.ErrorFields(), Is.EquivalentTo(new[] { "type", "residentId", "regionCode", "description" }));
        var after = (await (await _village.GetAsync("/api/delta/service-requests?take=500")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK)).Count;
        Assert.That(after, Is.EqualTo(before));
    }

    [Test]
    public async Task Each_step_is_for_its_own_actor()
    {
        var id = (await SubmitAsync(DeltaModule.Water.Code)).GetProperty("id").GetGuid();

        await (await Post(_housing, id, new { to = "diverifikasi", note = "bukan tugas OPD" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Post(_kader, id, new { to = "diverifikasi", note = "kader mencatat, desa memverifikasi" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await TransitionAsync(_village, id, "diverifikasi", HttpStatusCode.OK, note: "Sudah dikunjungi.");
        await (await Post(_kader, id, new { to = "diteruskan" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await TransitionAsync(_village, id, "diteruskan", HttpStatusCode.OK);
        await (await Post(_village, id, new { to = "diproses" })).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Dpmd_may_take_the_village_step_where_the_village_does_not_and_the_history_says_so()
    {
        var id = (await SubmitAsync(DeltaModule.Water.Code)).GetProperty("id").GetGuid();

        await TransitionAsync(_village, id, "diverifikasi", HttpStatusCode.OK, note: "Sudah dikunjungi.");
        var forwarded = await TransitionAsync(_dpmd, id, "diteruskan", HttpStatusCode.OK, note: "Desa belum meneruskan setelah 5 hari kerja.");

        var history = forwarded.GetProperty("history").EnumerateArray().ToList();
        Assert.That(history.Select(h => (h.GetProperty("actor").GetString(), h.GetProperty("forVillage").GetBoolean())),
            Is.EqualTo(new[] { ("kader-1", false), ("desa-1", false), ("dpmd-1", true) }));
    }

    [Test]
    public async Task A_desa_user_of_another_village_or_without_a_village_code_sees_nothing_and_acts_on_nothing()
    {
        var id = (await SubmitAsync(DeltaModule.Water.Code)).GetProperty("id").GetGuid();
        using var neighbour = _host.DesaClient("64.02.01.2002", user: "desa-2");
        using var district = _host.DesaClient("64.02.01", user: "desa-camat");

        await (await neighbour.GetAsync($"/api/delta/service-requests/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Post(neighbour, id, new { to = "diverifikasi", note = "bukan desanya" })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await district.GetAsync($"/api/delta/service-requests/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.That(await WaitingForVillageAsync(neighbour), Is.Empty);
        Assert.That(await WaitingForVillageAsync(district), Is.Empty, "a desa token whose region is not a village code sees nothing");
        Assert.That(await (await district.GetAsync("/api/delta/service-requests")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK), Is.Empty);
        Assert.That((await WaitingForVillageAsync(_village)).Select(w => w.GetProperty("id").GetGuid()), Does.Contain(id));
    }

    [Test]
    public async Task The_village_worklist_is_oldest_first_across_sectors()
    {
        var first = (await SubmitAsync(DeltaModule.Water.Code)).GetProperty("id").GetGuid();
        _clock.Advance(TimeSpan.FromMinutes(1));
        var second = (await SubmitAsync(DeltaModule.Water.Code)).GetProperty("id").GetGuid();

        var waiting = await WaitingForVillageAsync(_village);

        var since = waiting.Select(w => w.GetProperty("waitingSince").GetDateTime()).ToList();
        Assert.That(since, Is.Ordered.Ascending);
        var ids = waiting.Select(w => w.GetProperty("id").GetGuid()).ToList();
        Assert.That(ids.IndexOf(first), Is.LessThan(ids.IndexOf(second)));
        Assert.That(waiting.Single(w => w.GetProperty("id").GetGuid() == first).GetProperty("url").GetString(), Is.EqualTo($"/api/delta/service-requests/{first}"));
        Assert.That(waiting.Select(w => w.GetProperty("regionCode").GetString()), Is.All.EqualTo(Village));
    }

    [Test]
    public async Task Verification_needs_the_home_visit_note_and_every_required_document()
    {
        var id = (await SubmitAsync(DeltaModule.Rehab.Code)).GetProperty("id").GetGuid();

        var noNote = await (await Post(_village, id, new { to = "diverifikasi" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(noNote.ErrorFields(), Is.EqualTo(new[] { "note" }));
        await UploadAsync(id, DocumentKinds.Ktp, "application/pdf", Pdf);
        var missing = await (await Post(_village, id, new { to = "diverifikasi", note = "dikunjungi" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(missing.GetProperty("missingDocuments").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { DocumentKinds.HousePhotoFront }));
    }

    [Test]
    [Order(99)]
    public async Task An_overdue_step_raises_its_event_exactly_once_then_escalates_to_the_district()
    {
        var id = (await SubmitAsync(DeltaModule.Water.Code)).GetProperty("id").GetGuid(); // 3 working days: due end of Thursday
        var sla = _host.Services.GetRequiredService<ServiceRequestSlaJob>();

        await sla.SweepAsync(CancellationToken.None);
        Assert.That((await EventsAsync(id)).Count(e => e == nameof(ServiceRequestOverdue)), Is.Zero, "not yet due");

        _clock.Advance(TimeSpan.FromDays(4)); // Friday
        await sla.SweepAsync(CancellationToken.None);
        await sla.SweepAsync(CancellationToken.None);
        Assert.That((await EventsAsync(id)).Count(e => e == nameof(ServiceRequestOverdue)), Is.EqualTo(1));
        var overdue = await (await _village.GetAsync("/api/delta/service-requests?overdue=true")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);
        Assert.That(overdue.Select(r => r.GetProperty("id").GetGuid()), Does.Contain(id));

        _clock.Advance(TimeSpan.FromDays(4)); // Tuesday: two working days later
        await sla.SweepAsync(CancellationToken.None);
        var request = await (await _village.GetAsync($"/api/delta/service-requests/{id}")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        Assert.That(request.GetProperty("escalationLevel").GetInt32(), Is.EqualTo(1));
        Assert.That((await EventsAsync(id)).Count(e => e == nameof(ServiceRequestEscalated)), Is.EqualTo(1));
        Assert.That((await EventsAsync(id)).Count(e => e == nameof(ServiceRequestOverdue)), Is.EqualTo(1));
    }

    [Test]
    public async Task Documents_are_type_checked_and_served_only_to_callers_who_may_see_the_request()
    {
        var id = (await SubmitAsync(DeltaModule.Rehab.Code)).GetProperty("id").GetGuid();

        var fake = await Put(id, DocumentKinds.Ktp, "application/pdf", Jpeg);
        await fake.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
        var exe = await Put(id, DocumentKinds.Ktp, "application/x-msdownload", "MZ"u8.ToArray());
        await exe.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
        var stored = await UploadAsync(id, DocumentKinds.Ktp, "application/pdf", Pdf);

        var url = $"/api/delta/service-requests/{id}/attachments/{stored.GetProperty("id").GetGuid()}";
        Assert.That(await (await _housing.GetAsync(url)).Content.ReadAsByteArrayAsync(), Is.EqualTo(Pdf));
        using var samarinda = _host.Client([Roles.Housing], region: "64.72");
        await (await samarinda.GetAsync(url)).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    private static readonly byte[] Pdf = "%PDF-1.4\n% Posyandu test scan\n%%EOF"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00];

    private async Task<JsonElement> SubmitAsync(string type) =>
        await (await _kader.PostJson("/api/delta/service-requests", new
        {
            type, residentId = Guid.NewGuid(), posyanduId = Posyandu, regionCode = Village, description = "Permohonan warga",
        })).ShouldBe<JsonElement>(HttpStatusCode.Created);

    private Task<HttpResponseMessage> Put(Guid id, string kind, string contentType, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return _kader.PutAsync($"/api/delta/service-requests/{id}/attachments/{kind}", content);
    }

    private async Task<JsonElement> UploadAsync(Guid id, string kind, string contentType, byte[] bytes) =>
        await (await Put(id, kind, contentType, bytes)).ShouldBe<JsonElement>(HttpStatusCode.Created);

    private static async Task<List<JsonElement>> WaitingForVillageAsync(HttpClient client) =>
        await (await client.GetAsync("/api/service-requests/waiting-for-village")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);

    private static Task<HttpResponseMessage> Post(HttpClient client, Guid id, object body) =>
        client.PostJson($"/api/delta/service-requests/{id}/transitions", body);

    private static async Task<JsonElement> TransitionAsync(HttpClient client, Guid id, string to, HttpStatusCode expected, string? note = null, string? outcome = null) =>
        await (await Post(client, id, new { to, note, outcome })).ShouldBe<JsonElement>(expected);

    private async Task<List<string>> EventsAsync(Guid id)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var types = await scope.ServiceProvider.GetRequiredService<DeltaDbContext>().OutboxMessages
            .Where(m => m.Payload.Contains(id.ToString())).OrderBy(m => m.Sequence).Select(m => m.Type).ToListAsync();
        return types.Select(t => t[(t.LastIndexOf('.') + 1)..]).ToList();
    }
}
