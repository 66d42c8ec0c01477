using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Platform;

/// <summary>The real Program (as <c>dotnet run --project src/Host</c> starts it, in Development) answers its front doors.</summary>
public sealed class HostSmokeTests
{
    private WebApplicationFactory<Program> _factory = null!;
    private string _data = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _data = Directory.CreateTempSubdirectory("posyandu-smoke-").FullName;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("Database:DataDirectory", _data);
            foreach (var (key, value) in TestTokens.Settings)
            {
                web.UseSetting(key, value);
            }
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [TestCase("/")]
    [TestCase("/swagger/index.html")]
    [TestCase("/hangfire")]
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Front_doors_answer_200(string path)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
    }

    [Test]
    public async Task The_openapi_document_has_a_tag_per_module_and_the_bearer_scheme()
    {
        using var client = _factory.CreateClient();

        var json = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;

        var tags = json.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject())
            .SelectMany(op => op.Value.GetProperty("tags").EnumerateArray().Select(t => t.GetString()))
            .Distinct().ToList();
        Assert.That(tags, Does.Contain("Registry (DPMD)").And.Contain("Platform"));
        Assert.That(json.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _), Is.True);
    }

    [Test]
    public async Task An_api_call_without_a_token_is_401()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/api/registry/regions");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
