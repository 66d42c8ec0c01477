using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Posyandu.SharedKernel.Platform;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Registry.Tests;

/// <summary>The registry through real HTTP on temporary SQLite files, as DPMD and kader use it.</summary>
public sealed class RegistryTests
{
    private const string Perian = "64.02.01.2001"; // Desa Perian, Kec. Muara Muntai, Kab. Kutai Kartanegara
    private const string Samarinda = "64.72.01.1001";
    private TestHost _host = null!;
    private HttpClient _dpmd = null!;
    private Guid _posyandu;
    private Guid _household;
    private int _serial;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync();
        _dpmd = _host.Client([Roles.Dpmd], region: "64", user: "dpmd-prov");
        _posyandu = await IdOf(await _dpmd.PostJson("/api/registry/posyandu", new { name = "Posyandu Melati", regionCode = Perian, serviceDay = 10 }));
        _household = await IdOf(await _dpmd.PostJson("/api/registry/households", new { nomorKk = Kk(), regionCode = Perian, posyanduId = _posyandu, rt = "003", rw = "001" }));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task Registration_numbers_are_assigned_per_village_and_a_taken_one_is_409()
    {
        var first = await (await _dpmd.PostJson("/api/registry/posyandu", new { name = "Posyandu Anggrek", regionCode = "64.02.01.2002", serviceDay = 5 })).ShouldBe<JsonElement>(HttpStatusCode.Created);
        var second = await (await _dpmd.PostJson("/api/registry/posyandu", new { name = "Posyandu Kenanga", regionCode = "64.02.01.2002", serviceDay = 6 })).ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(first.GetProperty("registrationNumber").GetString(), Is.EqualTo("64.02.01.2002.001"));
        Assert.That(second.GetProperty("registrationNumber").GetString(), Is.EqualTo("64.02.01.2002.002"));
        var taken = await (await _dpmd.PostJson("/api/registry/posyandu", new { name = "Duplikat", regionCode = "64.02.01.2002", serviceDay = 6, registrationNumber = "64.02.01.2002.002" }))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.That(taken.GetProperty("existingId").GetString(), Is.EqualTo(second.GetProperty("id").GetString()));
    }

    [TestCase("64.02.01")]      // a district, not a village
    [TestCase("64.2.01.2001")]  // not a Kemendagri code
    public async Task A_posyandu_needs_a_village_code(string region)
    {
        var before = await CountAsync("/api/registry/posyandu?includeInactive=true");

        var problem = await (await _dpmd.PostJson("/api/registry/posyandu", new { name = "X", regionCode = region, serviceDay = 1 })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { "regionCode" }));
        Assert.That(await CountAsync("/api/registry/posyandu?includeInactive=true"), Is.EqualTo(before));
    }

    [Test]
    public async Task An_unknown_village_is_422_and_stores_nothing()
    {
        var before = await CountAsync("/api/registry/posyandu?includeInactive=true");

        var problem = await (await _dpmd.PostJson("/api/registry/posyandu", new { name = "X", regionCode = "64.02.01.9999", serviceDay = 1 }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("64.02.01.9999"));
        Assert.That(await CountAsync("/api/registry/posyandu?includeInactive=true"), Is.EqualTo(before));
    }

    [TestCase("640201010120001", "16 digits")]
    [TestCase("6400010101200001", "cannot be 00")]
    [TestCase("6402010101200000", "0000")]
    public async Task An_invalid_kk_number_is_a_400_saying_which_rule_failed(string kk, string rule)
    {
        var problem = await (await _dpmd.PostJson("/api/registry/households", new { nomorKk = kk, regionCode = Perian, posyanduId = _posyandu }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.GetProperty("errors").GetProperty("nomorKk")[0].GetString(), Does.Contain(rule));
    }

    [Test]
    public async Task A_stale_etag_is_412_and_the_posyandu_keeps_the_newer_change()
    {
        var id = await IdOf(await _dpmd.PostJson("/api/registry/posyandu", new { name = "Posyandu Dahlia", regionCode = Perian, serviceDay = 7 }));
        var first = await Put($"/api/registry/posyandu/{id}", new { name = "Posyandu Dahlia Baru", serviceDay = 8 }, "\"0\"");
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await (await Put($"/api/registry/posyandu/{id}", new { name = "Kalah", serviceDay = 9 }, "\"0\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed);

        var current = await (await _dpmd.GetAsync($"/api/registry/posyandu/{id}")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        Assert.That(current.GetProperty("name").GetString(), Is.EqualTo("Posyandu Dahlia Baru"));
        Assert.That(current.GetProperty("version").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task Pengurus_terms_are_checked()
    {
        var bad = await Put($"/api/registry/posyandu/{_posyandu}/pengurus", new[]
        {
            new { position = "ketua", name = "Ibu Sri", termStart = "2026-01-01", termEnd = (string?)"2025-12-31" },
            new { position = "juru-masak", name = "Ibu Ani", termStart = "2026-01-01", termEnd = (string?)null },
        }, null);
        var problem = await bad.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem.ErrorFields(), Is.EquivalentTo(new[] { "pengurus[0].termEnd", "pengurus[1].position" }));

        var ok = await Put($"/api/registry/posyandu/{_posyandu}/pengurus", new[]
        {
            new { position = "ketua", name = "Ibu Sri", termStart = "2026-01-01" },
            new { position = "ketua-bidang-health", name = "Ibu Rina", termStart = "2026-01-01" },
        }, null);
        var site = await ok.ShouldBe<JsonElement>(HttpStatusCode.OK);
        Assert.That(site.GetProperty("pengurus").GetArrayLength(), Is.EqualTo(2));
    }

    /// <summary>The pengurus (names, phone numbers) and a kader's trainings are owned collections of their aggregate.</summary>
    [Test]
    public async Task A_change_to_an_owned_collection_alone_moves_the_etag_and_is_audited()
    {
        var id = await IdOf(await _dpmd.PostJson("/api/registry/posyandu", new { name = "Posyandu Teratai", regionCode = Perian, serviceDay = 11 }));
        object Board(string phone) => new[] { new { position = "ketua", name = "Ibu Sri", phone, termStart = "2026-01-01" } };
        var first = await Put($"/api/registry/posyandu/{id}/pengurus", Board("081234567890"), null);
        var second = await Put($"/api/registry/posyandu/{id}/pengurus", Board("081298765432"), null);
        var kader = await IdOf(await _dpmd.PostJson("/api/registry/kader", new { nik = Nik("450392"), name = "Kader Sari", posyanduId = id, sectors = new[] { "health" } }));
        var trained = await _dpmd.PostJson($"/api/registry/kader/{kader}/trainings", new { topic = "Orientasi Posyandu ILP", organiser = "dpmd", date = "2026-02-01" });

        Assert.That(first.Headers.ETag?.Tag, Is.Not.Null.And.Not.EqualTo(second.Headers.ETag?.Tag), "a new phone number alone is a new version");
        Assert.That((await second.ShouldBe<JsonElement>(HttpStatusCode.OK)).GetProperty("version").GetInt32(), Is.EqualTo(2));
        Assert.That(trained.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
        using var admin = _host.Client([Roles.Admin]);
        foreach (var (entity, entityId, expected) in new[] { ("PosyanduSite", id, new[] { "create", "update", "update" }), ("Kader", kader, new[] { "create", "update" }) })
        {
            var lines = await (await admin.GetAsync($"/api/platform/audit?entity={entity}&entityId={entityId}")).ShouldBe<List<PlatformEndpoints.AuditLine>>(HttpStatusCode.OK);
            Assert.That(lines.Select(l => l.Action), Is.EquivalentTo(expected), entity);
        }
    }

    [Test]
    public async Task A_nik_must_agree_with_birth_date_and_sex()
    {
        // 640201 + 57 (17 + 40: a woman) 08 95 + serial.
        var asMan = await RegisterResident(Nik("570895"), "Budi", "male", "1995-08-17");
        var wrongDate = await RegisterResident(Nik("570895"), "Siti", "female", "1995-08-18");
        var notANik = await RegisterResident("6402013208950001", "Siti", "female", "1995-08-17");

        foreach (var response in new[] { asMan, wrongDate, notANik })
        {
            var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
            Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { "nik" }));
        }

        await (await RegisterResident(Nik("570895"), "Siti", "female", "1995-08-17")).ShouldBe<JsonElement>(HttpStatusCode.Created);
    }

    [Test]
    public async Task One_nik_one_resident_and_outside_the_callers_region_the_conflict_names_no_id()
    {
        var nik = Nik("170890");
        var created = await (await RegisterResident(nik, "Ahmad Rahman", "male", "1990-08-17")).ShouldBe<JsonElement>(HttpStatusCode.Created);
        var existing = created.GetProperty("resident").GetProperty("id").GetString();

        using var samarinda = _host.Client([Roles.Dpmd], region: "64.72");
        var otherHousehold = await IdOf(await _dpmd.PostJson("/api/registry/households", new { nomorKk = Kk(), regionCode = Samarinda, posyanduId = await SamarindaPosyanduAsync() }));
        var response = await samarinda.PostJson("/api/registry/residents", new { nik, name = "Ahmad", sex = "male", birthDate = "1990-08-17", householdId = otherHousehold, relation = "kepala-keluarga" });

        // No existence oracle (issue 21): outside the caller's scope the answer says only "registered elsewhere".
        var problem = await response.ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.That(problem.TryGetProperty("existingId", out _), Is.False);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("elsewhere").And.Contain("DPMD"));
        var body = problem.ToString();
        Assert.That(body, Does.Not.Contain("Ahmad Rahman").And.Not.Contain(nik).And.Not.Contain(existing!).And.Not.Contain("64.02"));
    }

    [Test]
    public async Task One_kk_one_household()
    {
        var kk = Kk();
        var first = await IdOf(await _dpmd.PostJson("/api/registry/households", new { nomorKk = kk, regionCode = Perian, posyanduId = _posyandu }));

        var problem = await (await _dpmd.PostJson("/api/registry/households", new { nomorKk = kk, regionCode = Perian, posyanduId = _posyandu })).ShouldBeProblem(HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("existingId").GetGuid(), Is.EqualTo(first));
        await (await _dpmd.PostJson("/api/registry/households", new { nomorKk = Kk(), regionCode = "64.02.01.2002", posyanduId = _posyandu }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task A_newborn_without_nik_comes_with_the_mothers_nik_and_a_look_alike_is_a_warning_not_a_merge()
    {
        var birth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var mother = Nik("410190");
        var first = await (await _dpmd.PostJson("/api/registry/residents", new { nikIbu = mother, name = "Bayi Ny. Déwi", sex = "female", birthDate = birth, householdId = _household, relation = "anak" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        Assert.That(first.GetProperty("warnings").GetArrayLength(), Is.Zero);
        Assert.That(first.GetProperty("resident").GetProperty("newbornWithoutNik").GetBoolean(), Is.True);

        var second = await (await _dpmd.PostJson("/api/registry/residents", new { nikIbu = mother, name = "bayi ny dewi", sex = "female", birthDate = birth, householdId = _household, relation = "anak" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        var warning = second.GetProperty("warnings")[0];
        Assert.That(warning.GetProperty("kind").GetString(), Is.EqualTo("possible-duplicate"));
        Assert.That(warning.GetProperty("residentId").GetString(), Is.EqualTo(first.GetProperty("resident").GetProperty("id").GetString()));

        var adult = await (await _dpmd.PostJson("/api/registry/residents", new { nikIbu = mother, name = "Dewasa", sex = "male", birthDate = "2000-01-01", householdId = _household, relation = "anak" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(adult.ErrorFields(), Does.Contain("birthDate"));
    }

    [Test]
    public async Task Search_by_name_ignores_case_and_accents_and_age_bands_follow_the_date()
    {
        await (await RegisterResident(Nik("010320"), "Muhammad Fauzan", "male", "2020-03-01")).ShouldBe<JsonElement>(HttpStatusCode.Created);
        await (await RegisterResident(Nik("410323"), "Aisyah Fauziah", "female", "2023-03-01")).ShouldBe<JsonElement>(HttpStatusCode.Created);

        var byName = await Search("name=FAUZ&posyanduId=" + _posyandu);
        Assert.That(byName.Select(r => r.GetProperty("name").GetString()), Is.EquivalentTo(new[] { "Muhammad Fauzan", "Aisyah Fauziah" }));
        var accents = await Search("name=FÁUZI");
        Assert.That(accents.Select(r => r.GetProperty("name").GetString()), Is.EqualTo(new[] { "Aisyah Fauziah" }));

        var under5 = await Search($"ageBand=under5&asOf=2025-02-28&posyanduId={_posyandu}&name=fauz");
        Assert.That(under5.Select(r => r.GetProperty("name").GetString()), Is.EquivalentTo(new[] { "Muhammad Fauzan", "Aisyah Fauziah" }));
        var paud = await Search($"ageBand=3to6&asOf=2026-03-01&name=fauz");
        Assert.That(paud.Select(r => r.GetProperty("name").GetString()), Is.EquivalentTo(new[] { "Muhammad Fauzan", "Aisyah Fauziah" }), "6 and just 3 on 1 March 2026");
        var nextYear = await Search($"ageBand=3to6&asOf=2027-03-01&name=fauz");
        Assert.That(nextYear.Select(r => r.GetProperty("name").GetString()), Is.EqualTo(new[] { "Aisyah Fauziah" }), "he is 7 now: school age");
        var bad = await (await _dpmd.GetAsync("/api/registry/residents?ageBand=toddlers")).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(bad.ErrorFields(), Is.EqualTo(new[] { "ageBand" }));
    }

    [Test]
    public async Task Moving_and_death_follow_their_rules_and_are_published()
    {
        var id = (await (await RegisterResident(Nik("150585"), "Pak Slamet", "male", "1985-05-15")).ShouldBe<JsonElement>(HttpStatusCode.Created))
            .GetProperty("resident").GetProperty("id").GetGuid();
        var newHousehold = await IdOf(await _dpmd.PostJson("/api/registry/households", new { nomorKk = Kk(), regionCode = Perian, posyanduId = _posyandu }));

        await (await _dpmd.PostJson($"/api/registry/residents/{id}/move", new { householdId = newHousehold })).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var early = await (await _dpmd.PostJson($"/api/registry/residents/{id}/death", new { dateOfDeath = "1980-01-01" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(early.ErrorFields(), Is.EqualTo(new[] { "dateOfDeath" }));
        await (await _dpmd.PostJson($"/api/registry/residents/{id}/death", new { dateOfDeath = "2026-11-01" })).ShouldBe<JsonElement>(HttpStatusCode.OK);
        await (await _dpmd.PostJson($"/api/registry/residents/{id}/death", new { dateOfDeath = "2026-11-02" })).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await _dpmd.PostJson($"/api/registry/residents/{id}/move", new { householdId = _household })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        Assert.That(await EventsAboutAsync(id), Is.EqualTo(new[] { "ResidentRegistered", "ResidentMoved", "ResidentDied" }));
    }

    [Test]
    public async Task A_correction_must_still_agree_with_the_nik_and_is_published()
    {
        var id = (await (await RegisterResident(Nik("120393"), "Dwi Santoso", "male", "1993-03-12")).ShouldBe<JsonElement>(HttpStatusCode.Created))
            .GetProperty("resident").GetProperty("id").GetGuid();

        var wrong = await Put($"/api/registry/residents/{id}", new { name = "Dwi Santoso", sex = "male", birthDate = "1993-03-13", relation = "anak" }, "\"0\"");
        var fixedName = await Put($"/api/registry/residents/{id}", new { name = "Dwi Santosa", sex = "male", birthDate = "1993-03-12", relation = "anak" }, "\"0\"");
        var stale = await Put($"/api/registry/residents/{id}", new { name = "Lagi", sex = "male", birthDate = "1993-03-12", relation = "anak" }, "\"0\"");

        Assert.That((await wrong.ShouldBeProblem(HttpStatusCode.BadRequest)).ErrorFields(), Is.EqualTo(new[] { "birthDate" }));
        Assert.That((await fixedName.ShouldBe<JsonElement>(HttpStatusCode.OK)).GetProperty("name").GetString(), Is.EqualTo("Dwi Santosa"));
        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        Assert.That(await EventsAboutAsync(id), Is.EqualTo(new[] { "ResidentRegistered", "ResidentUpdated" }));
    }

    [Test]
    public async Task A_lookup_by_nik_finds_the_resident_and_is_audited()
    {
        var nik = Nik("200788");
        await (await RegisterResident(nik, "Rudi Hartono", "male", "1988-07-20")).ShouldBe<JsonElement>(HttpStatusCode.Created);
        using var health = _host.Client([Roles.Health], region: "64.02", user: "puskesmas-7");

        var found = await (await health.PostJson("/api/registry/residents/lookup", new { nik })).ShouldBe<JsonElement>(HttpStatusCode.OK);

        Assert.That(found.GetProperty("name").GetString(), Is.EqualTo("Rudi Hartono"));
        Assert.That(found.GetProperty("nikMasked").GetString(), Is.EqualTo("6402************"), "the regency, no birth-date or serial digit");
        using var admin = _host.Client([Roles.Admin]);
        var audit = await (await admin.GetAsync($"/api/platform/audit?entity=Resident&entityId={found.GetProperty("id").GetString()}&actor=puskesmas-7"))
            .ShouldBe<List<PlatformEndpoints.AuditLine>>(HttpStatusCode.OK);
        Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { "lookup" }));
        using var samarinda = _host.Client([Roles.Health], region: "64.72");
        await (await samarinda.PostJson("/api/registry/residents/lookup", new { nik })).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_kader_registers_residents_only_at_their_own_posyandu()
    {
        var other = await IdOf(await _dpmd.PostJson("/api/registry/posyandu", new { name = "Posyandu Lain", regionCode = Perian, serviceDay = 3 }));
        var otherHousehold = await IdOf(await _dpmd.PostJson("/api/registry/households", new { nomorKk = Kk(), regionCode = Perian, posyanduId = other }));
        using var kader = _host.Client([Roles.Kader], region: Perian, posyandu: _posyandu);

        await (await kader.PostJson("/api/registry/residents", new { nik = Nik("050501"), name = "Anak Kader", sex = "male", birthDate = "2001-05-05", householdId = _household, relation = "anak" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        await (await kader.PostJson("/api/registry/residents", new { nik = Nik("050502"), name = "Bukan Wilayahnya", sex = "male", birthDate = "2002-05-05", householdId = otherHousehold, relation = "anak" }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
    }

    private string Nik(string ddmmyy) => $"640201{ddmmyy}{Interlocked.Increment(ref _serial):D4}";

    private string Kk() => $"64020101012{Interlocked.Increment(ref _serial):D5}";

    private Task<HttpResponseMessage> RegisterResident(string nik, string name, string sex, string birthDate) =>
        _dpmd.PostJson("/api/registry/residents", new { nik, name, sex, birthDate, householdId = _household, relation = "anak" });

    private async Task<List<JsonElement>> Search(string query) =>
        await (await _dpmd.GetAsync($"/api/registry/residents?{query}")).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);

    private async Task<int> CountAsync(string url) =>
        (await (await _dpmd.GetAsync(url)).ShouldBe<List<JsonElement>>(HttpStatusCode.OK)).Count;

    private Task<HttpResponseMessage> Put(string url, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return _dpmd.SendAsync(request);
    }

    private async Task<Guid> SamarindaPosyanduAsync() =>
        await IdOf(await _dpmd.PostJson("/api/registry/posyandu", new { name = "Posyandu Samarinda", regionCode = Samarinda, serviceDay = 4 }));

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>The types of the registry's events about <paramref name="id"/> that every sector sees (<see cref="RegistryApi.EventsAboutAsync"/>).</summary>
    private async Task<List<string>> EventsAboutAsync(Guid id) => (await _host.EventsAboutAsync(id)).Select(e => e.Type).ToList();
}
