using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;
using static Posyandu.Registry.Tests.RegistryApi;

namespace Posyandu.Registry.Tests;

/// <summary>DPMD registers, updates and closes Posyandu and sets their pengurus, through real HTTP.</summary>
public sealed class PosyanduTests
{
    private TestHost _host = null!;
    private HttpClient _dpmd = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync();
        _dpmd = _host.Client([Roles.Dpmd], region: "64");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task Registering_returns_the_posyandu_with_location_and_etag_and_publishes_posyandu_registered()
    {
        var response = await _dpmd.PostJson("/api/registry/posyandu", new
        {
            name = "  Posyandu Mawar  ", regionCode = Kaltim.RawaMakmur, address = "Jl. Trikora", rt = "012", rw = "004",
            latitude = -0.5912, longitude = 117.1987, serviceDay = 15, strata = "madya",
        });

        var site = await response.ShouldBe<JsonElement>(HttpStatusCode.Created);
        var id = site.GetProperty("id").GetGuid();
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/registry/posyandu/{id}"));
        Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"0\""));
        Assert.That(site.GetProperty("name").GetString(), Is.EqualTo("Posyandu Mawar"));
        Assert.That(site.GetProperty("strata").GetString(), Is.EqualTo("madya"));
        Assert.That(site.GetProperty("active").GetBoolean(), Is.True);
        var events = await _host.EventsAboutAsync(id);
        Assert.That(events.Select(e => e.Type), Is.EqualTo(new[] { "PosyanduRegistered" }));
        Assert.That(events[0].Payload.GetProperty("registrationNumber").GetString(), Is.EqualTo(site.GetProperty("registrationNumber").GetString()));
        Assert.That(events[0].Payload.GetProperty("regionCode").GetString(), Is.EqualTo(Kaltim.RawaMakmur));
    }

    [Test]
    public async Task A_given_registration_number_is_kept_and_the_next_assigned_one_follows_the_highest()
    {
        const string village = "64.02.01.2003"; // Desa Muara Aloh
        var given = await (await _dpmd.PostJson("/api/registry/posyandu", new { name = "Posyandu Tujuh", regionCode = village, serviceDay = 7, registrationNumber = $"{village}.007" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        var next = await (await _dpmd.PostJson("/api/registry/posyandu", new { name = "Posyandu Delapan", regionCode = village, serviceDay = 8 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(given.GetProperty("registrationNumber").GetString(), Is.EqualTo("64.02.01.2003.007"));
        Assert.That(next.GetProperty("registrationNumber").GetString(), Is.EqualTo("64.02.01.2003.008"));
    }

    [TestCase("64.02.01.2002.001", "village code")]   // another village's number
    [TestCase("64.02.01.2004.1", "PP.KK.CC.DDDD.NNN")]     // serial not 3 digits
    [TestCase("64.02.01.2004.000", "001")]
    public async Task A_registration_number_must_be_the_villages_code_and_a_serial(string number, string message)
    {
        var problem = await (await _dpmd.PostJson("/api/registry/posyandu", new { name = "X", regionCode = "64.02.01.2004", serviceDay = 1, registrationNumber = number }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { "registrationNumber" }));
        Assert.That(problem.GetProperty("errors").GetProperty("registrationNumber")[0].GetString(), Does.Contain(message));
    }

    [Test]
    public async Task Coordinates_service_day_strata_and_rt_rw_are_range_checked()
    {
        var problem = await (await _dpmd.PostJson("/api/registry/posyandu", new
        {
            name = "", regionCode = Kaltim.Perian, latitude = 91.0, longitude = -181.0, serviceDay = 32, strata = "utama", rt = "1234", rw = "A1",
        })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.ErrorFields(), Is.EquivalentTo(new[] { "name", "latitude", "longitude", "serviceDay", "strata", "rt", "rw" }));
        await (await _dpmd.PostJson("/api/registry/posyandu", new { name = "Nol", regionCode = Kaltim.Perian, serviceDay = 0 })).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Updating_with_the_current_etag_changes_the_details_bumps_the_etag_and_publishes_posyandu_updated()
    {
        var id = await _dpmd.RegisterPosyanduAsync(Kaltim.Perian, "Posyandu Kenanga");
        var get = await _dpmd.GetAsync($"/api/registry/posyandu/{id}");
        var etag = get.Headers.ETag!.Tag;

        var response = await _dpmd.PutJson($"/api/registry/posyandu/{id}", new { name = "Posyandu Kenanga Asri", serviceDay = 20, strata = "purnama", latitude = -0.75, longitude = 116.6 }, etag);

        var updated = await response.ShouldBe<JsonElement>(HttpStatusCode.OK);
        Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
        Assert.That(updated.GetProperty("serviceDay").GetInt32(), Is.EqualTo(20));
        Assert.That(updated.GetProperty("regionCode").GetString(), Is.EqualTo(Kaltim.Perian), "the village stays");
        var events = await _host.EventsAboutAsync(id);
        Assert.That(events.Select(e => e.Type), Is.EqualTo(new[] { "PosyanduRegistered", "PosyanduUpdated" }));
        Assert.That(events[1].Payload.GetProperty("name").GetString(), Is.EqualTo("Posyandu Kenanga Asri"));
        var bad = await (await _dpmd.PutJson($"/api/registry/posyandu/{id}", new { name = "X", serviceDay = 40 }, "\"1\"")).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(bad.ErrorFields(), Is.EqualTo(new[] { "serviceDay" }));
    }

    [Test]
    public async Task Deactivating_hides_the_posyandu_from_the_default_list_and_is_published_once()
    {
        var id = await _dpmd.RegisterPosyanduAsync(Kaltim.MuaraLeka, "Posyandu Tutup");

        var closed = await (await _dpmd.PostAsync($"/api/registry/posyandu/{id}/deactivate", null)).ShouldBe<JsonElement>(HttpStatusCode.OK);
        await (await _dpmd.PostAsync($"/api/registry/posyandu/{id}/deactivate", null)).ShouldBe<JsonElement>(HttpStatusCode.OK);

        Assert.That(closed.GetProperty("active").GetBoolean(), Is.False);
        Assert.That((await _dpmd.GetList("/api/registry/posyandu?region=64.02.01.2002")).Select(p => p.GetProperty("id").GetGuid()), Does.Not.Contain(id));
        Assert.That((await _dpmd.GetList("/api/registry/posyandu?region=64.02.01.2002&includeInactive=true")).Select(p => p.GetProperty("id").GetGuid()), Does.Contain(id));
        var events = await _host.EventsAboutAsync(id);
        Assert.That(events.Select(e => e.Type), Is.EqualTo(new[] { "PosyanduRegistered", "PosyanduDeactivated" }));
        Assert.That(events[1].Payload.GetProperty("name").GetString(), Is.EqualTo("Posyandu Tutup"));
        Assert.That(events[1].Payload.GetProperty("registrationNumber").GetString(), Does.StartWith(Kaltim.MuaraLeka + "."));
    }

    [Test]
    public async Task The_full_board_of_pengurus_is_stored_and_each_position_is_held_once()
    {
        var id = await _dpmd.RegisterPosyanduAsync(Kaltim.Perian, "Posyandu Pengurus");
        string[] positions =
        [
            "ketua", "sekretaris", "bendahara", "ketua-bidang-health", "ketua-bidang-education", "ketua-bidang-social",
            "ketua-bidang-housing", "ketua-bidang-publicworks", "ketua-bidang-generaleducation", "ketua-bidang-trantibumlinmas",
        ];

        var board = positions.Select(p => new { position = p, name = $"Ibu {p}", phone = "0812-5555-0101", termStart = "2026-01-01", termEnd = "2030-12-31" }).ToArray();
        var site = await (await _dpmd.PutJson($"/api/registry/posyandu/{id}/pengurus", board)).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var twice = await (await _dpmd.PutJson($"/api/registry/posyandu/{id}/pengurus", new[]
        {
            new { position = "ketua", name = "Ibu Sri", termStart = "2026-01-01" }, new { position = "ketua", name = "Ibu Ani", termStart = "2026-01-01" },
        })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(site.GetProperty("pengurus").EnumerateArray().Select(p => p.GetProperty("position").GetString()), Is.EquivalentTo(positions));
        Assert.That(twice.ErrorFields(), Is.EqualTo(new[] { "pengurus" }));
        var replaced = await (await _dpmd.PutJson($"/api/registry/posyandu/{id}/pengurus", new[] { new { position = "ketua", name = "Ibu Baru", termStart = "2031-01-01" } }))
            .ShouldBe<JsonElement>(HttpStatusCode.OK);
        Assert.That(replaced.GetProperty("pengurus").GetArrayLength(), Is.EqualTo(1), "a new decree replaces the board");
    }

    [Test]
    public async Task Unknown_ids_are_404()
    {
        var unknown = Guid.NewGuid();

        await (await _dpmd.GetAsync($"/api/registry/posyandu/{unknown}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _dpmd.PutJson($"/api/registry/posyandu/{unknown}", new { name = "X", serviceDay = 1 })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _dpmd.PostAsync($"/api/registry/posyandu/{unknown}/deactivate", null)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _dpmd.PutJson($"/api/registry/posyandu/{unknown}/pengurus", Array.Empty<object>())).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Samarinda_staff_cannot_see_or_change_a_posyandu_in_kutai_kartanegara()
    {
        var id = await _dpmd.RegisterPosyanduAsync(Kaltim.Perian, "Posyandu Kukar");
        using var samarinda = _host.Client([Roles.Dpmd], region: "64.72");
        using var health = _host.Client([Roles.Health], region: "64.72");

        await (await samarinda.GetAsync($"/api/registry/posyandu/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await health.GetAsync($"/api/registry/posyandu/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await samarinda.PutJson($"/api/registry/posyandu/{id}", new { name = "Diambil", serviceDay = 1 })).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.That((await samarinda.GetList("/api/registry/posyandu?includeInactive=true")).Select(p => p.GetProperty("regionCode").GetString()),
            Is.All.StartsWith("64.72"));
        using var kukar = _host.Client([Roles.Health], region: "64.02");
        await (await kukar.GetAsync($"/api/registry/posyandu/{id}")).ShouldBe<JsonElement>(HttpStatusCode.OK);
    }

    [Test]
    public async Task Only_dpmd_manages_posyandu()
    {
        using var kader = _host.Client([Roles.Kader], region: Kaltim.Perian, posyandu: Guid.NewGuid());
        using var health = _host.Client([Roles.Health], region: "64");

        var asKader = await kader.PostJson("/api/registry/posyandu", new { name = "X", regionCode = Kaltim.Perian, serviceDay = 1 });
        var asHealth = await health.PostJson("/api/registry/posyandu", new { name = "X", regionCode = Kaltim.Perian, serviceDay = 1 });

        Assert.That(asKader.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(asHealth.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task The_village_government_sees_its_posyandu_with_counts_of_pengurus_in_office_and_active_kader_and_no_names()
    {
        var id = await _dpmd.RegisterPosyanduAsync(Kaltim.MuaraLeka, "Posyandu Kenanga");
        await (await _dpmd.PutJson($"/api/registry/posyandu/{id}/pengurus", new[]
        {
            new { position = "ketua", name = "Ibu Rahmah", termStart = "2025-01-01", termEnd = (string?)null },
            new { position = "sekretaris", name = "Ibu Lama", termStart = "2020-01-01", termEnd = (string?)"2024-12-31" },
        })).ShouldBe<JsonElement>(HttpStatusCode.OK);
        foreach (var name in new[] { "Kader Satu", "Kader Dua" })
        {
            await (await _dpmd.PostJson("/api/registry/kader", new { nik = Kaltim.Nik("010185"), name, posyanduId = id, sectors = new[] { "health" } }))
                .ShouldBe<JsonElement>(HttpStatusCode.Created);
        }

        using var desa = _host.DesaClient(Kaltim.MuaraLeka);
        using var neighbour = _host.DesaClient(Kaltim.Perian);
        var response = await desa.GetAsync("/api/registry/posyandu/summaries");
        var body = await response.Content.ReadAsStringAsync();
        var mine = (await neighbour.GetList("/api/registry/posyandu/summaries")).Select(p => p.GetProperty("id").GetGuid());
        await (await desa.GetAsync($"/api/registry/posyandu/{id}")).ShouldBeProblem(HttpStatusCode.Forbidden);

        var site = JsonDocument.Parse(body).RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id);
        Assert.That((site.GetProperty("pengurusCount").GetInt32(), site.GetProperty("kaderCount").GetInt32()), Is.EqualTo((1, 2)), "the pengurus whose term ended is not counted");
        Assert.That(body, Does.Not.Contain("Rahmah").And.Not.Contain("Kader Satu"), "counts only");
        Assert.That(mine, Does.Not.Contain(id), "another village's desa user does not see it");
    }
}

