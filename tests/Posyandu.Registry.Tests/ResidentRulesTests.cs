using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Platform;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Registry.Tests;

/// <summary>Residents: every way a NIK can be wrong, audited reads, search and age bands, and who may change whom.</summary>
public sealed class ResidentRulesTests
{
    private TestHost _host = null!;
    private HttpClient _dpmd = null!;
    private Guid _posyandu;
    private Guid _household;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync();
        _dpmd = _host.Client([Roles.Dpmd], region: "64");
        _posyandu = await _dpmd.RegisterPosyanduAsync(Kaltim.MuaraLeka, "Posyandu Anggrek");
        _household = await _dpmd.RegisterHouseholdAsync(_posyandu, Kaltim.MuaraLeka);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd.Dispose();
        await _host.DisposeAsync();
    }

    [TestCase("", "required")]
    [TestCase("640201170890001", "16 digits")]
    [TestCase("64020117089O0001", "16 digits")]
    [TestCase("0902011708900001", "province code")]
    [TestCase("6400011708900001", "00")]
    [TestCase("6402013508900001", "day of birth")]
    [TestCase("6402011713900001", "month of birth")]
    [TestCase("6402013002900001", "real date")]
    [TestCase("6402011708900000", "0000")]
    public async Task A_malformed_nik_is_a_400_on_nik_naming_the_broken_rule(string nik, string rule)
    {
        var problem = await (await Register(nik, "Budi", "male", "1990-08-17")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { "nik" }));
        Assert.That(problem.GetProperty("errors").GetProperty("nik")[0].GetString(), Does.Contain(rule));
    }

    [TestCase("170890", "female", "1990-08-17")] // a man's NIK for a woman
    [TestCase("570890", "male", "1990-08-17")]   // a woman's NIK (+40) for a man
    [TestCase("170890", "male", "1990-08-18")]   // another day
    [TestCase("170890", "male", "1991-08-17")]   // another year
    public async Task A_nik_that_disagrees_with_birth_date_or_sex_is_a_400_on_nik(string ddmmyy, string sex, string birthDate)
    {
        var problem = await (await Register(Kaltim.Nik(ddmmyy), "Rahmat", sex, birthDate)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { "nik" }));
    }

    [Test]
    public async Task Other_fields_are_validated_too()
    {
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var problem = await (await _dpmd.PostJson("/api/registry/residents", new { nik = (string?)null, nikIbu = (string?)null, name = "", sex = "x", birthDate = tomorrow, householdId = _household, relation = "tetangga" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var manAsMother = await (await _dpmd.PostJson("/api/registry/residents", new { nikIbu = Kaltim.Nik("170890"), name = "Bayi", sex = "male", birthDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), householdId = _household, relation = "anak" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.ErrorFields(), Is.SupersetOf(new[] { "name", "sex", "birthDate", "relation", "nikIbu" }));
        Assert.That(manAsMother.ErrorFields(), Is.EqualTo(new[] { "nikIbu" }));
        await (await Register(Kaltim.Nik("170890"), "Tanpa Rumah", "male", "1990-08-17", Guid.NewGuid())).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Reading_a_resident_by_id_is_audited_and_invisible_outside_the_callers_region()
    {
        var nik = Kaltim.Nik("440299"); // a woman born 4 Feb 1999
        var id = await RegistryApi.ResidentIdOf(await Register(nik, "Nur Hidayah", "female", "1999-02-04"));
        using var housing = _host.Client([Roles.Housing], region: "64.02.01", user: "perkim-kukar");

        var response = await housing.GetAsync($"/api/registry/residents/{id}");

        var resident = await response.ShouldBe<JsonElement>(HttpStatusCode.OK);
        Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"0\""));
        Assert.That(resident.GetProperty("regionCode").GetString(), Is.EqualTo(Kaltim.MuaraLeka));
        Assert.That(resident.ToString(), Does.Not.Contain(nik));
        using var admin = _host.Client([Roles.Admin]);
        var audit = await (await admin.GetAsync($"/api/platform/audit?entity=Resident&entityId={id}&actor=perkim-kukar"))
            .ShouldBe<List<PlatformEndpoints.AuditLine>>(HttpStatusCode.OK);
        Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { "read" }));
        using var samarinda = _host.Client([Roles.Housing], region: "64.72");
        await (await samarinda.GetAsync($"/api/registry/residents/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.That(await samarinda.GetList("/api/registry/residents?name=nur"), Is.Empty);
    }

    [Test]
    public async Task A_lookup_needs_a_valid_nik_and_an_unknown_one_is_404()
    {
        var bad = await (await _dpmd.PostJson("/api/registry/residents/lookup", new { nik = "123" })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(bad.ErrorFields(), Is.EqualTo(new[] { "nik" }));
        await (await _dpmd.PostJson("/api/registry/residents/lookup", new { nik = Kaltim.Nik("010101") })).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Dewi_finds_Dewi_with_an_accent_by_the_prefix_of_any_word()
    {
        await (await Register(Kaltim.Nik("510787"), "Siti Déwi Lestari", "female", "1987-07-11")).ShouldBe<JsonElement>(HttpStatusCode.Created);
        await (await Register(Kaltim.Nik("520787"), "Dewiana Putri", "female", "1987-07-12")).ShouldBe<JsonElement>(HttpStatusCode.Created);
        await (await Register(Kaltim.Nik("530787"), "Ratna Sari", "female", "1987-07-13")).ShouldBe<JsonElement>(HttpStatusCode.Created);

        var found = await _dpmd.GetList($"/api/registry/residents?name=Dewi&posyanduId={_posyandu}");
        var lestari = await _dpmd.GetList($"/api/registry/residents?name=lest&posyanduId={_posyandu}");

        Assert.That(found.Select(r => r.GetProperty("name").GetString()), Is.EqualTo(new[] { "Dewiana Putri", "Siti Déwi Lestari" }), "ordered by name");
        Assert.That(lestari.Select(r => r.GetProperty("name").GetString()), Is.EqualTo(new[] { "Siti Déwi Lestari" }));
        Assert.That(await _dpmd.GetList($"/api/registry/residents?name=ewi&posyanduId={_posyandu}"), Is.Empty, "a prefix, not any substring");
    }

    [Test]
    public async Task Age_bands_select_by_completed_years_on_the_given_date()
    {
        var posyandu = await _dpmd.RegisterPosyanduAsync(Kaltim.MuaraLeka, "Posyandu Umur");
        var household = await _dpmd.RegisterHouseholdAsync(posyandu, Kaltim.MuaraLeka);
        (string Name, string DdMmYy, string Born)[] people =
        [
            ("Anak Empat", "010621", "2021-06-01"), ("Anak Lima", "010620", "2020-06-01"), ("Anak Tujuh", "020618", "2018-06-02"),
            ("Remaja Tujuh Belas", "020607", "2007-06-02"), ("Dewasa Sembilan Belas", "010606", "2006-06-01"),
            ("Lansia Enam Puluh", "010665", "1965-06-01"), ("Hampir Lansia", "020665", "1965-06-02"),
        ];
        foreach (var (name, ddmmyy, born) in people)
        {
            await (await Register(Kaltim.Nik(ddmmyy), name, "male", born, household)).ShouldBe<JsonElement>(HttpStatusCode.Created);
        }

        async Task<IEnumerable<string?>> Band(string band) =>
            (await _dpmd.GetList($"/api/registry/residents?posyanduId={posyandu}&ageBand={band}&asOf=2025-06-01")).Select(r => r.GetProperty("name").GetString());

        Assert.That(await Band("under5"), Is.EquivalentTo(new[] { "Anak Empat" }));
        Assert.That(await Band("3to6"), Is.EquivalentTo(new[] { "Anak Empat", "Anak Lima", "Anak Tujuh" }), "Anak Tujuh turns 7 the next day");
        Assert.That(await Band("7to18"), Is.EquivalentTo(new[] { "Remaja Tujuh Belas" }));
        Assert.That(await Band("60plus"), Is.EquivalentTo(new[] { "Lansia Enam Puluh" }));
        Assert.That(await Band("60PLUS"), Is.EquivalentTo(new[] { "Lansia Enam Puluh" }), "case-insensitive");
    }

    [Test]
    public async Task Pages_are_at_most_100_no_deeper_than_2000_and_follow_the_name_order()
    {
        var tooMany = await (await _dpmd.GetAsync("/api/registry/residents?take=101")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var negative = await (await _dpmd.GetAsync("/api/registry/residents?skip=-1")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var deep = await (await _dpmd.GetAsync("/api/registry/residents?skip=2001")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var all = await _dpmd.GetList($"/api/registry/residents?posyanduId={_posyandu}&take=100");
        var second = await _dpmd.GetList($"/api/registry/residents?posyanduId={_posyandu}&skip=1&take=1");

        Assert.That(tooMany.ErrorFields(), Is.EqualTo(new[] { "take" }));
        Assert.That(negative.ErrorFields(), Is.EqualTo(new[] { "skip" }));
        Assert.That(deep.ErrorFields(), Is.EqualTo(new[] { "skip" }));
        Assume.That(all, Has.Count.GreaterThan(1));
        Assert.That(second.Single().GetProperty("id").GetGuid(), Is.EqualTo(all[1].GetProperty("id").GetGuid()));
    }

    [Test]
    public async Task A_kader_cannot_move_a_resident_into_another_posyandus_household_nor_register_there()
    {
        var id = await RegistryApi.ResidentIdOf(await Register(Kaltim.Nik("090993"), "Yusuf", "male", "1993-09-09"));
        var other = await _dpmd.RegisterPosyanduAsync(Kaltim.MuaraLeka, "Posyandu Sebelah");
        var otherHousehold = await _dpmd.RegisterHouseholdAsync(other, Kaltim.MuaraLeka);
        using var kader = _host.Client([Roles.Kader], region: Kaltim.MuaraLeka, posyandu: _posyandu);

        await (await kader.PostJson($"/api/registry/residents/{id}/move", new { householdId = otherHousehold })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Register(Kaltim.Nik("100993"), "Yunus", "male", "1993-09-10", otherHousehold, kader)).ShouldBeProblem(HttpStatusCode.NotFound);

        var moved = await (await _dpmd.PostJson($"/api/registry/residents/{id}/move", new { householdId = otherHousehold })).ShouldBe<JsonElement>(HttpStatusCode.OK);
        Assert.That(moved.GetProperty("posyanduId").GetGuid(), Is.EqualTo(other), "the resident follows the household's Posyandu");
        await (await kader.GetAsync($"/api/registry/residents/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_move_to_another_village_changes_the_residents_region_and_is_published_with_it()
    {
        var id = await RegistryApi.ResidentIdOf(await Register(Kaltim.Nik("030383"), "Agus Salim", "male", "1983-03-03"));
        var samarindaPosyandu = await _dpmd.RegisterPosyanduAsync(Kaltim.RawaMakmur, "Posyandu Rawa Makmur");
        var samarindaHousehold = await _dpmd.RegisterHouseholdAsync(samarindaPosyandu, Kaltim.RawaMakmur);

        var moved = await (await _dpmd.PostJson($"/api/registry/residents/{id}/move", new { householdId = samarindaHousehold })).ShouldBe<JsonElement>(HttpStatusCode.OK);

        Assert.That(moved.GetProperty("regionCode").GetString(), Is.EqualTo(Kaltim.RawaMakmur));
        var events = await _host.EventsAboutAsync(id);
        Assert.That(events.Select(e => e.Type), Is.EqualTo(new[] { "ResidentRegistered", "ResidentMoved" }));
        Assert.That(events[1].Payload.GetProperty("regionCode").GetString(), Is.EqualTo(Kaltim.RawaMakmur));
        await (await _dpmd.PostJson($"/api/registry/residents/{Guid.NewGuid()}/move", new { householdId = samarindaHousehold })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _dpmd.PostJson($"/api/registry/residents/{id}/move", new { householdId = Guid.NewGuid() })).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_death_in_the_future_is_refused_and_an_unknown_resident_is_404()
    {
        var id = await RegistryApi.ResidentIdOf(await Register(Kaltim.Nik("040484"), "Joko", "male", "1984-04-04"));

        var future = await (await _dpmd.PostJson($"/api/registry/residents/{id}/death", new { dateOfDeath = "2999-01-01" })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(future.ErrorFields(), Is.EqualTo(new[] { "dateOfDeath" }));
        await (await _dpmd.PostJson($"/api/registry/residents/{Guid.NewGuid()}/death", new { dateOfDeath = "2026-01-01" })).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Sector_staff_read_residents_but_cannot_register_them()
    {
        using var health = _host.Client([Roles.Health], region: "64.02");

        var response = await Register(Kaltim.Nik("050585"), "Dari Puskesmas", "male", "1985-05-05", client: health);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await health.GetAsync($"/api/registry/residents?posyanduId={_posyandu}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task No_nik_or_kk_number_reaches_the_outbox_except_in_healths_identity_event()
    {
        var nik = Kaltim.Nik("060686");
        var id = await RegistryApi.ResidentIdOf(await Register(nik, "Rudi Marlin", "male", "1986-06-06"));

        var payloads = await _host.AllPayloadsAsync();
        var shared = payloads.Where(p => p.Type != RegistryApi.IdentityEvent).Select(p => p.Payload).ToList();

        Assert.That(shared, Has.None.Contains(nik));
        Assert.That(shared, Has.None.Match("\\d{16}"), "no 16-digit identity number in any event the sectors see");
        // The one documented exception (RegistryEvents.cs, README "Personal data"): e-PPGBM identifies a child by NIK,
        // so Health alone receives it; the architecture tests hold Health to being its only consumer.
        var identity = (await _host.EventsAboutAsync(id, withIdentity: true)).Single(e => e.Type == RegistryApi.IdentityEvent);
        Assert.That(identity.Payload.GetProperty("nik").GetString(), Is.EqualTo(nik));
    }

    private Task<HttpResponseMessage> Register(string nik, string name, string sex, string birthDate, Guid? household = null, HttpClient? client = null) =>
        (client ?? _dpmd).PostJson("/api/registry/residents", new { nik, name, sex, birthDate, householdId = household ?? _household, relation = "anak" });
}
