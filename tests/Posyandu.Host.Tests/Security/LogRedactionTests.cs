using System.Net.Http.Json;
using Posyandu.Host.Tests.Outbox;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Security;

/// <summary>
/// NIKs and names must never reach the logs (UU 27/2022). Requests carry a NIK in the path, the query string, a
/// header and the body (with a name) — and one endpoint throws an exception whose message contains the NIK —
/// then the captured log output (every provider sees the same redacted events) is scanned.
/// </summary>
public sealed class LogRedactionTests
{
    private const string Nik = "6472015708950003";
    private const string Name = "Siti Rahmawati Kusumaningrum";

    [Test]
    public async Task Requests_with_niks_leave_no_nik_or_name_in_the_logs()
    {
        await using var host = await TestHost.StartAsync(OutboxTests.AddTestModules, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Debug",
        });
        using var client = host.Client([Roles.Dpmd], region: "64");
        client.DefaultRequestHeaders.Add("X-Debug-Nik", Nik);

        await client.GetAsync($"/api/registry/regions/{Nik}");
        await client.GetAsync($"/api/registry/regions?name={Nik}");
        await client.GetAsync("/api/registry/regions/6472-0157-0895-0003"); // separators, in the path and so in the request's scope
        await client.GetAsync("/api/registry/regions?name=6472%200157%200895%200003");
        await client.PostAsJsonAsync("/api/alpha/things", new { label = Nik, quantity = 1 });
        var exploded = await client.PostAsJsonAsync("/api/alpha/explode", new { nik = Nik, name = Name });

        Assert.That((int)exploded.StatusCode, Is.EqualTo(500), "the exploding endpoint ran and was logged");
        var logs = host.Logs.All;
        Assert.That(logs, Does.Contain("Unhandled exception"), "the failure was logged");
        Assert.That(logs, Does.Contain("[redacted-16-digits]"), "the NIK reached the logging pipeline and was masked");
        Assert.That(logs, Does.Contain("RequestPath:/api/registry/regions/[redacted-16-digits]"), "scopes are captured, redacted");
        Assert.That(logs, Does.Not.Contain(Nik));
        Assert.That(logs, Does.Not.Contain("0157-0895").And.Not.Contain("0157%200895").And.Not.Contain("0157 0895"));
        Assert.That(logs, Does.Not.Contain(Name));
    }
}
