using System.Net;
using System.Text.Json;
using Posyandu.Testing;
using Posyandu.Testing.Matrix;
using static Posyandu.Testing.Matrix.EndpointSample;

namespace Posyandu.Identity.Tests;

/// <summary>
/// The account endpoints in the authorisation matrix: a DPMD coordinator of the seeded regency manages accounts and
/// clients inside it; the same coordinator of another regency (64.72) sees none of them and cannot create one there.
/// That a DPMD coordinator never grants admin is <see cref="AccountManagementTests"/>'s.
/// </summary>
public sealed class IdentityMatrix() : AuthorizationMatrix("identity")
{
    private static int _serial;

    private static string Next(string prefix) => $"{prefix}{Interlocked.Increment(ref _serial)}";

    protected override IEnumerable<EndpointSample> Samples =>
    [
        Get("/api/identity/me", _ => "/api/identity/me", OutsideScope.NotRegionBound),
        Get("/api/identity/accounts", _ => "/api/identity/accounts", OutsideScope.EmptyList),
        Get("/api/identity/accounts/{id}", w => $"/api/identity/accounts/{w["account"]}", OutsideScope.NotFound),
        Post("/api/identity/accounts", _ => "/api/identity/accounts",
            _ => new { userName = Next("matrix.user"), displayName = "Staf Dinkes", role = "health", regionCode = MatrixWorld.Village }, OutsideScope.Refused),
        Send("PUT", "/api/identity/accounts/{id}/scope", w => $"/api/identity/accounts/{w["account"]}/scope",
            _ => new { displayName = "Staf Dinkes Desa", role = "health", regionCode = MatrixWorld.Village }, OutsideScope.NotFound),
        Post("/api/identity/accounts/{id}/disable", w => $"/api/identity/accounts/{w["account"]}/disable", null, OutsideScope.NotFound),
        Post("/api/identity/accounts/{id}/enable", w => $"/api/identity/accounts/{w["account"]}/enable", null, OutsideScope.NotFound),
        Post("/api/identity/accounts/{id}/password-reset", w => $"/api/identity/accounts/{w["account"]}/password-reset", null, OutsideScope.NotFound),
        Post("/api/identity/clients", _ => "/api/identity/clients",
            _ => new { clientId = Next("matrix.client"), displayName = "SIMPUS", role = "health", regionCode = MatrixWorld.InsideRegion }, OutsideScope.Refused),
        Get("/api/identity/clients", _ => "/api/identity/clients", OutsideScope.EmptyList),
        Get("/api/identity/roles", _ => "/api/identity/roles", OutsideScope.NotRegionBound),
    ];

    /// <summary>An account and a client in the seeded regency, created by the admin.</summary>
    protected override async Task SeedAsync()
    {
        var created = await (await Admin.PostJson("/api/identity/accounts",
                new { userName = "matrix.seeded", displayName = "Kader Melati", role = "kader", posyanduId = World["posyandu"], sectors = new[] { "health" } }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        World.Ids["account"] = created.GetProperty("account").GetProperty("id").GetString()!;
        await (await Admin.PostJson("/api/identity/clients", new { clientId = "matrix.seeded", displayName = "SIMPUS", role = "health", regionCode = MatrixWorld.InsideRegion }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
    }
}
