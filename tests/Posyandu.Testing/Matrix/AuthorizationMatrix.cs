using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Time;

namespace Posyandu.Testing.Matrix;

/// <summary>
/// The authorisation matrix of the API areas a module owns (<c>/api/{area}/…</c>), declared next to the module's own
/// tests: <c>public sealed class HousingMatrix() : AuthorizationMatrix("housing")</c> with its <see cref="Samples"/>
/// and <see cref="SeedAsync"/>. Enumerates every endpoint the real host maps under those areas (from the endpoint data
/// source, so a new endpoint is covered the day it is mapped) and checks: it declares its roles; anonymous → 401; a role
/// it does not allow → 403 (and the village government, desa, wherever it is not allowed); an allowed role outside the record's region → 404 / empty / refused; an allowed role inside
/// → success; malformed JSON → 400 problem. An endpoint of one sector's personal data (<see cref="SectorData"/>, from
/// <c>RequireSectorReaders</c>/<c>RequireSectorWriters</c>) is also called by a kader of the seeded Posyandu who serves
/// every other sector (403) and by a kader of another Posyandu in the same village (what an outsider gets). One host per matrix fixture. Posyandu.Host.Tests checks that every area
/// the host serves has a matrix somewhere under tests/ (<c>MatrixCoverageTests</c>).
/// </summary>
public abstract class AuthorizationMatrix(params string[] areas)
{
    private List<RouteEndpoint> _endpoints = null!;
    private List<EndpointSample>? _samples;

    protected TestHost Host { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    protected MatrixWorld World { get; } = new();

    /// <summary>The API areas (first segment after <c>/api/</c>) this matrix covers.</summary>
    public IReadOnlyList<string> Areas { get; } = areas;

    /// <summary>One sample per endpoint of <see cref="Areas"/>.</summary>
    protected abstract IEnumerable<EndpointSample> Samples { get; }

    private List<EndpointSample> AllSamples => _samples ??= Samples.ToList();

    /// <summary>The module's records the samples work on, after the shared ones (<see cref="MatrixWorld"/>) exist.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    [OneTimeSetUp]
    public async Task StartMatrixHost()
    {
        Host = await TestHost.StartAsync();
        Admin = Host.Client([Roles.Admin]);
        World.Today = Host.Services.GetRequiredService<TimeProvider>().Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        _endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => Areas.Any(a => e.RoutePattern.RawText?.StartsWith($"/api/{a}/", StringComparison.Ordinal) == true))
            .ToList();
        World.Ids["posyandu"] = await IdAsync("/api/registry/posyandu", new { name = "Posyandu Melati", regionCode = MatrixWorld.Village, serviceDay = 10 });
        World.Ids["other-posyandu"] = await IdAsync("/api/registry/posyandu", new { name = "Posyandu Kenanga", regionCode = MatrixWorld.Village, serviceDay = 20 });
        World.Ids["household"] = await IdAsync("/api/registry/households", World.NewHousehold());
        World.Ids["resident"] = await IdAsync("/api/registry/residents", World.NewResident(), "resident");
        World.Ids["resident-nik"] = World.LastNik;
        World.Ids["child"] = await IdAsync("/api/registry/residents", World.NewChild(), "resident");
        await DeliverAsync("registry");
        await SeedAsync();
    }

    [OneTimeTearDown]
    public async Task StopMatrixHost()
    {
        Admin.Dispose();
        await Host.DisposeAsync();
    }

    [Test]
    public void Every_endpoint_declares_the_roles_it_allows()
    {
        var undeclared = _endpoints.Where(e => AllowedRoles(e) is null).Select(Describe).ToList();

        Assert.That(_endpoints, Is.Not.Empty, $"the host maps nothing under /api/{string.Join(", /api/", Areas)}/");
        Assert.That(undeclared, Is.Empty, "endpoints without RequireRoles(...)");
    }

    [Test]
    public void Every_endpoint_has_a_sample_request()
    {
        var missing = _endpoints.Where(e => SampleFor(e) is null).Select(Describe).ToList();
        var stale = AllSamples.Where(s => !_endpoints.Any(e => s.Pattern == e.RoutePattern.RawText && Methods(e).Contains(s.Method)))
            .Select(s => $"{s.Method} {s.Pattern}").ToList();

        Assert.That(missing, Is.Empty, $"add a sample to {GetType().Name} for each of these");
        Assert.That(stale, Is.Empty, "samples of endpoints the host does not map");
    }

    [Test]
    public async Task Anonymous_callers_get_401_everywhere()
    {
        using var anonymous = Host.Client();
        var wrong = new List<string>();
        foreach (var endpoint in _endpoints)
        {
            using var response = await anonymous.SendAsync(PlaceholderRequest(endpoint));
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                wrong.Add($"{Describe(endpoint)} → {(int)response.StatusCode}");
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public async Task A_role_the_endpoint_does_not_allow_gets_403()
    {
        var wrong = new List<string>();
        foreach (var endpoint in _endpoints)
        {
            var allowed = AllowedRoles(endpoint) ?? [];
            // The first role it does not allow, and the village government wherever it is not allowed: a desa user
            // reads a village's aggregates and its worklists, not the sectors' records of individuals.
            var outsiders = Roles.All.Where(r => !allowed.Contains(r)).Take(1)
                .Concat(allowed.Contains(Roles.Desa) ? [] : [Roles.Desa]).Distinct().ToList();
            foreach (var outsider in outsiders)
            {
                using var client = Host.Client([outsider], region: outsider == Roles.Desa ? MatrixWorld.Village : "64");
                using var response = await client.SendAsync(PlaceholderRequest(endpoint));
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    wrong.Add($"{Describe(endpoint)} as {outsider} → {(int)response.StatusCode}");
                }
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public async Task An_allowed_role_succeeds_inside_its_region_and_sees_nothing_outside_it()
    {
        var wrong = new List<string>();
        foreach (var endpoint in _endpoints)
        {
            if (SampleFor(endpoint) is not { } sample || AllowedRoles(endpoint) is not { } allowed)
            {
                continue; // reported by the tests above
            }

            var role = allowed.FirstOrDefault(r => r != Roles.Admin) ?? Roles.Admin;
            using var inside = Client(role, MatrixWorld.InsideRegion);
            using var insideResponse = await inside.SendAsync(sample.Request(World));
            if (!insideResponse.IsSuccessStatusCode)
            {
                var logged = (int)insideResponse.StatusCode >= 500 ? Host.Logs.Lines.LastOrDefault(l => l.StartsWith("Error", StringComparison.Ordinal)) : null;
                wrong.Add($"{Describe(endpoint)} as {role} inside → {(int)insideResponse.StatusCode} {await insideResponse.Content.ReadAsStringAsync()} {logged}");
            }

            using var outside = Client(role, MatrixWorld.OutsideRegion);
            using var outsideResponse = await outside.SendAsync(sample.Request(World));
            var problem = await CheckOutsideAsync(sample.Outside, outsideResponse);
            if (problem is not null)
            {
                wrong.Add($"{Describe(endpoint)} as {role} outside → {problem}");
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    /// <summary>
    /// Where an endpoint allows the village government but its sample is made for another role (the test above uses
    /// the first allowed one), a desa user of another village than the seeded one still gets what any outsider gets.
    /// </summary>
    [Test]
    public async Task A_desa_user_of_another_village_sees_nothing_of_the_seeded_one()
    {
        var wrong = new List<string>();
        foreach (var endpoint in _endpoints)
        {
            if (SampleFor(endpoint) is not { } sample || AllowedRoles(endpoint) is not { } allowed
                || !allowed.Contains(Roles.Desa) || allowed.FirstOrDefault(r => r != Roles.Admin) == Roles.Desa)
            {
                continue; // not allowed (403 above), or already the role of the test above
            }

            using var outside = Client(Roles.Desa, MatrixWorld.OutsideRegion);
            using var response = await outside.SendAsync(sample.Request(World));
            if (await CheckOutsideAsync(sample.Outside, response) is { } problem)
            {
                wrong.Add($"{Describe(endpoint)} as desa of {MatrixWorld.OtherVillage} → {problem}");
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    /// <summary>
    /// A kader at the seeded Posyandu who serves every sector but the endpoint's: an education kader reads no pregnancy,
    /// referral, immunisation or another sector's service-request documents, even of their own Posyandu.
    /// </summary>
    [Test]
    public async Task A_kader_of_another_sector_gets_403_for_a_sectors_personal_data()
    {
        var wrong = new List<string>();
        foreach (var (endpoint, sample, sector) in SectorBound())
        {
            using var client = Host.Client([Roles.Kader], region: MatrixWorld.Village, posyandu: Guid.Parse(World["posyandu"]),
                sectors: [.. Roles.Sectors.Where(s => s != sector)]);
            using var response = await client.SendAsync(sample.Request(World));
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                wrong.Add($"{Describe(endpoint)} as a kader not serving {sector} → {(int)response.StatusCode}");
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    /// <summary>A kader of the sector at another Posyandu of the seeded village gets what any outsider gets.</summary>
    [Test]
    public async Task A_kader_of_another_Posyandu_in_the_same_village_sees_nothing_of_the_seeded_one()
    {
        var wrong = new List<string>();
        foreach (var (endpoint, sample, sector) in SectorBound()
                     .Where(e => e.Sample.Outside != OutsideScope.NotRegionBound && e.Endpoint.Metadata.GetMetadata<VillageWideData>() is null))
        {
            using var client = Host.Client([Roles.Kader], region: MatrixWorld.Village, posyandu: Guid.Parse(World["other-posyandu"]),
                sectors: [.. Roles.Sectors, sector]);
            using var response = await client.SendAsync(sample.Request(World));
            if (await CheckOutsideAsync(sample.Outside, response) is { } problem)
            {
                wrong.Add($"{Describe(endpoint)} as a {sector} kader of another Posyandu → {problem}");
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    /// <summary>The endpoints of one sector's personal data a kader may call, with their samples.</summary>
    private IEnumerable<(RouteEndpoint Endpoint, EndpointSample Sample, string Sector)> SectorBound() =>
        from endpoint in _endpoints
        let data = endpoint.Metadata.GetMetadata<SectorData>()
        let sample = SampleFor(endpoint)
        where data is not null && sample is not null && AllowedRoles(endpoint)?.Contains(Roles.Kader) == true
        select (endpoint, sample, data.Sector);

    [Test]
    public async Task Every_endpoint_that_takes_a_body_answers_malformed_json_with_a_400_problem()
    {
        var wrong = new List<string>();
        foreach (var endpoint in _endpoints.Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("application/json") == true))
        {
            var role = (AllowedRoles(endpoint) ?? []).FirstOrDefault(r => r != Roles.Admin) ?? Roles.Admin;
            using var client = Client(role, MatrixWorld.InsideRegion);
            var request = SampleFor(endpoint)?.Request(World) ?? PlaceholderRequest(endpoint);
            request.Content = new StringContent("{ \"broken\": ", System.Text.Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                wrong.Add($"{Describe(endpoint)} → {(int)response.StatusCode} {body}");
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    /// <summary>Creates a record as admin and returns its id (from the body, or from its <paramref name="wrapper"/> property).</summary>
    protected async Task<string> IdAsync(string url, object body, string? wrapper = null)
    {
        var json = await (await Admin.PostJson(url, body)).ShouldBe<JsonElement>(HttpStatusCode.Created);
        return (wrapper is null ? json : json.GetProperty(wrapper)).GetProperty("id").GetString()!;
    }

    /// <summary>Registers a resident (a body from <see cref="MatrixWorld"/>) and returns the resident's id.</summary>
    protected Task<string> ResidentAsync(object resident) => IdAsync("/api/registry/residents", resident, "resident");

    /// <summary>Uploads a PDF as admin to a service request's <paramref name="kind"/> slot; returns the attachment id.</summary>
    protected async Task<string> AttachAsync(string url, string kind)
    {
        using var document = new ByteArrayContent("%PDF-1.4 dokumen"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } };
        var attachment = await (await Admin.PutAsync($"{url}/attachments/{kind}", document)).ShouldBe<JsonElement>(HttpStatusCode.Created);
        return attachment.GetProperty("id").GetString()!;
    }

    /// <summary>Delivers <paramref name="module"/>'s outbox (sector modules learn of residents through the registry's events).</summary>
    protected async Task DeliverAsync(string module) =>
        await Host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(module, CancellationToken.None);

    /// <summary>
    /// A caller of <paramref name="role"/> inside (<see cref="MatrixWorld.InsideRegion"/>) or outside the seeded records:
    /// a kader at the seeded Posyandu or another; a desa user of the seeded village or of a neighbouring one (the role
    /// is one village's, <see cref="Roles.Desa"/>).
    /// </summary>
    private HttpClient Client(string role, string region) => role switch
    {
        // Serving every sector: the sector bound has tests of its own (above).
        Roles.Kader => Host.Client([role], region: region, posyandu: region == MatrixWorld.InsideRegion ? Guid.Parse(World["posyandu"]) : Guid.NewGuid(), sectors: [.. Roles.Sectors]),
        Roles.Desa => Host.Client([role], region: region == MatrixWorld.InsideRegion ? MatrixWorld.Village : MatrixWorld.OtherVillage),
        _ => Host.Client([role], region: region),
    };

    private static async Task<string?> CheckOutsideAsync(OutsideScope expected, HttpResponseMessage response)
    {
        var status = response.StatusCode;
        switch (expected)
        {
            case OutsideScope.NotRegionBound:
                return response.IsSuccessStatusCode ? null : $"{(int)status}, expected success";
            case OutsideScope.NotFound:
                return status == HttpStatusCode.NotFound ? null : $"{(int)status}, expected 404";
            case OutsideScope.Refused:
                return status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden ? null : $"{(int)status}, expected 403/404";
            case OutsideScope.EmptyList:
                if (!response.IsSuccessStatusCode)
                {
                    return $"{(int)status}, expected an empty list";
                }

                var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                var items = json.ValueKind == JsonValueKind.Array ? json : json.GetProperty("items");
                return items.GetArrayLength() == 0 ? null : $"{items.GetArrayLength()} items, expected none";
            default:
                return "unknown expectation";
        }
    }

    private EndpointSample? SampleFor(RouteEndpoint endpoint) =>
        AllSamples.FirstOrDefault(s => s.Pattern == endpoint.RoutePattern.RawText && Methods(endpoint).Contains(s.Method));

    /// <summary>The roles from the endpoint's RequireRoles policy; null when it declared none.</summary>
    public static HashSet<string>? AllowedRoles(Endpoint endpoint)
    {
        var roles = endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()
            .SelectMany(p => p.Requirements.OfType<RolesAuthorizationRequirement>())
            .SelectMany(r => r.AllowedRoles)
            .Concat(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().SelectMany(a => a.Roles?.Split(',') ?? []))
            .ToHashSet();
        return roles.Count == 0 ? null : roles;
    }

    private static IReadOnlyList<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    private static string Describe(RouteEndpoint endpoint) => $"{string.Join('|', Methods(endpoint))} {endpoint.RoutePattern.RawText}";

    /// <summary>Any well-formed URL for the endpoint: authorisation runs before binding, so values need not exist.</summary>
    public static HttpRequestMessage PlaceholderRequest(RouteEndpoint endpoint)
    {
        var url = endpoint.RoutePattern.RawText!;
        foreach (var parameter in endpoint.RoutePattern.Parameters)
        {
            var value = parameter.ParameterPolicies.Any(p => p.Content == "guid") ? Guid.NewGuid().ToString()
                : parameter.ParameterPolicies.Any(p => p.Content == "int") ? "1" : "64";
            url = System.Text.RegularExpressions.Regex.Replace(url, "\\{" + parameter.Name + "[^}]*\\}", value);
        }

        var request = new HttpRequestMessage(new HttpMethod(Methods(endpoint)[0]), url);
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Delete)
        {
            // In the content type the endpoint accepts: routing answers any other with 415 before authorisation runs
            // (the service-request document upload takes PDF/JPEG/PNG only).
            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is [var first, ..] ? first : "application/json";
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, accepts);
        }

        return request;
    }
}
