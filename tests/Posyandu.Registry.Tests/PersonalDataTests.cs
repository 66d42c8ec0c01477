using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;
using static Posyandu.Registry.Tests.RegistryApi;

namespace Posyandu.Registry.Tests;

/// <summary>
/// Issue 21 through the real pipeline: what each role may read of a person (the minimisation model), look-ups and
/// listings rate-limited and audited, duplicate answers that are no existence oracle, region claims that must be real.
/// </summary>
public sealed partial class PersonalDataTests
{
    private const int Limit = 8;
    private TestHost _host = null!;
    private HttpClient _dpmd = null!;
    private Guid _posyandu;
    private Guid _household;
    private Guid _resident;
    private string _nik = "";
    private string _kk = "";

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync(settings: new Dictionary<string, string?> { ["RateLimits:PersonLookup:PermitLimit"] = $"{Limit}" });
        _dpmd = _host.Client([Roles.Dpmd], region: "64", user: "dpmd-prov");
        _posyandu = await _dpmd.RegisterPosyanduAsync(Kaltim.Perian);
        _kk = Kaltim.Kk();
        _household = await IdOf(await _dpmd.PostJson("/api/registry/households", new { nomorKk = _kk, regionCode = Kaltim.Perian, posyanduId = _posyandu }));
        _nik = Kaltim.Nik("571092"); // a woman born 17 October 1992 (17 + 40)
        _resident = await ResidentIdOf(await _dpmd.PostJson("/api/registry/residents",
            new { nik = _nik, name = "Wulan Sari", sex = "female", birthDate = "1992-10-17", householdId = _household, relation = "istri" }));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _dpmd.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task A_publicworks_user_cannot_rebuild_a_nik_from_what_it_reads()
    {
        using var pu = _host.Client([Roles.PublicWorks], region: "64.02", user: "pu-rebuild");
        var read = new List<string>
        {
            (await (await pu.GetAsync($"/api/registry/residents/{_resident}")).ShouldBe<JsonElement>(HttpStatusCode.OK)).ToString(),
            (await (await pu.GetAsync($"/api/registry/households/{_household}")).ShouldBe<JsonElement>(HttpStatusCode.OK)).ToString(),
            JsonSerializer.Serialize(await pu.GetList($"/api/registry/residents?posyanduId={_posyandu}")),
        };
        var resident = JsonDocument.Parse(read[0]).RootElement;
        var all = Guids().Replace(string.Join("\n", read), "");

        // The parts of a NIK that are not the region: the birth date (DDMMYY, +40 for women) and the serial.
        Assert.That(resident.GetProperty("nikMasked").ValueKind, Is.EqualTo(JsonValueKind.Null), "no NIK fragment for Public Works");
        Assert.That(resident.GetProperty("birthDate").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(resident.GetProperty("ageYears").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(all, Does.Not.Contain("1992").And.Not.Contain(_nik[6..12]).And.Not.Contain(_nik[12..]).And.Not.Contain(_kk[6..]));
        Assert.That(Digits().Matches(all).Select(m => m.Value), Has.None.Length.GreaterThan(4), "no number longer than a region segment");

        // Nor can the birth date be found by sliding an age band over dates.
        await (await pu.GetAsync($"/api/registry/residents?ageBand=60plus&posyanduId={_posyandu}")).ShouldBeProblem(HttpStatusCode.Forbidden);

        // What is left is guessing: the district is known, the birth date (~46,000 days since 1900) and serial are not,
        // and every guess is a rate-limited look-up. A few guesses in, the limit answers 429.
        var guesses = Enumerable.Range(1, Limit + 2).Select(i => $"{_nik[..6]}0101{i % 100:D2}{i:D4}").ToList();
        var statuses = new List<HttpStatusCode>();
        using var guesser = _host.Client([Roles.PublicWorks], region: "64.02", user: "pu-guess");
        foreach (var guess in guesses)
        {
            statuses.Add((await guesser.PostJson("/api/registry/residents/lookup", new { nik = guess })).StatusCode);
        }

        Assert.That(statuses.Take(Limit), Is.All.EqualTo(HttpStatusCode.NotFound));
        Assert.That(statuses.Skip(Limit), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
        var limited = await guesser.PostJson("/api/registry/residents/lookup", new { nik = _nik });
        Assert.That(limited.Headers.RetryAfter, Is.Not.Null);
        Assert.That((await limited.ShouldBeProblem(HttpStatusCode.TooManyRequests)).GetProperty("status").GetInt32(), Is.EqualTo(429));
        var candidates = 46_000.0 * 9_999;
        Assert.That(candidates / Limit, Is.GreaterThan(365 * 24 * 60 * 100), "guessing at the limit takes more than a century (one window a minute)");

        // DPMD identifies people: the birth date and the regency of the NIK, still no serial digit.
        var forDpmd = await (await _dpmd.GetAsync($"/api/registry/residents/{_resident}")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        Assert.That(forDpmd.GetProperty("birthDate").GetString(), Is.EqualTo("1992-10-17"));
        Assert.That(forDpmd.GetProperty("nikMasked").GetString(), Is.EqualTo("6402************"));
        using var education = _host.Client([Roles.Education], region: "64.02", user: "disdik");
        var forEducation = await (await education.GetAsync($"/api/registry/residents/{_resident}")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        Assert.That(forEducation.GetProperty("birthDate").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(forEducation.GetProperty("ageYears").GetInt32(), Is.GreaterThanOrEqualTo(34), "Education works with the age");
    }

    [Test]
    public async Task Look_ups_and_listings_are_audited_without_the_nik()
    {
        using var kader = _host.Client([Roles.Kader], region: Kaltim.Perian, posyandu: _posyandu, user: "kader-audit", sectors: ["health"]);
        await (await kader.PostJson("/api/registry/residents/lookup", new { nik = _nik })).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var missing = Kaltim.Nik("010190");
        await (await kader.PostJson("/api/registry/residents/lookup", new { nik = missing })).ShouldBeProblem(HttpStatusCode.NotFound);
        var listed = await kader.GetList($"/api/registry/residents?name=wulan");

        using var admin = _host.Client([Roles.Admin], user: "admin");
        var lines = await admin.GetList("/api/platform/audit?module=registry&actor=kader-audit");
        var lookups = lines.Where(l => l.GetProperty("action").GetString() == "lookup").Select(l => l.GetProperty("entityId").GetString()!).ToList();
        var list = lines.Single(l => l.GetProperty("action").GetString() == "list");

        Assert.That(lookups, Has.Count.EqualTo(2));
        Assert.That(lookups, Does.Contain(_resident.ToString()), "a hit names the resident");
        Assert.That(lookups.Single(id => id != _resident.ToString()), Does.StartWith("hmac:"), "a miss is a keyed hash of the NIK asked");
        Assert.That(JsonSerializer.Serialize(lines), Does.Not.Contain(missing).And.Not.Contain(_nik));
        Assert.That(list.GetProperty("subjects").GetString(), Is.EqualTo(string.Join(",", listed.Select(r => r.GetProperty("id").GetString()))));
        Assert.That(listed, Has.Count.EqualTo(1));
        var aboutHer = await admin.GetList($"/api/platform/audit?module=registry&entityId={_resident}");
        Assert.That(aboutHer.Select(l => l.GetProperty("action").GetString()), Does.Contain("list").And.Contain("lookup"), "her reads include the listing");
    }

    [Test]
    public async Task A_duplicate_outside_the_callers_scope_names_no_id_inside_it_does()
    {
        using var samarinda = _host.Client([Roles.Dpmd], region: "64.72", user: "dpmd-smd");
        var smdPosyandu = await _dpmd.RegisterPosyanduAsync(Kaltim.RawaMakmur, "Posyandu Samarinda");
        var smdHousehold = await _dpmd.RegisterHouseholdAsync(smdPosyandu, Kaltim.RawaMakmur);

        var kk = await (await samarinda.PostJson("/api/registry/households", new { nomorKk = _kk, regionCode = Kaltim.RawaMakmur, posyanduId = smdPosyandu }))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        var nik = await (await samarinda.PostJson("/api/registry/residents",
                new { nik = _nik, name = "Wulan", sex = "female", birthDate = "1992-10-17", householdId = smdHousehold, relation = "istri" }))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        var inside = await (await _dpmd.PostJson("/api/registry/households", new { nomorKk = _kk, regionCode = Kaltim.Perian, posyanduId = _posyandu }))
            .ShouldBeProblem(HttpStatusCode.Conflict);

        foreach (var outside in new[] { kk, nik })
        {
            Assert.That(outside.TryGetProperty("existingId", out _), Is.False);
            Assert.That(outside.GetProperty("detail").GetString(), Is.EqualTo("This number is already registered elsewhere — contact DPMD."));
        }

        Assert.That(inside.GetProperty("existingId").GetGuid(), Is.EqualTo(_household));
    }

    [TestCase("64.0", false)]    // not a code: it would prefix-match 64.01–64.09
    [TestCase("64.99", false)]   // well-formed, but no such regency in the registry
    [TestCase("64.02.0", false)]
    [TestCase("64.02", true)]
    public async Task A_region_claim_must_be_a_code_of_the_registry(string region, bool sees)
    {
        using var caller = _host.Client([Roles.Dpmd], region: region, user: "dpmd-" + region);
        var found = await caller.GetList($"/api/registry/residents?posyanduId={_posyandu}");
        Assert.That(found.Count > 0, Is.EqualTo(sees));
        var one = await caller.GetAsync($"/api/registry/residents/{_resident}");
        Assert.That(one.StatusCode, Is.EqualTo(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound));
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guids();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
