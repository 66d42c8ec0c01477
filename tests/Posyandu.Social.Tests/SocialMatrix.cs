using Posyandu.Testing.Matrix;
using static Posyandu.Testing.Matrix.EndpointSample;

namespace Posyandu.Social.Tests;

/// <summary>The module's endpoints in the authorisation matrix (<see cref="AuthorizationMatrix"/>): one sample per endpoint, on the records seeded below.</summary>
public sealed class SocialMatrix() : AuthorizationMatrix("social")
{
    protected override IEnumerable<EndpointSample> Samples =>
    [
        Post("/api/social/posyandu/{posyanduId:guid}/activities", w => $"/api/social/posyandu/{w["posyandu"]}/activities",
            _ => new { date = "2026-11-10", participants = 12, note = "Penyuluhan" }, OutsideScope.NotFound),
        Get("/api/social/activities/{id:guid}", w => $"/api/social/activities/{w["activity"]}", OutsideScope.NotFound),
    ];

    /// <summary>An activity at the matrix's Posyandu (which reached the module through the registry's events).</summary>
    protected override async Task SeedAsync() =>
        World.Ids["activity"] = await IdAsync($"/api/social/posyandu/{World["posyandu"]}/activities", new { date = "2026-11-03", participants = 8 });
}
