using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Posyandu.Identity.Tests;

/// <summary>
/// What a browser does to sign in, done over plain HTTP against the real host: the sign-in form (with its anti-forgery
/// token), the authorization endpoint with PKCE, the code exchanged at the token endpoint.
/// </summary>
internal sealed partial class SignInFlow : IDisposable
{
    private readonly HttpClient _http;

    public SignInFlow(Uri baseAddress)
    {
        BaseAddress = baseAddress;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public string RedirectUri => new Uri(BaseAddress, "/dashboard/").ToString();

    /// <summary>Posts the sign-in form; returns the response (302 on success, the page again otherwise).</summary>
    public async Task<HttpResponseMessage> PostPasswordAsync(string userName, string password)
    {
        var page = await _http.GetStringAsync("/akun/masuk");
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);
        return await _http.PostAsync("/akun/masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["userName"] = userName, ["password"] = password, ["returnUrl"] = "/dashboard/",
        }));
    }

    /// <summary>The whole flow; returns the token response (access_token, refresh_token).</summary>
    public async Task<JsonElement> SignInAsync(string userName, string password)
    {
        using var signedIn = await PostPasswordAsync(userName, password);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.Content.ReadAsStringAsync());

        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "posyandu-web", ["response_type"] = "code", ["redirect_uri"] = RedirectUri, ["scope"] = "api offline_access",
            ["state"] = "s1", ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        });
        using var coded = await _http.GetAsync(authorize);
        Assert.That(coded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await coded.Content.ReadAsStringAsync());
        var location = coded.Headers.Location!;
        Assert.That(location.ToString(), Does.StartWith(RedirectUri));
        var code = QueryHelpers.ParseQuery(location.Query)["code"].ToString();

        return await TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = RedirectUri, ["client_id"] = "posyandu-web", ["code_verifier"] = verifier,
        });
    }

    public async Task<JsonElement> TokenAsync(Dictionary<string, string> form, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _http.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public Task<JsonElement> RefreshAsync(string refreshToken, HttpStatusCode expected = HttpStatusCode.OK) =>
        TokenAsync(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken, ["client_id"] = "posyandu-web" }, expected);

    public HttpClient Bearer(string accessToken)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return client;
    }

    public void Dispose() => _http.Dispose();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
