using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Registry.Persistence;
using Posyandu.Testing;

namespace Posyandu.Registry.Tests;

/// <summary>Real Kaltim places and fresh, valid identity numbers for the registry's HTTP tests.</summary>
internal static class Kaltim
{
    /// <summary>Desa Perian, Kec. Muara Muntai, Kab. Kutai Kartanegara.</summary>
    public const string Perian = "64.02.01.2001";

    /// <summary>Desa Muara Leka, same district.</summary>
    public const string MuaraLeka = "64.02.01.2002";

    /// <summary>Kel. Rawa Makmur, Kec. Palaran, Kota Samarinda.</summary>
    public const string RawaMakmur = "64.72.01.1001";

    private static int _serial;

    /// <summary>A NIK registered in Kec. Muara Muntai (640201) with the date part DDMMYY (day + 40 for women).</summary>
    public static string Nik(string ddmmyy, string district = "640201") => $"{district}{ddmmyy}{Interlocked.Increment(ref _serial):D4}";

    /// <summary>A KK number from Kec. Muara Muntai.</summary>
    public static string Kk(string district = "640201") => $"{district}010120{Interlocked.Increment(ref _serial):D4}";
}

internal static class RegistryApi
{
    public static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>The id of a resident from the 201 of a registration (<c>{ resident, warnings }</c>).</summary>
    public static async Task<Guid> ResidentIdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetGuid();

    public static Task<HttpResponseMessage> PutJson(this HttpClient client, string url, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static async Task<List<JsonElement>> GetList(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).ShouldBe<List<JsonElement>>(HttpStatusCode.OK);

    public static async Task<Guid> RegisterPosyanduAsync(this HttpClient client, string village, string name = "Posyandu Melati") =>
        await IdOf(await client.PostJson("/api/registry/posyandu", new { name, regionCode = village, serviceDay = 10 }));

    public static async Task<Guid> RegisterHouseholdAsync(this HttpClient client, Guid posyandu, string village) =>
        await IdOf(await client.PostJson("/api/registry/households", new { nomorKk = Kaltim.Kk(village.Replace(".", "", StringComparison.Ordinal)[..6]), regionCode = village, posyanduId = posyandu }));

    /// <summary>
    /// The registry's outbox messages whose payload mentions <paramref name="id"/>, oldest first — the facts every
    /// sector sees. Health's <c>ResidentIdentityRecorded</c> (the documented NIK exception) accompanies a registration,
    /// correction or move and is left out unless <paramref name="withIdentity"/>.
    /// </summary>
    public static async Task<List<(string Type, JsonElement Payload)>> EventsAboutAsync(this TestHost host, Guid id, bool withIdentity = false)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().OutboxMessages
            .Where(m => m.Payload.Contains(id.ToString())).OrderBy(m => m.Sequence).Select(m => new { m.Type, m.Payload }).ToListAsync();
        return rows.Select(r => (Type: r.Type[(r.Type.LastIndexOf('.') + 1)..], Payload: JsonDocument.Parse(r.Payload).RootElement))
            .Where(e => withIdentity || e.Type != IdentityEvent).ToList();
    }

    public const string IdentityEvent = "ResidentIdentityRecorded";

    /// <summary>Every payload the registry has put in its outbox with its event type (to check where a NIK or KK number goes).</summary>
    public static async Task<List<(string Type, string Payload)>> AllPayloadsAsync(this TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().OutboxMessages.Select(m => new { m.Type, m.Payload }).ToListAsync();
        return rows.Select(r => (r.Type[(r.Type.LastIndexOf('.') + 1)..], r.Payload)).ToList();
    }
}
