using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Registry.Tests;

/// <summary>The Kemendagri hierarchy of Kalimantan Timur, seeded at start-up from the embedded list.</summary>
public sealed class RegionTests
{
    private TestHost _host = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync();
        _client = _host.Client([Roles.Kader], region: "64.02.01.2001", posyandu: Guid.NewGuid());
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task The_province_has_its_ten_regencies_and_kota_samarinda_its_ten_districts()
    {
        var regencies = await Get<List<JsonElement>>("/api/registry/regions/64/children");
        var samarinda = await Get<List<JsonElement>>("/api/registry/regions/64.72/children");

        Assert.That(regencies.Select(r => r.GetProperty("code").GetString()),
            Is.EqualTo(new[] { "64.01", "64.02", "64.03", "64.07", "64.08", "64.09", "64.11", "64.71", "64.72", "64.74" }));
        Assert.That(samarinda, Has.Count.EqualTo(10));
        Assert.That(samarinda, Has.All.Matches<JsonElement>(d => d.GetProperty("level").GetString() == "district"));
    }

    [Test]
    public async Task A_village_comes_with_its_ancestors_province_first()
    {
        var village = await Get<JsonElement>("/api/registry/regions/64.02.01.2001");

        Assert.That(village.GetProperty("region").GetProperty("name").GetString(), Is.EqualTo("Perian"));
        Assert.That(village.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("name").GetString()),
            Is.EqualTo(new[] { "Kalimantan Timur", "Kabupaten Kutai Kartanegara", "Muara Muntai" }));
    }

    [Test]
    public async Task Search_finds_any_word_of_a_name_regardless_of_case_and_apostrophes()
    {
        var found = await Get<List<JsonElement>>("/api/registry/regions?name=laai&level=village");
        var seberang = await Get<List<JsonElement>>("/api/registry/regions?name=SEBERANG&within=64.72");

        Assert.That(found.Select(r => r.GetProperty("name").GetString()), Has.Some.Contains("La'ai"));
        Assert.That(seberang.Select(r => r.GetProperty("code").GetString()), Has.All.StartsWith("64.72."));
        Assert.That(seberang, Is.Not.Empty);
    }

    [TestCase("/api/registry/regions/64.2", "code")]
    [TestCase("/api/registry/regions?level=kampung", "level")]
    [TestCase("/api/registry/regions?within=64..02", "within")]
    public async Task Bad_codes_and_levels_are_field_errors(string url, string field)
    {
        var problem = await (await _client.GetAsync(url)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task An_unknown_code_is_404() =>
        await (await _client.GetAsync("/api/registry/regions/64.99")).ShouldBeProblem(HttpStatusCode.NotFound);

    private async Task<T> Get<T>(string url) => await (await _client.GetAsync(url)).ShouldBe<T>(HttpStatusCode.OK);
}
