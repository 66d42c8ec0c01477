using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Posyandu.Identity.Persistence;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Identity.Tests;

/// <summary>
/// Sign-in and tokens through the real host on a real socket: the first administrator, an OPD system with client
/// credentials, refresh tokens of a disabled account, lockout and its audit trail, what a DPMD coordinator may grant.
/// </summary>
public sealed class SignInTests
{
    private TestHost _host = null!;
    private string _console = "";
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        (_host, _console) = await ConsoleCapture.StartAsync();
        _admin = _host.Client([Roles.Admin]);
        // The module's copy of the Kemendagri regions comes from the registry's events, as in production.
        await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("registry", CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _admin.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task The_first_start_prints_a_one_time_admin_password_that_signs_in_and_is_never_logged()
    {
        var password = ConsoleCapture.AdminPassword(_console);
        Assert.That(password, Is.Not.Null.And.Length.EqualTo(16), _console);

        using var flow = new SignInFlow(_host.BaseAddress);
        var tokens = await flow.SignInAsync("admin", password!);
        using var api = flow.Bearer(tokens.GetProperty("access_token").GetString()!);
        var me = await (await api.GetAsync("/api/identity/me")).ShouldBe<JsonElement>(HttpStatusCode.OK);

        Assert.That(me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { Roles.Admin }));
        Assert.That(_host.Logs.Lines.Any(l => l.Contains(password!, StringComparison.Ordinal)), Is.False, "the one-time password reached the log");
    }

    [Test]
    public async Task An_opd_client_with_client_credentials_calls_its_sector_and_gets_403_on_another()
    {
        var registered = await (await _admin.PostJson("/api/identity/clients", new { clientId = "simpus.kukar", displayName = "SIMPUS Kukar", role = Roles.Health, regionCode = "64.02" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        using var flow = new SignInFlow(_host.BaseAddress);
        var tokens = await flow.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "simpus.kukar", ["client_secret"] = registered.GetProperty("clientSecret").GetString()!, ["scope"] = "api",
        });
        using var system = flow.Bearer(tokens.GetProperty("access_token").GetString()!);

        await (await system.GetAsync("/api/health/reports/skdn?region=64.02&period=2026-11")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        await (await system.GetAsync("/api/health/reports/skdn?region=64.72&period=2026-11")).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.That((await system.GetAsync("/api/education/paud/enrolments")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(tokens.TryGetProperty("refresh_token", out _), Is.False, "a system signs in again, it gets no refresh token");
    }

    [Test]
    public async Task A_disabled_accounts_refresh_token_stops_working_and_it_cannot_sign_in()
    {
        var account = await CreateAsync(new { userName = "dpmd.paser", displayName = "Koordinator DPMD Paser", role = Roles.Dpmd, regionCode = "64.01", password = "PaserKoordinator2026" });
        using var flow = new SignInFlow(_host.BaseAddress);
        var tokens = await flow.SignInAsync("dpmd.paser", "PaserKoordinator2026");
        var refreshed = await flow.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!);
        using (var api = flow.Bearer(refreshed.GetProperty("access_token").GetString()!))
        {
            var me = await (await api.GetAsync("/api/identity/me")).ShouldBe<JsonElement>(HttpStatusCode.OK);
            Assert.That(me.GetProperty("region").GetString(), Is.EqualTo("64.01"));
        }

        await (await _admin.PostAsync($"/api/identity/accounts/{account}/disable", null)).ShouldBe<JsonElement>(HttpStatusCode.OK);

        var refused = await flow.RefreshAsync(refreshed.GetProperty("refresh_token").GetString()!, HttpStatusCode.BadRequest);
        Assert.That(refused.GetProperty("error").GetString(), Is.EqualTo("invalid_grant"));
        using var again = new SignInFlow(_host.BaseAddress);
        var page = await (await again.PostPasswordAsync("dpmd.paser", "PaserKoordinator2026")).Content.ReadAsStringAsync();
        Assert.That(page, Does.Contain("Akun ini dinonaktifkan"));
    }

    [Test]
    public async Task Five_wrong_passwords_lock_the_account_and_every_attempt_is_audited_without_the_password()
    {
        var account = await CreateAsync(new { userName = "dinsos.berau", displayName = "Dinas Sosial Berau", role = Roles.Social, regionCode = "64.03", password = "DinsosBerau2026x" });
        using var flow = new SignInFlow(_host.BaseAddress);
        var pages = new List<string>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            pages.Add(await (await flow.PostPasswordAsync("dinsos.berau", $"Salah-{attempt}-Sandi")).Content.ReadAsStringAsync());
        }

        var correctButLocked = await (await flow.PostPasswordAsync("dinsos.berau", "DinsosBerau2026x")).Content.ReadAsStringAsync();
        await flow.PostPasswordAsync("Salah-Ketik-Sandi", "x");

        Assert.That(pages.Take(4), Has.All.Contain("Nama pengguna atau kata sandi salah."));
        Assert.That(pages[4], Does.Contain("Akun Anda dikunci sementara karena 5 kali salah kata sandi"));
        Assert.That(correctButLocked, Does.Contain("dikunci"));
        await using var scope = _host.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Entity == "SignIn").ToListAsync();
        Assert.That(audit.Where(a => a.EntityId == account).Select(a => a.Action),
            Is.EqualTo(new[] { "sign-in-failed", "sign-in-failed", "sign-in-failed", "sign-in-failed", "sign-in-locked", "sign-in-locked" }));
        Assert.That(audit.Any(a => a.EntityId == "(unknown user name)" && a.Action == "sign-in-failed"), Is.True);
        Assert.That(audit.Any(a => $"{a.Actor}{a.EntityId}{a.Roles}".Contains("Sandi", StringComparison.Ordinal)), Is.False, "a typed password or name reached the audit trail");
    }

    [Test]
    public async Task A_dpmd_coordinator_manages_accounts_inside_its_region_and_never_grants_admin()
    {
        using var kukar = _host.Client([Roles.Dpmd], region: "64.02");

        await (await kukar.PostJson("/api/identity/accounts", new { userName = "admin.kukar", displayName = "Admin", role = Roles.Admin, regionCode = "64.02" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await kukar.PostJson("/api/identity/accounts", new { userName = "dinkes.samarinda", displayName = "Dinkes", role = Roles.Health, regionCode = "64.72" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        var created = await (await kukar.PostJson("/api/identity/accounts", new { userName = "dinkes.kukar", displayName = "Dinkes Kukar", role = Roles.Health, regionCode = "64.02" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        var unknown = await (await kukar.PostJson("/api/identity/accounts", new { userName = "dinkes.x", displayName = "Dinkes", role = Roles.Health, regionCode = "64.02.99" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var desaOfRegency = await (await kukar.PostJson("/api/identity/accounts", new { userName = "desa.kukar", displayName = "Operator Desa", role = Roles.Desa, regionCode = "64.02" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var listed = await (await kukar.GetAsync("/api/identity/accounts")).ShouldBe<JsonElement>(HttpStatusCode.OK);

        Assert.That(desaOfRegency.ErrorFields(), Is.EqualTo(new[] { "regionCode" }), "a desa account works for one village");
        Assert.That(created.GetProperty("oneTimePassword").GetString(), Has.Length.EqualTo(16));
        Assert.That(unknown.ErrorFields(), Is.EqualTo(new[] { "regionCode" }));
        Assert.That(listed.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("regionCode").GetString()), Has.All.StartWith("64.02"));
        Assert.That(listed.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("userName").GetString()), Does.Contain("dinkes.kukar").And.Not.Contain("admin"));
    }

    /// <summary>What clients discover: the OpenID Connect discovery document, and the OpenAPI document's OAuth2 scheme for Swagger UI.</summary>
    [Test]
    public async Task Discovery_and_the_openapi_document_describe_the_code_flow_with_pkce()
    {
        using var anonymous = _host.Client();
        using var client = _host.Client([Posyandu.SharedKernel.Security.Roles.Health], region: "64");

        var discovery = JsonDocument.Parse(await anonymous.GetStringAsync("/.well-known/openid-configuration")).RootElement;
        // Outside Development the API description needs a sign-in (issue 21): a token, or the sign-in page's cookie.
        var closed = await anonymous.GetAsync("/swagger/v1/swagger.json");
        var ui = await anonymous.GetAsync("/swagger/index.html");
        Assert.That(closed.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Unauthorized));
        // Swagger UI sends people to the sign-in page and back (the client follows the redirect).
        Assert.That(ui.RequestMessage!.RequestUri!.PathAndQuery, Does.StartWith("/akun/masuk?returnUrl=%2Fswagger%2Findex.html"));
        var openApi = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        // Swashbuckle writes the UI's OAuth settings into its index page or script, depending on the version.
        var swaggerUi = await client.GetStringAsync("/swagger/index.html") + await (await client.GetAsync("/swagger/index.js")).Content.ReadAsStringAsync();

        Assert.That(discovery.GetProperty("authorization_endpoint").GetString(), Does.EndWith("/connect/authorize"));
        Assert.That(discovery.GetProperty("token_endpoint").GetString(), Does.EndWith("/connect/token"));
        Assert.That(discovery.GetProperty("revocation_endpoint").GetString(), Does.EndWith("/connect/revoke"));
        Assert.That(discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()), Does.Contain("S256"));
        Assert.That(discovery.GetProperty("grant_types_supported").EnumerateArray().Select(m => m.GetString()),
            Is.SupersetOf(new[] { "authorization_code", "refresh_token", "client_credentials" }));
        var flow = openApi.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2").GetProperty("flows").GetProperty("authorizationCode");
        Assert.That(flow.GetProperty("authorizationUrl").GetString(), Is.EqualTo("/connect/authorize"));
        Assert.That(swaggerUi, Does.Contain("posyandu-web").And.Contain("usePkceWithAuthorizationCodeGrant"));
    }

    /// <summary>
    /// The server's tokens are read with RS256 (and RSA-OAEP / A256CBC-HS512) only (issue 21 item 9): the payload of a
    /// real access token re-signed as <c>alg: none</c>, as HS256 with a guessed secret (the public modulus, the classic
    /// confusion) and as RS512 with the server's own key is refused with 401; the same payload signed RS256 is accepted.
    /// </summary>
    [Test]
    public async Task A_token_of_this_server_signed_with_another_algorithm_is_refused()
    {
        var registered = await (await _admin.PostJson("/api/identity/clients", new { clientId = "algpin.kukar", displayName = "Algoritma Kukar", role = Roles.Health, regionCode = "64.02" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        using var flow = new SignInFlow(_host.BaseAddress);
        var tokens = await flow.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "algpin.kukar", ["client_secret"] = registered.GetProperty("clientSecret").GetString()!, ["scope"] = "api",
        });
        using var signing = RSA.Create();
        signing.ImportFromPem(await File.ReadAllTextAsync(Path.Combine(_host.DataDirectory, "identity-signing.pem")));
        using var encryption = RSA.Create();
        encryption.ImportFromPem(await File.ReadAllTextAsync(Path.Combine(_host.DataDirectory, "identity-encryption.pem")));
        var read = await new JsonWebTokenHandler().ValidateTokenAsync(tokens.GetProperty("access_token").GetString()!, new TokenValidationParameters
        {
            TokenDecryptionKey = new RsaSecurityKey(encryption), IssuerSigningKey = new RsaSecurityKey(signing),
            ValidateAudience = false, ValidateIssuer = false, ValidateLifetime = false,
        });
        Assert.That(read.IsValid, Is.True, read.Exception?.Message);
        var inner = ((JsonWebToken)read.SecurityToken).InnerToken!;
        var payload = inner.EncodedPayload;

        string Header(string alg) => Base64UrlEncoder.Encode(JsonSerializer.Serialize(new Dictionary<string, string> { ["alg"] = alg, ["kid"] = inner.Kid, ["typ"] = inner.Typ }));
        string Rsa(string alg, HashAlgorithmName hash)
        {
            var unsigned = $"{Header(alg)}.{payload}";
            return $"{unsigned}.{Base64UrlEncoder.Encode(signing.SignData(Encoding.ASCII.GetBytes(unsigned), hash, RSASignaturePadding.Pkcs1))}";
        }

        var guessed = signing.ExportParameters(false).Modulus!;
        var hs256 = $"{Header("HS256")}.{payload}";
        hs256 = $"{hs256}.{Base64UrlEncoder.Encode(HMACSHA256.HashData(guessed, Encoding.ASCII.GetBytes(hs256)))}";
        async Task<HttpStatusCode> Me(string token)
        {
            using var api = flow.Bearer(token);
            return (await api.GetAsync("/api/identity/me")).StatusCode;
        }

        Assert.That(await Me(Rsa("RS256", HashAlgorithmName.SHA256)), Is.EqualTo(HttpStatusCode.OK), "the control: the server's own algorithm");
        Assert.That(await Me($"{Header("none")}.{payload}."), Is.EqualTo(HttpStatusCode.Unauthorized), "alg: none");
        Assert.That(await Me(hs256), Is.EqualTo(HttpStatusCode.Unauthorized), "HS256 with the public modulus as secret");
        Assert.That(await Me(Rsa("RS512", HashAlgorithmName.SHA512)), Is.EqualTo(HttpStatusCode.Unauthorized), "RS512 with the server's own key: not the pinned algorithm");
    }

    private async Task<string> CreateAsync(object account) =>
        (await (await _admin.PostJson("/api/identity/accounts", account)).ShouldBe<JsonElement>(HttpStatusCode.Created))
        .GetProperty("account").GetProperty("id").GetString()!;
}
