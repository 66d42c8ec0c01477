using Posyandu.Testing.Matrix;
using static Posyandu.Testing.Matrix.EndpointSample;

namespace Posyandu.Housing.Tests;

/// <summary>Housing's endpoints in the authorisation matrix (<see cref="AuthorizationMatrix"/>), on the records seeded below.</summary>
public sealed class HousingMatrix() : AuthorizationMatrix("housing")
{
    protected override IEnumerable<EndpointSample> Samples =>
    [
        Post("/api/housing/households/{householdId:guid}/assessments", w => $"/api/housing/households/{w["household"]}/assessments",
            RtlhAssessment, OutsideScope.Refused),
        Get("/api/housing/households/{householdId:guid}", w => $"/api/housing/households/{w["household"]}", OutsideScope.NotFound),
        Get("/api/housing/posyandu/{posyanduId:guid}/rtlh", w => $"/api/housing/posyandu/{w["posyandu"]}/rtlh", OutsideScope.NotFound),
        Post("/api/housing/households/{householdId:guid}/rehabilitations", w => $"/api/housing/households/{w["rtlh-household"]}/rehabilitations",
            Rehabilitation, OutsideScope.Refused),
        Post("/api/housing/rehabilitations/{id:guid}/complete", w => $"/api/housing/rehabilitations/{w["rehabilitation-to-complete"]}/complete",
            w => new { completedOn = w.Today, finalCostRupiah = 19_500_000 }, OutsideScope.NotFound),
        Post("/api/housing/rehabilitations/{id:guid}/cancel", w => $"/api/housing/rehabilitations/{w["rehabilitation-to-cancel"]}/cancel",
            w => new { cancelledOn = w.Today, reason = "Sengketa lahan" }, OutsideScope.NotFound),
        Get("/api/housing/reports/rtlh", _ => "/api/housing/reports/rtlh?region=64.02&period=2026-11&by=district", OutsideScope.NotFound),
        Get("/api/housing/service-requests/", _ => "/api/housing/service-requests/", OutsideScope.EmptyList),
        Post("/api/housing/service-requests/", _ => "/api/housing/service-requests/", w => new
        {
            type = "rtlh-rehab", householdId = w["household"], posyanduId = w["posyandu"], regionCode = MatrixWorld.Village,
            description = "Atap bocor dan lantai tanah",
        }, OutsideScope.Refused),
        Get("/api/housing/service-requests/{id:guid}", w => $"/api/housing/service-requests/{w["housing-request"]}", OutsideScope.NotFound),
        Post("/api/housing/service-requests/{id:guid}/transitions", w => $"/api/housing/service-requests/{w["housing-request"]}/transitions",
            _ => new { to = "diverifikasi", note = "Kunjungan rumah: lantai tanah, jamban menumpang" }, OutsideScope.NotFound),
        Upload("/api/housing/service-requests/{id:guid}/attachments/{attachment}", w => $"/api/housing/service-requests/{w["housing-request"]}/attachments/ktp", OutsideScope.NotFound),
        Get("/api/housing/service-requests/{id:guid}/attachments/{attachment:guid}",
            w => $"/api/housing/service-requests/{w["housing-request"]}/attachments/{w["housing-attachment"]}", OutsideScope.NotFound),
    ];

    /// <summary>An RTLH house assessed today (records may not predate the household's registration, the day the seed runs): earth floor, shared latrine, 20 m² for four.</summary>
    private static object RtlhAssessment(MatrixWorld w) => new
    {
        assessedOn = w.Today, foundation = "good", columnsAndBeams = "minorDamage", roofStructure = "good", roofMaterial = "metal", wallMaterial = "wood",
        floorMaterial = "earth", floorAreaM2 = 20.0, occupants = 4, adequateNaturalLighting = true, adequateVentilation = true, water = "shared", latrine = "shared",
    };

    private static object Rehabilitation(MatrixWorld w) => new { startedOn = w.Today, programme = "bspsApbn", plannedBudgetRupiah = 20_000_000 };

    /// <summary>Three RTLH houses: one to start works on, one whose works the sample completes, one whose works it cancels; a service request with documents.</summary>
    protected override async Task SeedAsync()
    {
        foreach (var household in new[] { "rtlh-household", "rtlh-household-2", "rtlh-household-3" })
        {
            World.Ids[household] = await IdAsync("/api/registry/households", World.NewHousehold());
        }

        await DeliverAsync("registry");
        foreach (var household in new[] { "rtlh-household", "rtlh-household-2", "rtlh-household-3" })
        {
            await IdAsync($"/api/housing/households/{World[household]}/assessments", RtlhAssessment(World));
        }

        World.Ids["rehabilitation-to-complete"] = await IdAsync($"/api/housing/households/{World["rtlh-household-2"]}/rehabilitations", Rehabilitation(World));
        World.Ids["rehabilitation-to-cancel"] = await IdAsync($"/api/housing/households/{World["rtlh-household-3"]}/rehabilitations", Rehabilitation(World));
        World.Ids["housing-request"] = await IdAsync("/api/housing/service-requests", new
        {
            type = "rtlh-verification", householdId = World["household"], posyanduId = World["posyandu"], regionCode = MatrixWorld.Village,
            description = "Mohon pendataan rumah tidak layak huni",
        });
        foreach (var kind in new[] { "kk", "house-photo-front" })
        {
            World.Ids["housing-attachment"] = await AttachAsync($"/api/housing/service-requests/{World["housing-request"]}", kind);
        }
    }
}
