using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Registry.Tests;

/// <summary>DPMD registers kader, records their trainings and lists them, through real HTTP.</summary>
public sealed class KaderTests
{
    private TestHost _host = null!;
    private HttpClient _dpmd = null!;
    private Guid _posyandu;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync();
        _dpmd = _host.Client([Roles.Dpmd], region: "64");
        _posyandu = await _dpmd.RegisterPosyanduAsync(Kaltim.Perian);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task A_kader_is_registered_for_their_sectors_and_the_event_carries_neither_nik_nor_name()
    {
        var nik = Kaltim.Nik("620590"); // a woman born 22 May 1990
        var response = await _dpmd.PostJson("/api/registry/kader", new { nik, name = "Kader Wulandari", phone = "+62 812 5555 0101", posyanduId = _posyandu, sectors = new[] { "education", "health", "health" } });

        var kader = await response.ShouldBe<JsonElement>(HttpStatusCode.Created);
        var id = kader.GetProperty("id").GetGuid();
        Assert.That(kader.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "health", "education" }));
        Assert.That(kader.GetProperty("active").GetBoolean(), Is.True);
        Assert.That(kader.ToString(), Does.Not.Contain(nik));
        var events = await _host.EventsAboutAsync(id);
        Assert.That(events.Select(e => e.Type), Is.EqualTo(new[] { "KaderRegistered" }));
        Assert.That(events[0].Payload.GetProperty("posyanduId").GetGuid(), Is.EqualTo(_posyandu));
        Assert.That(events[0].Payload.ToString(), Does.Not.Contain(nik).And.Not.Contain("Wulandari"));
    }

    [Test]
    public async Task One_nik_one_kader()
    {
        var nik = Kaltim.Nik("010185");
        var first = await RegistryApi.IdOf(await _dpmd.PostJson("/api/registry/kader", new { nik, name = "Kader Budi", posyanduId = _posyandu, sectors = new[] { "housing" } }));
        var other = await _dpmd.RegisterPosyanduAsync(Kaltim.MuaraLeka, "Posyandu Lain");

        var problem = await (await _dpmd.PostJson("/api/registry/kader", new { nik, name = "Budi Lagi", posyanduId = other, sectors = new[] { "social" } }))
            .ShouldBeProblem(HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("existingId").GetGuid(), Is.EqualTo(first));
        Assert.That(problem.ToString(), Does.Not.Contain("Kader Budi").And.Not.Contain(nik));
    }

    [Test]
    public async Task Nik_name_phone_and_sectors_are_validated()
    {
        var problem = await (await _dpmd.PostJson("/api/registry/kader", new { nik = "6402011234", name = "", phone = "call me", posyanduId = _posyandu, sectors = new[] { "police" } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var noSector = await (await _dpmd.PostJson("/api/registry/kader", new { nik = Kaltim.Nik("010185"), name = "Kader", posyanduId = _posyandu, sectors = Array.Empty<string>() }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.ErrorFields(), Is.EquivalentTo(new[] { "nik", "name", "phone", "sectors" }));
        Assert.That(noSector.ErrorFields(), Is.EqualTo(new[] { "sectors" }));
    }

    [Test]
    public async Task A_kader_cannot_be_registered_at_an_unknown_or_invisible_posyandu()
    {
        using var samarinda = _host.Client([Roles.Dpmd], region: "64.72");

        await (await _dpmd.PostJson("/api/registry/kader", new { nik = Kaltim.Nik("010185"), name = "K", posyanduId = Guid.NewGuid(), sectors = new[] { "health" } }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        await (await samarinda.PostJson("/api/registry/kader", new { nik = Kaltim.Nik("010185"), name = "K", posyanduId = _posyandu, sectors = new[] { "health" } }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Trainings_are_recorded_with_their_organising_opd()
    {
        var id = await RegistryApi.IdOf(await _dpmd.PostJson("/api/registry/kader", new { nik = Kaltim.Nik("450392"), name = "Kader Sari", posyanduId = _posyandu, sectors = new[] { "health" } }));

        await (await _dpmd.PostJson($"/api/registry/kader/{id}/trainings", new { topic = "Pengukuran antropometri", organiser = "health", date = "2026-03-10" })).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var kader = await (await _dpmd.PostJson($"/api/registry/kader/{id}/trainings", new { topic = "Orientasi Posyandu ILP", organiser = "dpmd", date = "2026-02-01" }))
            .ShouldBe<JsonElement>(HttpStatusCode.OK);
        var bad = await (await _dpmd.PostJson($"/api/registry/kader/{id}/trainings", new { topic = "", organiser = "puskesmas", date = "2999-01-01" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(kader.GetProperty("trainings").EnumerateArray().Select(t => t.GetProperty("organiser").GetString()), Is.EqualTo(new[] { "dpmd", "health" }), "by date");
        Assert.That(bad.ErrorFields(), Is.EquivalentTo(new[] { "topic", "organiser", "date" }));
        await (await _dpmd.PostJson($"/api/registry/kader/{Guid.NewGuid()}/trainings", new { topic = "X", organiser = "dpmd", date = "2026-01-01" }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_list_shows_a_posyandus_kader_by_name_within_the_callers_scope()
    {
        var posyandu = await _dpmd.RegisterPosyanduAsync(Kaltim.Perian, "Posyandu Daftar");
        await _dpmd.PostJson("/api/registry/kader", new { nik = Kaltim.Nik("110380"), name = "Zainal", posyanduId = posyandu, sectors = new[] { "publicworks" } });
        await _dpmd.PostJson("/api/registry/kader", new { nik = Kaltim.Nik("120380"), name = "Ahmad", posyanduId = posyandu, sectors = new[] { "generaleducation" } });
        using var education = _host.Client([Roles.Education], region: "64.02");
        using var samarinda = _host.Client([Roles.Education], region: "64.72");

        var list = await education.GetList($"/api/registry/kader?posyanduId={posyandu}");

        Assert.That(list.Select(k => k.GetProperty("name").GetString()), Is.EqualTo(new[] { "Ahmad", "Zainal" }));
        Assert.That(await samarinda.GetList($"/api/registry/kader?posyanduId={posyandu}"), Is.Empty);
    }
}
