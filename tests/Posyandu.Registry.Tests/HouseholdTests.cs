using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Platform;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Registry.Tests;

/// <summary>Households (KK) at a Posyandu of their own village, registered by DPMD or the Posyandu's own kader.</summary>
public sealed class HouseholdTests
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
    public async Task A_household_is_registered_with_a_masked_kk_and_published_without_it()
    {
        var kk = Kaltim.Kk();
        var response = await _dpmd.PostJson("/api/registry/households", new { nomorKk = kk, address = "Jl. Sungai Mahakam RT 03", rt = "003", rw = "001", regionCode = Kaltim.Perian, posyanduId = _posyandu });

        var household = await response.ShouldBe<JsonElement>(HttpStatusCode.Created);
        var id = household.GetProperty("id").GetGuid();
        Assert.That(household.GetProperty("nomorKkMasked").GetString(), Is.EqualTo("6402************"));
        Assert.That(household.ToString(), Does.Not.Contain(kk));
        var events = await _host.EventsAboutAsync(id);
        Assert.That(events.Select(e => e.Type), Is.EqualTo(new[] { "HouseholdRegistered" }));
        Assert.That(events[0].Payload.GetProperty("regionCode").GetString(), Is.EqualTo(Kaltim.Perian));
        Assert.That(events[0].Payload.ToString(), Does.Not.Contain(kk));
    }

    [TestCase("64.02.01", HttpStatusCode.BadRequest)]             // a district
    [TestCase("64.02.01.9999", HttpStatusCode.UnprocessableEntity)] // well-formed, not a Kaltim village
    [TestCase(Kaltim.MuaraLeka, HttpStatusCode.UnprocessableEntity)] // a real village, not the Posyandu's
    public async Task A_household_belongs_to_the_posyandus_own_village(string village, HttpStatusCode status)
    {
        var problem = await (await _dpmd.PostJson("/api/registry/households", new { nomorKk = Kaltim.Kk(), regionCode = village, posyanduId = _posyandu }))
            .ShouldBeProblem(status);

        if (status == HttpStatusCode.BadRequest)
        {
            Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { "regionCode" }));
        }
    }

    [Test]
    public async Task A_household_with_members_is_read_whole_and_the_read_is_audited()
    {
        var id = await _dpmd.RegisterHouseholdAsync(_posyandu, Kaltim.Perian);
        await (await _dpmd.PostJson("/api/registry/residents", new { nik = Kaltim.Nik("170880"), name = "Pak Hasan", sex = "male", birthDate = "1980-08-17", householdId = id, relation = "kepala-keluarga" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        using var social = _host.Client([Roles.Social], region: "64.02", user: "dinsos-kukar");

        var household = await (await social.GetAsync($"/api/registry/households/{id}")).ShouldBe<JsonElement>(HttpStatusCode.OK);

        Assert.That(household.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString()), Is.EqualTo(new[] { "Pak Hasan" }));
        using var admin = _host.Client([Roles.Admin]);
        var audit = await (await admin.GetAsync($"/api/platform/audit?entity=Household&entityId={id}&actor=dinsos-kukar"))
            .ShouldBe<List<PlatformEndpoints.AuditLine>>(HttpStatusCode.OK);
        Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { "read" }));
        using var samarinda = _host.Client([Roles.Social], region: "64.72");
        await (await samarinda.GetAsync($"/api/registry/households/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await social.GetAsync($"/api/registry/households/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_kader_registers_households_only_at_their_own_posyandu()
    {
        var other = await _dpmd.RegisterPosyanduAsync(Kaltim.Perian, "Posyandu Tetangga");
        using var kader = _host.Client([Roles.Kader], region: Kaltim.Perian, posyandu: _posyandu);

        await (await kader.PostJson("/api/registry/households", new { nomorKk = Kaltim.Kk(), regionCode = Kaltim.Perian, posyanduId = _posyandu })).ShouldBe<JsonElement>(HttpStatusCode.Created);
        // A kader sees the Posyandu of their village (region scope) but may write only at their own: the save is refused.
        await (await kader.PostJson("/api/registry/households", new { nomorKk = Kaltim.Kk(), regionCode = Kaltim.Perian, posyanduId = other })).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
