using Posyandu.Testing.Matrix;
using static Posyandu.Testing.Matrix.EndpointSample;

namespace Posyandu.Registry.Tests;

/// <summary>The registry's endpoints in the authorisation matrix (<see cref="AuthorizationMatrix"/>), on the records seeded below.</summary>
public sealed class RegistryMatrix() : AuthorizationMatrix("registry")
{
    protected override IEnumerable<EndpointSample> Samples =>
    [
        Get("/api/registry/regions/", _ => "/api/registry/regions/?name=tenggarong", OutsideScope.NotRegionBound),
        Post("/api/registry/posyandu/", _ => "/api/registry/posyandu/", _ => new { name = "Posyandu Baru", regionCode = MatrixWorld.Village, serviceDay = 5 }, OutsideScope.Refused),
        Send("PUT", "/api/registry/posyandu/{id:guid}", w => $"/api/registry/posyandu/{w["posyandu"]}", _ => new { name = "Posyandu Melati Indah", serviceDay = 11 }, OutsideScope.NotFound),
        Post("/api/registry/posyandu/{id:guid}/deactivate", w => $"/api/registry/posyandu/{w["posyandu-to-close"]}/deactivate", null, OutsideScope.NotFound),
        Send("PUT", "/api/registry/posyandu/{id:guid}/pengurus", w => $"/api/registry/posyandu/{w["posyandu"]}/pengurus",
            _ => new[] { new { position = "ketua", name = "Ibu Ketua", termStart = "2026-01-01" } }, OutsideScope.NotFound),
        Get("/api/registry/posyandu/{id:guid}", w => $"/api/registry/posyandu/{w["posyandu"]}", OutsideScope.NotFound),
        Get("/api/registry/posyandu/", _ => "/api/registry/posyandu/", OutsideScope.EmptyList),
        Get("/api/registry/posyandu/summaries", _ => "/api/registry/posyandu/summaries", OutsideScope.EmptyList),
        Post("/api/registry/kader/", _ => "/api/registry/kader/", w => w.NewKader(), OutsideScope.Refused),
        Post("/api/registry/kader/{id:guid}/trainings", w => $"/api/registry/kader/{w["kader"]}/trainings", _ => new { topic = "Pengukuran antropometri", organiser = "health", date = "2026-10-01" }, OutsideScope.NotFound),
        Get("/api/registry/kader/", _ => "/api/registry/kader/", OutsideScope.EmptyList),
        Post("/api/registry/households/", _ => "/api/registry/households/", w => w.NewHousehold(), OutsideScope.Refused),
        Get("/api/registry/households/{id:guid}", w => $"/api/registry/households/{w["household"]}", OutsideScope.NotFound),
        Post("/api/registry/residents/", _ => "/api/registry/residents/", w => w.NewResident(), OutsideScope.Refused),
        Post("/api/registry/residents/{id:guid}/move", w => $"/api/registry/residents/{w["resident"]}/move", w => new { householdId = w["household-2"] }, OutsideScope.NotFound),
        Post("/api/registry/residents/{id:guid}/death", w => $"/api/registry/residents/{w["resident-to-die"]}/death", _ => new { dateOfDeath = "2026-11-01" }, OutsideScope.NotFound),
        Send("DELETE", "/api/registry/residents/{id:guid}/personal-data", w => $"/api/registry/residents/{w["resident-to-erase"]}/personal-data", null, OutsideScope.NotFound),
        Send("PUT", "/api/registry/residents/{id:guid}", w => $"/api/registry/residents/{w["resident"]}",
            _ => new { name = "Siti Aminah Rahayu", sex = "female", birthDate = "1995-08-17", relation = "istri" }, OutsideScope.NotFound),
        Get("/api/registry/residents/{id:guid}", w => $"/api/registry/residents/{w["resident"]}", OutsideScope.NotFound),
        Post("/api/registry/residents/lookup", _ => "/api/registry/residents/lookup", w => new { nik = w["resident-nik"] }, OutsideScope.NotFound),
        Get("/api/registry/residents/", _ => "/api/registry/residents/", OutsideScope.EmptyList),
        Get("/api/registry/regions/{code}", _ => $"/api/registry/regions/{MatrixWorld.Village}", OutsideScope.NotRegionBound),
        Get("/api/registry/regions/{code}/children", _ => "/api/registry/regions/64.02.01/children", OutsideScope.NotRegionBound),
    ];

    /// <summary>A Posyandu to deactivate, a second household to move into, a resident to record the death of, a kader.</summary>
    protected override async Task SeedAsync()
    {
        World.Ids["posyandu-to-close"] = await IdAsync("/api/registry/posyandu", new { name = "Posyandu Mawar", regionCode = MatrixWorld.Village, serviceDay = 12 });
        World.Ids["household-2"] = await IdAsync("/api/registry/households", World.NewHousehold());
        World.Ids["resident-to-die"] = await ResidentAsync(World.NewResident());
        World.Ids["resident-to-erase"] = await ResidentAsync(World.NewResident());
        World.Ids["kader"] = await IdAsync("/api/registry/kader", World.NewKader());
    }
}
