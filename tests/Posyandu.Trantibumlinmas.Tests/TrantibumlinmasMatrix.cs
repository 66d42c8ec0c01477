using Posyandu.Testing.Matrix;
using static Posyandu.Testing.Matrix.EndpointSample;

namespace Posyandu.Trantibumlinmas.Tests;

/// <summary>The module's endpoints in the authorisation matrix (<see cref="AuthorizationMatrix"/>): one sample per endpoint, on the records seeded below.</summary>
public sealed class TrantibumlinmasMatrix() : AuthorizationMatrix("trantibumlinmas")
{
    protected override IEnumerable<EndpointSample> Samples =>
    [
        Post("/api/trantibumlinmas/posyandu/{posyanduId:guid}/activities", w => $"/api/trantibumlinmas/posyandu/{w["posyandu"]}/activities",
            _ => new { date = "2026-11-10", participants = 12, note = "Penyuluhan" }, OutsideScope.NotFound),
        Get("/api/trantibumlinmas/activities/{id:guid}", w => $"/api/trantibumlinmas/activities/{w["activity"]}", OutsideScope.NotFound),
    ];

    /// <summary>An activity at the matrix's Posyandu (which reached the module through the registry's events).</summary>
    protected override async Task SeedAsync() =>
        World.Ids["activity"] = await IdAsync($"/api/trantibumlinmas/posyandu/{World["posyandu"]}/activities", new { date = "2026-11-03", participants = 8 });
}
