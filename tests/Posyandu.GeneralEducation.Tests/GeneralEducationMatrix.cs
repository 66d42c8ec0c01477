using Posyandu.Testing.Matrix;
using static Posyandu.Testing.Matrix.EndpointSample;

namespace Posyandu.GeneralEducation.Tests;

/// <summary>The module's endpoints in the authorisation matrix (<see cref="AuthorizationMatrix"/>): one sample per endpoint, on the records seeded below.</summary>
public sealed class GeneralEducationMatrix() : AuthorizationMatrix("generaleducation")
{
    protected override IEnumerable<EndpointSample> Samples =>
    [
        Post("/api/generaleducation/posyandu/{posyanduId:guid}/activities", w => $"/api/generaleducation/posyandu/{w["posyandu"]}/activities",
            _ => new { date = "2026-11-10", participants = 12, note = "Penyuluhan" }, OutsideScope.NotFound),
        Get("/api/generaleducation/activities/{id:guid}", w => $"/api/generaleducation/activities/{w["activity"]}", OutsideScope.NotFound),
    ];

    /// <summary>An activity at the matrix's Posyandu (which reached the module through the registry's events).</summary>
    protected override async Task SeedAsync() =>
        World.Ids["activity"] = await IdAsync($"/api/generaleducation/posyandu/{World["posyandu"]}/activities", new { date = "2026-11-03", participants = 8 });
}
