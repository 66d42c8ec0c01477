using System.Net;
using Posyandu.Testing;

namespace Posyandu.Identity.Tests;

/// <summary>The keys are kept in the data folder: a token issued before a restart is accepted after it; the one-time admin password is printed once only.</summary>
public sealed class RestartTests
{
    /// <summary>The two runs listen on different ports: the issuer is configured, as behind a province's domain.</summary>
    private static readonly Dictionary<string, string?> Issuer = new() { ["Identity:Issuer"] = "http://posyandu.test/" };

    [Test]
    public async Task A_token_survives_a_restart_and_the_admin_password_is_not_printed_again()
    {
        var (first, console) = await ConsoleCapture.StartAsync(settings: Issuer);
        string accessToken;
        using (var flow = new SignInFlow(first.BaseAddress))
        {
            accessToken = (await flow.SignInAsync("admin", ConsoleCapture.AdminPassword(console)!)).GetProperty("access_token").GetString()!;
        }

        await first.StopKeepingDataAsync();
        var (second, again) = await ConsoleCapture.StartAsync(first.DataDirectory, Issuer);
        try
        {
            using var api = new HttpClient { BaseAddress = second.BaseAddress };
            api.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
            var response = await api.GetAsync("/api/identity/me");

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a token of the first run");
            Assert.That(ConsoleCapture.AdminPassword(again), Is.Null);
        }
        finally
        {
            await second.DisposeAsync();
        }
    }
}
