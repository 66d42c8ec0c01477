using Microsoft.Extensions.Configuration;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Security;

/// <summary>
/// Issue 21 item 9: outside Development the host refuses to start when the token configuration would leave the API
/// answering 401 to everyone or accept what it should not — the real host builder, before any database opens.
/// </summary>
public sealed class StartupChecksTests
{
    [Test]
    public void An_incomplete_or_insecure_bearer_configuration_stops_the_host_with_a_clear_message()
    {
        var plainHttp = Assert.ThrowsAsync<InvalidOperationException>(() => TestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Authentication:Schemes:Bearer:Authority"] = "http://keycloak.kaltim.go.id/realms/posyandu",
            ["Authentication:Schemes:Bearer:ValidAudiences:0"] = null,
        }));
        var sqlServer = Assert.ThrowsAsync<InvalidOperationException>(() => TestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["Database:ConnectionString"] = "Server=never-contacted",
        }));

        Assert.That(plainHttp!.Message, Does.StartWith("The host refuses to start").And.Contain("https://").And.Contain("ValidAudiences"));
        Assert.That(sqlServer!.Message, Does.Contain("Identity:SigningKey").And.Contain("Identity:EncryptionKey").And.Contain("Privacy:LookupHashKey"));
    }

    [Test]
    public void Development_and_a_complete_configuration_pass()
    {
        var development = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:Schemes:Bearer:ValidIssuer"] = "dotnet-user-jwts",
        }).Build();
        var complete = new ConfigurationBuilder().AddInMemoryCollection(TestTokens.Settings).Build();
        var none = new ConfigurationBuilder().Build();

        Assert.That(Hosting.PrivacySetup.StartupProblems(complete), Is.Empty);
        Assert.That(Hosting.PrivacySetup.StartupProblems(none), Is.Empty, "the built-in sign-in server alone (keys in the data folder on SQLite)");
        Assert.That(Hosting.PrivacySetup.StartupProblems(development), Is.Not.Empty, "user-jwts' issuer without its keys: only Development skips the check");
    }
}
